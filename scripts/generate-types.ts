/**
 * Regenerates mock-server/openapi/schema.ts from sandbox.yaml (`npm run generate`).
 * `--check` exits 1 when the committed file is stale instead of writing it.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const specUrl = new URL("../mock-server/openapi/sandbox.yaml", import.meta.url);
const outPath = fileURLToPath(new URL("../mock-server/openapi/schema.ts", import.meta.url));

const HEADER = "/* eslint-disable */\n// Generated from sandbox.yaml by `npm run generate` (openapi-typescript). Do not edit by hand.\n\n";

/** The text schema.ts should hold for the current sandbox.yaml. */
export async function renderSchemaTypes(): Promise<string> {
  const ast = await openapiTS(specUrl, { exportType: true, enumValues: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await renderSchemaTypes();
  if (process.argv.includes("--check")) {
    const current = await readFile(outPath, "utf8").catch(() => "");
    if (current !== text) {
      console.error("schema.ts is stale: run `npm run generate`.");
      process.exit(1);
    }
  } else {
    await writeFile(outPath, text);
    console.log(`wrote ${outPath}`);
  }
}
