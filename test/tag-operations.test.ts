/**
 * The sandbox serves every tag operation Pleo documents as live: each non-deprecated operation on
 * tags, tag groups and their aggregations in Gjoll's and the Tags document, by method and path.
 */
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { routeTable } from "../mock-server/openapi/routes.ts";

const PLEO_DIR = process.env.PLEO_OPENAPI_DIR
  ? pathToFileURL(process.env.PLEO_OPENAPI_DIR.replace(/\/?$/, "/"))
  : new URL("../../shared/pleo-openapi/", import.meta.url);
const TAG_PATHS = /^\/v0\/(tags|tag-groups|aggregations)\b/;
const METHODS = ["get", "put", "post", "delete", "patch"];

function liveTagOperations(file: string): string[] {
  const doc = parse(readFileSync(new URL(file, PLEO_DIR), "utf8")) as { paths: Record<string, Record<string, { deprecated?: boolean }>> };
  return Object.entries(doc.paths)
    .filter(([path]) => TAG_PATHS.test(path))
    .flatMap(([path, item]) => METHODS.filter((m) => item[m] && !item[m]!.deprecated).map((m) => `${m.toUpperCase()} ${path}`));
}

it("serves every live tag operation of pleo-gjoll-openapi.yml and pleo-tags-openapi.yml", () => {
  expect(existsSync(PLEO_DIR), `Pleo's documents are not at ${PLEO_DIR.pathname}`).toBe(true);
  const served = new Set(routeTable.map((r) => `${r.method} ${r.path}`));
  const live = [...new Set([...liveTagOperations("pleo-gjoll-openapi.yml"), ...liveTagOperations("pleo-tags-openapi.yml")])];
  expect(live.length).toBeGreaterThanOrEqual(26);
  expect(live.filter((operation) => !served.has(operation))).toEqual([]);
});
