/** Query and JSON body, checked against the operation's zod schemas: a 400 that names every problem. */
import type { z } from "zod";
import { errors } from "../http/errors.ts";
import { MAX_BODY_BYTES } from "../http/http.ts";
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
    throw errors.invalidRequest("The request needs a JSON body.");
  }
  const contentType = ctx.request.headers["content-type"] ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw errors.invalidRequest(`Content-Type must be application/json; got "${contentType || "none"}".`);
  }
  const json = ctx.json();
  if (!json.ok) throw errors.invalidRequest(`The body is not valid JSON: ${json.problem}.`);
  return { query, body: parse(handler.body, json.value, "body") };
}

function parse(schema: Pick<z.ZodType, "safeParse">, value: unknown, what: "query" | "body"): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw errors.invalidRequest(`Invalid ${what}: ${describeIssues(parsed.error)}.`);
  return parsed.data;
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
