/**
 * Regenerates mock-server/openapi/schema.ts from sandbox.yaml (`npm run generate`).
 * `--check` exits 1 when the committed file is stale instead of writing it.
 */
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { isMain, writeOrCheck } from "./write-or-check.ts";

const specUrl = new URL("../mock-server/openapi/sandbox.yaml", import.meta.url);
const outPath = fileURLToPath(new URL("../mock-server/openapi/schema.ts", import.meta.url));

const HEADER = "/* eslint-disable */\n// Generated from sandbox.yaml by `npm run generate` (openapi-typescript). Do not edit by hand.\n\n";

/** The text schema.ts should hold for the current sandbox.yaml. */
export async function renderSchemaTypes(): Promise<string> {
  const ast = await openapiTS(specUrl, { exportType: true, enumValues: true });
  return HEADER + astToString(ast);
}

if (isMain(import.meta.url)) await writeOrCheck(outPath, await renderSchemaTypes(), "npm run generate");
