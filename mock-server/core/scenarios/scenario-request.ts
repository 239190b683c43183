/**
 * A scenario's request (scenarios/*.json) as an HTTP request: the credential spec becomes the
 * Authorization header a client would send. Pure, so the tests, the guide's build and its pages share it.
 */
import { basicAuthorization } from "../http/basic-credential.ts";
import type { CredentialSpec, RequestSpec } from "./scenarios.ts";

/** A ready-made key as the fixtures publish it: its slug and its (public, demo) secret. */
export interface ReadyMadeSecret {
  slug: string;
  secret: string;
}

/** A request ready for fetch, relative to the base URL. */
export interface PlainRequest {
  method: string;
  /** Path and query string, e.g. `/v2/employees?companyId=...` */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The Authorization header a credential spec stands for, or nothing when it sends none. */
export function authorizationFor(credential: CredentialSpec, keys: readonly ReadyMadeSecret[]): string | undefined {
  if (credential === null) return undefined;
  if ("header" in credential) return credential.header;
  if ("secret" in credential) return basicAuthorization(credential.secret);
  const secret = keys.find((k) => k.slug === credential.key)?.secret;
  if (secret === undefined) throw new Error(`No ready-made key "${credential.key}" in the fixtures.`);
  if (credential.scheme === "bearer") return `Bearer ${secret}`;
  if (credential.scheme === "raw") return `Basic ${secret}`;
  return basicAuthorization(secret);
}

/** How the guide names a credential spec, e.g. "the ready-made expired key (Basic)". */
export function describeCredential(credential: CredentialSpec): string {
  if (credential === null) return "no Authorization header";
  if ("header" in credential) return `Authorization: ${credential.header}`;
  if ("secret" in credential) return `a key nobody made (${credential.secret})`;
  const how = { basic: "as Basic base64(key:)", bearer: "as a Bearer token", raw: "as Basic with the key not base64-encoded" }[credential.scheme];
  return `the ready-made ${credential.key} key, ${how}`;
}

/** The path with the spec's query string. */
export function pathWithQuery(spec: Pick<RequestSpec, "path" | "query">): string {
  const query = new URLSearchParams(spec.query);
  return query.size > 0 ? `${spec.path}?${query}` : spec.path;
}

/** The whole request a spec describes, optionally forcing a scenario with X-Sandbox-Scenario. */
export function toPlainRequest(spec: RequestSpec, keys: readonly ReadyMadeSecret[], forceScenario?: string): PlainRequest {
  const headers: Record<string, string> = { accept: "application/json" };
  for (const [name, value] of Object.entries(spec.headers ?? {})) headers[name.toLowerCase()] = value;
  const authorization = authorizationFor(spec.credential, keys);
  if (authorization !== undefined) headers.authorization = authorization;
  if (forceScenario !== undefined) headers["x-sandbox-scenario"] = forceScenario;
  const request: PlainRequest = { method: spec.method, path: pathWithQuery(spec), headers };
  if (spec.body !== undefined) {
    request.body = JSON.stringify(spec.body);
    headers["content-type"] = "application/json";
  }
  if (spec.form !== undefined) {
    request.body = new URLSearchParams(spec.form).toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  return request;
}
