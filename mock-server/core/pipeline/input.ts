/**
 * Query and body (JSON, or a form where sandbox.yaml says so), checked first against the edge's
 * limits (http/limits.ts) and then against the operation's zod schemas: a 400 that names the first
 * problems and counts the rest.
 */
import type { z } from "zod";
import { errors } from "../http/errors.ts";
import { formBody } from "../http/form.ts";
import { MAX_BODY_BYTES } from "../http/http.ts";
import { jsonLimitProblem } from "../http/json-limits.ts";
import { LIMITS } from "../http/limits.ts";
import { mediaTypeShown } from "../http/shown.ts";
import type { RequestContext } from "./request.ts";

/** The operation's parsed query and body; throws a VALIDATION_FAILED refusal. */
export function readInput(ctx: RequestContext): { query: unknown; body: unknown } {
  const { handler, body: declared } = ctx.route;
  const query = handler.query ? parse(handler.query, queryObject(ctx.query), "query") : undefined;
  if (!handler.body) return { query, body: undefined };

  const text = ctx.request.body ?? "";
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw errors.payloadTooLarge();
  if (text.trim() === "") {
    if (declared === "optional") return { query, body: parse(handler.body, {}, "body") };
    throw errors.invalidRequest(ctx.route.form ? "The request needs a form body (application/x-www-form-urlencoded)." : "The request needs a JSON body.");
  }
  const contentType = ctx.request.headers["content-type"] ?? "";
  if (ctx.route.form) return { query, body: parse(handler.body, formBody(text, contentType), "body") };
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw errors.invalidRequest(`Content-Type must be application/json; got ${mediaTypeShown(contentType)}.`);
  }
  const json = ctx.json();
  if (!json.ok) throw errors.invalidRequest(`The body is not valid JSON: ${json.problem}.`);
  const tooBig = jsonLimitProblem(json.value);
  if (tooBig !== undefined) throw errors.invalidRequest(`Invalid body: ${tooBig}.`);
  return { query, body: parse(handler.body, json.value, "body") };
}

function parse(schema: Pick<z.ZodType, "safeParse">, value: unknown, what: "query" | "body"): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw errors.invalidRequest(`Invalid ${what}: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

/**
 * Repeated keys become arrays (Pleo's `style: form, explode: true`); single keys stay strings.
 * Throws when the query breaks the edge's limits.
 */
function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  if (query.size > LIMITS.queryParameters) {
    throw errors.invalidRequest(`Invalid query: ${query.size} parameters were sent; at most ${LIMITS.queryParameters} are accepted.`);
  }
  for (const [name, value] of query) {
    if (name.length + value.length > LIMITS.queryValueChars) {
      throw errors.invalidRequest(`Invalid query: a parameter is ${name.length + value.length} characters long; at most ${LIMITS.queryValueChars} are accepted.`);
    }
  }
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * "path: message" per distinct problem, e.g. `scopes.0, scopes.1 and 998 more: Invalid option:
 * expected one of ...`: issues with the same message are told once, at most
 * LIMITS.problemsListed problems are listed, and the rest are counted.
 */
export function describeIssues(error: z.ZodError): string {
  const byMessage = new Map<string, string[]>();
  for (const issue of error.issues) {
    const paths = byMessage.get(issue.message) ?? [];
    paths.push(issue.path.map(String).join(".") || "(root)");
    byMessage.set(issue.message, paths);
  }
  const problems = [...byMessage].map(([message, paths]) => `${listed(paths, PATHS_PER_PROBLEM)}: ${message}`);
  const shown = problems.slice(0, LIMITS.problemsListed);
  const more = problems.length - shown.length;
  return shown.join("; ") + (more > 0 ? `; and ${more} more ${more === 1 ? "problem" : "problems"}` : "");
}

/** How many paths one problem names before it counts the rest. */
const PATHS_PER_PROBLEM = 5;

function listed(items: string[], max: number): string {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
