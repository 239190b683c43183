/** Turns a scenario's request spec into headers, the way any client would send it. */
import type { Fixtures } from "../../mock-server/core/fixtures.ts";
import type { CredentialSpec, RequestSpec } from "../../mock-server/core/scenarios.ts";

/** The Authorization header a credential spec stands for. */
export function authorizationFor(credential: CredentialSpec, fixtures: Fixtures): string | undefined {
  if (credential === null) return undefined;
  if ("header" in credential) return credential.header;
  if ("secret" in credential) return `Basic ${btoa(`${credential.secret}:`)}`;
  const secret = fixtures.readyMadeKeys.find((k) => k.slug === credential.key)?.secret;
  if (!secret) throw new Error(`no ready-made key "${credential.key}" in the fixtures`);
  if (credential.scheme === "bearer") return `Bearer ${secret}`;
  if (credential.scheme === "raw") return `Basic ${secret}`;
  return `Basic ${btoa(`${secret}:`)}`;
}

export function toHeaders(spec: RequestSpec, fixtures: Fixtures): Record<string, string> {
  const authorization = authorizationFor(spec.credential, fixtures);
  return authorization === undefined ? {} : { authorization };
}
