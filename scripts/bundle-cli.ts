/**
 * Bundles the compiled CLI (dist/mock-server/main.js, from tsc) into dist/bin/: the `pleo-sandbox`
 * binary starts from a few files instead of three hundred modules (zod and @noble/hashes included),
 * which roughly halves the time to its first answer. What a run may never need stays
 * in chunks loaded on first use: the contract's text, fixtures made from a seed, the Express
 * adapter (Express itself stays a dependency, as do the library's own entry points under
 * dist/mock-server/). Run by `npm run build`, after tsc.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { "pleo-sandbox": "dist/mock-server/main.js" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["express", "msw"],
  logLevel: "warning",
});
