/**
 * Regenerates, from sandbox.yaml (`npm run generate`), mock-server/openapi/schema.ts (the types),
 * mock-server/openapi/routes.ts (the route table) and mock-server/openapi/contract.ts (the document
 * the core serves at /openapi.json and /openapi.yaml), then docs/reference.md from the route table,
 * the contract, the seeded world and the scenarios (scripts/render-reference.ts). `--check` exits 1
 * when a committed file is stale instead of writing it.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { renderContract } from "./render-contract.ts";
import { renderRouteTable } from "./render-route-table.ts";
import { isMain, writeOrCheck } from "./write-or-check.ts";

const specUrl = new URL("../mock-server/openapi/sandbox.yaml", import.meta.url);
const outPath = fileURLToPath(new URL("../mock-server/openapi/schema.ts", import.meta.url));
const routesPath = fileURLToPath(new URL("../mock-server/openapi/routes.ts", import.meta.url));
const contractPath = fileURLToPath(new URL("../mock-server/openapi/contract.ts", import.meta.url));

const HEADER = "/* eslint-disable */\n// Generated from sandbox.yaml by `npm run generate` (openapi-typescript). Do not edit by hand.\n\n";

/** The text schema.ts should hold for the current sandbox.yaml. */
export async function renderSchemaTypes(): Promise<string> {
  const ast = await openapiTS(specUrl, { exportType: true, enumValues: true });
  return HEADER + astToString(ast);
}

/** The text routes.ts should hold for the current sandbox.yaml. */
export const renderRoutes = () => renderRouteTable(specUrl);

/** The text contract.ts should hold for the current sandbox.yaml. */
export const renderContractModule = () => renderContract(specUrl);

if (isMain(import.meta.url)) {
  await writeOrCheck(outPath, await renderSchemaTypes(), "npm run generate");
  await writeOrCheck(routesPath, await renderRoutes(), "npm run generate");
  await writeOrCheck(contractPath, await renderContractModule(), "npm run generate");
  // Imported only now, so the reference reads the route table just written (not a stale one).
  const { referencePath, renderReference } = await import("./render-reference.ts");
  if (!process.argv.includes("--check")) await mkdir(dirname(referencePath), { recursive: true });
  await writeOrCheck(referencePath, await renderReference(), "npm run generate");
}
