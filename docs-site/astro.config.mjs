// The interactive guide: plain Astro + MDX, static output, nothing loaded from the network.
import mdx from "@astrojs/mdx";
import { defineConfig, passthroughImageService } from "astro/config";

export default defineConfig({
  outDir: "./dist",
  integrations: [mdx()],
  // No images to optimise: keep sharp (and its native binary) out of the build.
  image: { service: passthroughImageService() },
  // Syntax colours come from Shiki at build time and ship as inline styles: no CDN, no web fonts.
  markdown: { shikiConfig: { theme: "github-light" } },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
});
