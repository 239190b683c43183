/**
 * Validates a sandbox answer against Pleo's own OpenAPI document (shared/pleo-openapi beside the
 * repository, or $PLEO_OPENAPI_DIR, as test/pleo-conformance.test.ts finds them): the success
 * response Pleo declares for the operation (its 2xx, or `default`) must accept the body.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import type { SandboxResponse } from "../../mock-server/core/http/http.ts";

type Responses = Record<string, { content?: Record<string, { schema?: object }> }>;
interface Document { paths: Record<string, Record<string, { responses: Responses }>> }

const PLEO_DIR = process.env.PLEO_OPENAPI_DIR
  ? pathToFileURL(process.env.PLEO_OPENAPI_DIR.replace(/\/?$/, "/"))
  : new URL("../../../shared/pleo-openapi/", import.meta.url);

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addFormat("url", true); // Pleo's receipts type their URL with this non-standard format
const loaded = new Map<string, Document>();

/**
 * Pleo writes date shapes such as "YYYY-MM-DDTHH:mi:ssZ" in `pattern`, which is meant for a regular
 * expression; they document the format, so they are dropped before validating.
 */
function withoutDatePatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDatePatterns);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "pattern" && typeof value === "string" && /yyyy/i.test(value)))
      .map(([key, value]) => [key, withoutDatePatterns(value)]),
  );
}

function documentOf(file: string): Document {
  if (!loaded.has(file)) {
    const doc = withoutDatePatterns(parse(readFileSync(new URL(file, PLEO_DIR), "utf8"))) as Document;
    ajv.addSchema(doc as object, file);
    loaded.set(file, doc);
  }
  return loaded.get(file)!;
}

/** Problems with `response` as the answer to Pleo's `method template` in `file`; empty when Pleo's schema accepts it. */
export function pleoResponseProblems(file: string, method: string, template: string, response: SandboxResponse): string[] {
  const operation = documentOf(file).paths[template]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${template} is not in ${file}`];
  const status = String(response.status);
  const declared = operation.responses[status] ?? (Object.keys(operation.responses).some((s) => /^2/.test(s)) ? undefined : operation.responses.default);
  if (!declared) return [`${file} declares no ${status} for ${method} ${template}`];
  const media = Object.keys(declared.content ?? {})[0];
  if (media === undefined || declared.content![media]!.schema === undefined) {
    return response.body === undefined ? [] : [`${file} declares no body for ${method} ${template} ${status}`];
  }
  const pointer = [template, method.toLowerCase(), "responses", operation.responses[status] ? status : "default", "content", media, "schema"]
    .map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/");
  const check = ajv.getSchema(`${file}#/paths/${pointer}`)!;
  return check(response.body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message ?? ""}`);
}

