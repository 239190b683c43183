/** Query and JSON body, checked against the route's zod schemas: a 400 that names every problem. */
import type { z } from "zod";
import { errors, type ApiError } from "./errors.ts";
import { MAX_BODY_BYTES, type SandboxRequest } from "./http.ts";
import type { Route } from "./route.ts";

/** The route's parsed query and body, or a VALIDATION_FAILED refusal. */
export function readInput(route: Route, query: URLSearchParams, request: SandboxRequest): { query: unknown; body: unknown } | ApiError {
  const parsedQuery = route.query ? route.query.safeParse(queryObject(query)) : { success: true as const, data: undefined };
  if (!parsedQuery.success) return errors.invalidRequest(`Invalid query: ${describeIssues(parsedQuery.error)}.`);
  if (!route.body) return { query: parsedQuery.data, body: undefined };

  const text = request.body ?? "";
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return errors.payloadTooLarge();
  if (text.trim() === "") return route.bodyOptional ? parseBody(route, {}, parsedQuery.data) : errors.invalidRequest("The request needs a JSON body.");
  const contentType = request.headers["content-type"] ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    return errors.invalidRequest(`Content-Type must be application/json; got "${contentType || "none"}".`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return errors.invalidRequest(`The body is not valid JSON: ${(cause as Error).message}.`);
  }
  return parseBody(route, json, parsedQuery.data);
}

function parseBody(route: Route, json: unknown, query: unknown): { query: unknown; body: unknown } | ApiError {
  const parsedBody = route.body!.safeParse(json);
  if (!parsedBody.success) return errors.invalidRequest(`Invalid body: ${describeIssues(parsedBody.error)}.`);
  return { query, body: parsedBody.data };
}

/** Repeated keys become arrays (Pleo's `style: form, explode: true`); single keys stay strings. */
function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** "path: message" for every issue, e.g. `scopes.0: Invalid option: expected one of ...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}
