/**
 * Validates responses against mock-server/openapi/sandbox.yaml: the operation must declare the
 * status, and the body must match its schema. Used by every test helper, so every response the
 * tests produce is checked.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { isApiError } from "../../mock-server/core/http/errors.ts";
import type { SandboxResponse } from "../../mock-server/core/http/http.ts";
import { matchRoute } from "../../mock-server/core/pipeline/route-table.ts";

interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content?: Record<string, { schema: object }> }> };
}

export const spec = parse(readFileSync(new URL("../../mock-server/openapi/sandbox.yaml", import.meta.url), "utf8")) as Document;

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema(spec as object, "sandbox.yaml");

/**
 * The sandbox.yaml path template of the operation a concrete request reaches, found by the router
 * itself (`matchRoute`), or undefined when it reaches none (an unknown route, or a known path with
 * another method). `%` is escaped first so that bad percent-encoding in a path parameter, which
 * the router refuses only after matching, still finds its operation (whose 400 is then judged).
 */
export function templateOf(path: string, method = "get"): string | undefined {
  try {
    return matchRoute(method, path.split("?")[0]!.replace(/%/g, "%25")).route.path;
  } catch (cause) {
    if (isApiError(cause)) return undefined;
    throw cause;
  }
}

/** Problems with a response to `method path`, or an empty list when it honours the contract. */
export function contractProblems(method: string, path: string, response: SandboxResponse): string[] {
  const template = templateOf(path, method);
  const operation = template ? spec.paths[template]?.[method.toLowerCase()] : undefined;
  if (!operation) {
    // No operation: the only answers allowed are the unknown-route refusals, in Pleo's error shape.
    if (![404, 405].includes(response.status)) return [`${method} ${path} is not in sandbox.yaml but answered ${response.status}`];
    return validate("#/components/schemas/ExceptionInfo", response.body);
  }
  // A range (`5XX`) covers its statuses, as OpenAPI says.
  const declared = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`] ?? operation.responses.default;
  if (!declared) return [`${method} ${template} does not declare status ${response.status}`];
  const resolved = declared.$ref ? spec.components.responses[declared.$ref.split("/").pop()!]! : declared;
  const media = resolved.content ? Object.keys(resolved.content)[0] : undefined;
  if (media === undefined) return response.body === undefined ? [] : [`${method} ${template} ${response.status} should have no body`];
  if (response.headers["content-type"] !== media) return [`content-type ${response.headers["content-type"]} is not ${media}`];
  const ref = declared.$ref
    ? `${declared.$ref}/content/${escapePointer(media)}/schema`
    : `#/paths/${escapePointer(template!)}/${method.toLowerCase()}/responses/${response.status}/content/${escapePointer(media)}/schema`;
  return validate(ref, response.body);
}

function validate(ref: string, body: unknown): string[] {
  const check = ajv.getSchema(`sandbox.yaml${ref}`);
  if (!check) return [`no schema at ${ref}`];
  if (check(body)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message ?? ""}`);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
