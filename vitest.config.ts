import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * test/pleo-conformance.test.ts compares sandbox.yaml with Pleo's own OpenAPI documents, which live
 * outside the repository (shared/pleo-openapi beside it, or $PLEO_OPENAPI_DIR). A clone without
 * them leaves that file out and says so; CI has them (.ci/run fails when they are missing), and a
 * PLEO_OPENAPI_DIR that is set always runs the file, so a wrong path fails instead of skipping.
 */
const pleoDocs = process.env.PLEO_OPENAPI_DIR ?? fileURLToPath(new URL("../shared/pleo-openapi/", import.meta.url));
const conformance = process.env.PLEO_OPENAPI_DIR !== undefined || existsSync(pleoDocs);
if (!conformance) {
  console.log(
    `\ntest/pleo-conformance.test.ts NOT RUN: Pleo's OpenAPI documents are not at ${pleoDocs}.\n` +
      "To run it, put shared/pleo-openapi beside the repository, or set PLEO_OPENAPI_DIR=<folder with Pleo's *.yml>, then npm test.\n",
  );
}

/**
 * The HTTP server answers through node:http by default and through Express (createApp) when asked:
 * the suites that test the server (its edges, guards, limits, faults, CLI and lifecycle) run once
 * more against the Express adapter (PLEO_SANDBOX_ADAPTER=express). test/parity.test.ts sends every
 * scenario through both itself.
 */
const SERVER_SUITES = [
  "adapter-edge", "attacks-replayed", "browser-origins", "cli", "cli-safety", "control-plane-guard", "express-cors",
  "faults-transports", "journal", "lifecycle", "oauth-guard", "oauth-http", "oauth-secrets", "property-http", "protocol-edges", "rate-limit", "workspaces",
].map((name) => `test/${name}.test.ts`);

/**
 * Files a run leaves out, comma-separated: .ci/run's Node 22 and 24 passes skip the browser test and
 * the packed-tarball test this way (vitest's --exclude does not reach into projects).
 */
const skipped = (process.env.PLEO_SANDBOX_SKIP_TESTS ?? "").split(",").map((f) => f.trim()).filter(Boolean);
const exclude = [...configDefaults.exclude, ...(conformance ? [] : ["test/pleo-conformance.test.ts"]), ...skipped];

export default defineConfig({
  // The package's own name resolves to its sources, so tests and examples import it as users do.
  resolve: {
    alias: [
      { find: /^pleo-sandbox$/, replacement: fileURLToPath(new URL("./mock-server/exports/index.ts", import.meta.url)) },
      { find: /^pleo-sandbox\/(msw|express|testing|register|openapi)$/, replacement: fileURLToPath(new URL("./mock-server/exports/$1.ts", import.meta.url)) },
    ],
  },
  test: {
    exclude,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "node-http", include: ["test/**/*.test.ts"], exclude } },
      { extends: true, test: { name: "express", include: SERVER_SUITES, exclude, env: { PLEO_SANDBOX_ADAPTER: "express" } } },
    ],
  },
});
