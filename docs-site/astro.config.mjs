// The interactive guide: Starlight (navigation, Pagefind search, themes) over MDX pages, static
// output, nothing loaded from the network. The sandbox core reaches the browser only on demand.
import starlight from "@astrojs/starlight";
import { defineConfig, passthroughImageService } from "astro/config";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rehypeScrollableTables } from "./src/lib/rehype-scrollable-tables.ts";
import { scenarioGroups } from "./src/lib/scenario-groups.ts";

/**
 * Where the project lives, for the header's link and every page's edit link: GUIDE_REPOSITORY_URL,
 * else package.json's `repository`, else the name the project is published under.
 */
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const REPOSITORY = (process.env.GUIDE_REPOSITORY_URL ?? (typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url)
  ?? "https://github.com/pleo-api-sandbox/pleo-api-sandbox").replace(/^git\+/, "").replace(/\.git$/, "");
const BRANCH = process.env.GUIDE_REPOSITORY_BRANCH ?? "main";

// The in-page sandbox's world ships as one gzipped file named after its content, fetched only when
// a reader first uses an interactive piece (src/pages/sandbox/[file].ts, src/client/in-page-sandbox.ts).
const world = readFileSync(new URL("../fixtures/world.json", import.meta.url));
const WORLD_FILE = `world-${createHash("sha256").update(world).digest("hex").slice(0, 10)}.json.gz`;

/**
 * In the browser bundle, the core's default-fixtures import (fixtures/world.json, 1.7 MB) becomes
 * an empty module: the page always hands createSandbox the world it fetched. Build-time rendering
 * (ssr) keeps the real file.
 */
const worldOutOfTheBundle = {
  name: "guide:world-out-of-the-bundle",
  enforce: "pre",
  resolveId(source, _importer, options) {
    if (!options?.ssr && /(^|\/)fixtures\/world\.json$/.test(source)) return "\0guide:no-default-world";
  },
  load(id) {
    if (id === "\0guide:no-default-world") return "export default undefined;";
  },
};

export default defineConfig({
  outDir: "./dist",
  integrations: [
    starlight({
      title: "Pleo API sandbox",
      description: "Try Pleo's external API with a Standalone API Key, offline: generate a key, store it, call the API, see every refusal.",
      favicon: "/favicon.svg",
      social: [{ icon: "github", label: "The sandbox's repository", href: REPOSITORY }],
      editLink: { baseUrl: `${REPOSITORY}/edit/${BRANCH}/docs-site/` },
      lastUpdated: false,
      customCss: ["./src/styles/guide.css"],
      components: { PageTitle: "./src/components/overrides/PageTitle.astro" },
      // Code samples: the same light and dark pair everywhere, highlighted at build time.
      expressiveCode: { themes: ["github-dark", "github-light"] },
      sidebar: [
        { label: "Overview", link: "/" },
        { label: "1. Generate a key", link: "/generate-a-key/" },
        { label: "2. Store it securely", link: "/store-it-securely/" },
        { label: "3. Make your first call", link: "/first-call/" },
        {
          label: "4. When it fails",
          items: [
            { label: "Every refusal", link: "/when-it-fails/" },
            ...scenarioGroups.map((g) => ({ label: g.title, link: `/when-it-fails/${g.slug}/` })),
          ],
        },
        { label: "Make it fail on purpose", link: "/make-it-fail/" },
        { label: "5. Use it in your CI", link: "/use-it-in-ci/" },
        { label: "Connect with OAuth 2.0", link: "/connect-with-oauth/" },
        { label: "Integrated keys", link: "/integrated-keys/" },
        { label: "Reference", link: "/reference/" },
      ],
    }),
  ],
  markdown: { rehypePlugins: [rehypeScrollableTables] },
  // No images to optimise: keep sharp (and its native binary) out of the build.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
  vite: {
    plugins: [worldOutOfTheBundle],
    define: {
      __WORLD_FILE__: JSON.stringify(WORLD_FILE),
      __REPOSITORY__: JSON.stringify(REPOSITORY),
      __BRANCH__: JSON.stringify(BRANCH),
    },
  },
});
