/**
 * fast-check arbitraries for requests a careless or hostile client sends: every route with odd path
 * parameters, queries and headers (prototype names, pasted keys, huge and broken values) and bodies
 * (any JSON, deep nesting, prototype keys, not JSON at all). Shared by the handle() and HTTP
 * property tests, and the properties every answer must have.
 */
import fc from "fast-check";
import { routes } from "../../mock-server/core/pipeline/route-table.ts";
import { basicAuthorization } from "../../mock-server/core/http/basic-credential.ts";
import type { SandboxRequest, SandboxResponse } from "../../mock-server/core/http/http.ts";
import { seeded } from "./world.ts";

/** Fixed, so a failure is the same failure on every machine; bounded, so `npm test` stays quick. */
export const FUZZ_SEED = 20261124;

const PROTO_NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__defineGetter__"];
const secrets = seeded.readyMadeKeys.map((k) => k.secret);
const ids = [...seeded.companies.map((c) => c.id), ...seeded.exportJobs.slice(0, 3).map((j) => j.id), ...seeded.employees.slice(0, 3).map((e) => e.id)];

/** Short text of every kind: unicode, control characters, prototype names, ids, keys, percent-escapes. */
export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_NAMES, ...ids, ...secrets, "%E0%A4%A", "../..", "-1", "1e309", "GA======", "\u0000", "null", "") },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ minLength: 3_000, maxLength: 12_000 }) },
);

/** Nested JSON `levels` deep, written out as text (too deep for JSON.stringify on some stacks). */
const deepJson = fc.integer({ min: 30, max: 3_000 }).map((levels) => `${'{"a":['.repeat(levels)}1${"]}".repeat(levels)}`);

const pollutingBodies = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"metadata":{"__proto__":{"polluted":"yes"}},"status":"ACTIVATED"}',
  '{"customHeaders":{"__proto__":"x"},"endpointUrl":"http://127.0.0.1:9/x","eventTypes":["v1.vendor.created"]}',
  '[{"__proto__":{"polluted":"yes"}}]',
);

export const body = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(text, fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 5 }))).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: pollutingBodies },
  { weight: 1, arbitrary: text },
);

const authorization = fc.oneof(
  fc.constantFrom(...secrets).map(basicAuthorization),
  text.map((t) => `Basic ${Buffer.from(`${t}:`).toString("base64")}`),
  text.map((t) => `Bearer ${t}`),
  text,
);

/** Header values as a fetch or a socket can carry them: no line breaks, Latin-1 only. */
export const headerValue = text.map((t) => t.replace(/[\r\n\0]/g, " ").replace(/[^\x20-\xff]/g, "?").trim());

export const headers = fc.record(
  {
    authorization: authorization.map((a) => a.replace(/[\r\n\0]/g, " ").replace(/[^\x20-\xff]/g, "?").trim()),
    "x-sandbox-scenario": fc.oneof(fc.constantFrom("expired-key", "missing-scope", "wrong-company-id", "feature-not-enabled"), headerValue),
    "x-sandbox-user": fc.oneof(fc.constantFrom(...seeded.users.slice(0, 6).map((u) => u.email)), headerValue),
    "content-type": fc.oneof(fc.constant("application/json"), headerValue),
  },
  { requiredKeys: [] },
);

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom("company_id", "companyId", "limit", "offset", "after", "before", "sorting_keys", "organization_id", "status", "__proto__", "constructor"), text), text), { maxLength: 6 })
  .map((pairs) => new URLSearchParams(pairs).toString());

const path = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...routes), fc.array(text, { minLength: 4, maxLength: 4 })).map(([route, values]) => {
    let i = 0;
    return route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++]!));
  }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(text.map(encodeURIComponent), fc.constantFrom(...PROTO_NAMES, "sandbox", "v1", "..")), { maxLength: 4 }).map((parts) => `/${parts.join("/")}`) },
);

export const method = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE") }, { weight: 1, arbitrary: fc.constantFrom("PATCH", "HEAD", "OPTIONS", "TRACE") });

/** A whole request, as handle() takes it. */
export const request: fc.Arbitrary<SandboxRequest> = fc.record({ method, path, query, headers, body }).map(({ method, path, query, headers, body }) => ({
  method,
  url: query === "" ? path : `${path}?${query}`,
  headers,
  body,
}));

/** The request's size in bytes, as the answer's size is judged against. */
export function requestBytes(request: SandboxRequest): number {
  const headerBytes = Object.entries(request.headers).reduce((n, [k, v]) => n + k.length + (v?.length ?? 0) + 4, 0);
  return new TextEncoder().encode(request.url + (request.body ?? "")).length + headerBytes + request.method.length;
}

/** What is wrong with an answer, by the properties every answer must have; empty when none. */
export function answerProblems(request: SandboxRequest, response: SandboxResponse): string[] {
  const problems: string[] = [];
  // 501 not_modelled is the documented answer of an operation Pleo has and the sandbox cannot simulate.
  const unmodelled = response.status === 501 && response.headers["x-sandbox-reason"] === "not_modelled";
  if (response.status >= 500 && !unmodelled) problems.push(`status ${response.status}`);
  const text = response.body === undefined ? "" : JSON.stringify(response.body);
  if (response.status >= 400) {
    const shapeProblem = refusalShapeProblem(request, response);
    if (shapeProblem !== undefined) problems.push(`${shapeProblem}: ${text.slice(0, 120)}`);
    if (response.headers["x-sandbox-reason"] === undefined) problems.push("no X-Sandbox-Reason");
    const bound = Math.max(4_608, 4 * requestBytes(request));
    if (text.length > bound) problems.push(`a ${text.length}-byte refusal to a ${requestBytes(request)}-byte request`);
  }
  return problems;
}

/**
 * Whether a refusal has its operation's shape (sandbox.yaml's `x-sandbox-errors`): Pleo's `{type,
 * message}`, RFC 6749's `{error, error_description}` on the token endpoints, a page at the consent page.
 */
function refusalShapeProblem(request: SandboxRequest, response: SandboxResponse): string | undefined {
  const path = request.url.split("?")[0]!;
  const shape = routes.find((r) => r.method === request.method.toUpperCase() && r.path === path)?.errors ?? "pleo";
  if (shape === "page") return /^text\/html/.test(response.headers["content-type"] ?? "") && typeof response.body === "string" ? undefined : "not a page";
  const body = response.body as Record<string, unknown> | undefined;
  if (shape === "oauth") return typeof body?.error === "string" && typeof body.error_description === "string" ? undefined : "not RFC 6749's {error, error_description}";
  return typeof body?.type === "string" && typeof body.message === "string" ? undefined : "not Pleo's {type, message}";
}

/** Own properties of the built-in prototypes a polluting input would add to. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort()));
}

/** A value to put where a write keeps free-form data: any JSON, or nesting far deeper than allowed. */
const storedValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.integer({ min: 5, max: 10_000 }).map((levels) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":"yes"}}', '{"x":"' + "v".repeat(20_000) + '"}') },
);

/** A plausible write (right method, a valid key, JSON) whose free-form fields hold anything. */
export const write: fc.Arbitrary<SandboxRequest> = fc
  .record({
    route: fc.oneof(
      fc.constantFrom(...routes.filter((r) => r.body !== "none")),
      fc.constantFrom(...routes.filter((r) => /^(createClientInstallation|updateClientInstallation|createTagGroup|createAccountV1)$/.test(r.operationId))),
    ),
    id: fc.constantFrom(...ids),
    field: fc.oneof(fc.constant("metadata"), fc.constantFrom("name", "code", "customHeaders", "externalId", "note", "items")),
    value: storedValue,
  })
  .map(({ route, id, field, value }) => ({
    method: route.method,
    url: route.path.replace(/\{[^}]+\}/g, id) + (route.path.includes("?") ? "" : `?company_id=${seeded.companies[0]!.id}`),
    headers: { authorization: basicAuthorization(secrets[0]!), "content-type": "application/json", "x-sandbox-user": seeded.users[0]!.email },
    body: `{"companyId":"${seeded.companies[0]!.id}","status":"ACTIVATED","archived":false,"externalId":"e","defaultCurrency":"DKK","name":"n","code":"c","endpointUrl":"https://erp.example/h","eventTypes":["v1.vendor.created"],"${field}":${value}}`,
  }));
