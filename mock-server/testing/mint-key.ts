/**
 * Minting a key as an admin would in Settings > API Keys, through the control plane (so it works
 * in-process and against a running server alike).
 */
import { basicAuthorization } from "../core/http/basic-credential.ts";
import type { Schemas } from "../openapi/types.ts";
import { isoSeconds } from "./duration.ts";
import type { MintKeyOptions, TestKey } from "./types.ts";

/** A control-plane call: method, path, JSON body, headers; resolves to the answer's `data`. */
export type ControlCall = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/** Makes the key `mint` describes, acting as an admin of its company (or organisation). */
export async function mintKey(control: ControlCall, mint: MintKeyOptions): Promise<TestKey> {
  const view = await control<Schemas["SandboxWorld"]>("GET", "/sandbox/world");
  const company = mint.company === undefined ? view.companies.find((c) => c.features.includes("api-keys"))! : byIdOrName(view.companies, mint.company, "company");
  const organisation = mint.organisation === undefined ? view.organisations.find((o) => o.id === company.organisationId)! : byIdOrName(view.organisations, mint.organisation, "organisation");
  const access = mint.access ?? (mint.organisation === undefined ? "company" : "organisation");
  const companiesOfOrganisation = new Set(view.companies.filter((c) => c.organisationId === organisation.id).map((c) => c.id));
  const actor =
    access === "organisation"
      ? view.users.find((u) => u.organisationAdmin && companiesOfOrganisation.has(u.companyId))
      : view.users.find((u) => u.role === "admin" && u.companyId === company.id);
  if (!actor) throw new Error(`No ${access === "organisation" ? `organisation admin in "${organisation.name}"` : `admin in "${company.name}"`} to make the key.`);
  const asActor = { "x-sandbox-user": actor.id };
  const now = new Date((await control<Schemas["Clock"]>("GET", "/sandbox/clock")).now);
  const expiresAt = mint.expired ? new Date(now.getTime() + 60_000) : (mint.expiresAt ?? new Date(now.getTime() + 365 * 86_400_000));
  const created = await control<Schemas["CreatedApiKey"]>(
    "POST",
    "/sandbox/api-keys",
    {
      name: mint.name ?? "pleo-sandbox/testing",
      expiresAt: isoSeconds(expiresAt),
      accessLevel: access === "organisation" ? { type: "organisation", organisationId: organisation.id } : { type: "company", companyId: company.id },
      scopes: [...(mint.scopes ?? view.scopes)],
    },
    asActor,
  );
  // As time would: the key expires a minute after it was made.
  if (mint.expired) await control("POST", "/sandbox/clock", { advanceSeconds: 61 });
  if (mint.revoked) await control("DELETE", `/sandbox/api-keys/${created.id}`, undefined, asActor);
  return {
    id: created.id,
    secret: created.key,
    authorization: basicAuthorization(created.key),
    scopes: created.scopes,
    ...(access === "organisation" ? { organisationId: organisation.id } : { companyId: company.id }),
    expiresAt: created.expiresAt,
  };
}

function byIdOrName<T extends { id: string; name: string }>(list: readonly T[], wanted: string, what: string): T {
  const found = list.find((x) => x.id === wanted || x.name.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new Error(`No ${what} "${wanted}"; there are ${list.map((x) => x.name).join(", ")}.`);
  return found;
}
