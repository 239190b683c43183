/**
 * The web app's Settings > API Keys page, as the control plane: list, create (secret shown once)
 * and delete keys, acting as the user named by X-Sandbox-User.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import { accessLevelSchema, scopeSchema, type World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import { LIMITS } from "../../http/limits.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { hashSecret, newSecret, secretPrefix } from "../../world/keys.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { AccessLevel, SandboxUser, Schemas } from "../../../openapi/types.ts";
import type { StoredKey } from "../../world/state.ts";
import { actingManager, homeCompany, mayActFor } from "../../world/web-app-user.ts";
import { workspaceKeySuffix } from "../../world/workspaces.ts";
import { appInstallationOf } from "../../pipeline/app-credential.ts";

export const createKeyBody = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100),
  expiresAt: z.iso
    .datetime({ offset: true, message: "must be an ISO-8601 date-time, e.g. 2027-01-31T00:00:00Z" })
    .refine((value) => Date.parse(value) <= LIMITS.latestTimestamp, "must be before the year 10000"),
  accessLevel: accessLevelSchema,
  scopes: z
    .array(scopeSchema)
    .min(1, "tick at least one scope")
    .refine((s) => new Set(s).size === s.length, "lists a scope twice"),
});
type CreateKeyBody = z.infer<typeof createKeyBody>;

/** The acting user, allowed to manage keys in their company; throws 401 or 403 when not. */
function keyManager(headers: Record<string, string | undefined>, world: World): SandboxUser {
  const user = actingManager(headers, world, "can see Settings > API Keys and manage keys");
  const company = homeCompany(user, world);
  if (!company.features.includes("api-keys")) throw errors.keyManagementFeature(company.name, company.id);
  return user;
}

/** Throws unless the user may give a key this access level. */
function checkAccessLevel(user: SandboxUser, level: AccessLevel, world: World): void {
  if (level.type === "organisation") checkOrganisationLevel(user, level.organisationId, world);
  else checkCompanyLevel(user, level.companyId, world);
}

/** Only an admin of the organisation creates keys for all of it. */
function checkOrganisationLevel(user: SandboxUser, organisationId: string, world: World): void {
  if (!world.organisations.some((o) => o.id === organisationId)) {
    throw errors.invalidRequest(`accessLevel.organisationId: no organisation ${organisationId} (GET /sandbox/world lists them)`);
  }
  if (!user.organisationAdmin || organisationId !== homeCompany(user, world).organisationId) {
    throw errors.roleInsufficient(`${user.name} is not an admin of organisation ${organisationId}; only organisation admins create organisation-level keys.`);
  }
}

/** A company's keys are made by its own admins or bookkeepers (or an admin of its organisation). */
function checkCompanyLevel(user: SandboxUser, companyId: string, world: World): void {
  const company = world.companies.find((c) => c.id === companyId);
  if (!company) throw errors.invalidRequest(`accessLevel.companyId: no company ${companyId} (GET /sandbox/world lists them)`);
  if (!mayActFor(user, company, world)) {
    throw errors.roleInsufficient(`${user.name} works for another company; keys for "${company.name}" are made by its own admins or bookkeepers.`);
  }
}

function summary(key: StoredKey, now: Date): Schemas["ApiKeySummary"] {
  const { hash: _hash, ownerCompanyId: _owner, deletedAt: _deleted, ...visible } = key;
  return { ...visible, status: Date.parse(key.expiresAt) <= now.getTime() ? "expired" : "active" };
}

export const listKeysQuery = pagedQuery({}, { sortingKeys: ["createdAt", "expiresAt", "name"], minLimit: 1, maxLimit: 100 });
type ListKeysQuery = z.infer<typeof listKeysQuery>;

/** A page of the live keys of the user's company, newest first unless sorted otherwise; an integrated key while its app is installed. */
export function listKeys({ sandbox, world, headers, now, query }: OperationContext<"listSandboxApiKeys", ListKeysQuery, never>): Reply<"listSandboxApiKeys"> {
  const user = keyManager(headers, world);
  const uninstalled = (k: StoredKey) => k.installationId !== undefined && appInstallationOf(sandbox.state.oauth, k.installationId).removedAt !== undefined;
  const keys = sandbox.state.keys
    .filter((k) => k.ownerCompanyId === user.companyId && k.deletedAt === undefined && !uninstalled(k))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return json(200, paginate(keys.map((k) => summary(k, now)), query, {}));
}

/** Creates a key owned by the user's company; the answer is the only time its secret is shown. */
export async function createKey({ sandbox, world, headers, now, body }: OperationContext<"createSandboxApiKey", never, CreateKeyBody>): Promise<Reply<"createSandboxApiKey">> {
  const user = keyManager(headers, world);
  if (sandbox.state.keys.length >= sandbox.limits.keys) {
    throw errors.limitReached("API keys (deleted ones count: they stay refusable as revoked)", sandbox.limits.keys, "POST /sandbox/reset starts over with the seeded keys.");
  }
  if (Date.parse(body.expiresAt) <= now.getTime()) {
    throw errors.invalidRequest(`expiresAt: ${body.expiresAt} is not in the future (the sandbox clock says ${isoSeconds(now)}); pick a later date.`);
  }
  checkAccessLevel(user, body.accessLevel, world);
  const secret = newSecret() + workspaceKeySuffix(sandbox.workspace); // finds its workspace without the header
  const key: StoredKey = {
    id: crypto.randomUUID(),
    name: body.name,
    hash: await hashSecret(secret),
    prefix: secretPrefix(secret),
    ownerCompanyId: user.companyId,
    accessLevel: body.accessLevel,
    scopes: body.scopes,
    createdAt: isoSeconds(now),
    createdBy: user.id,
    expiresAt: isoSeconds(new Date(body.expiresAt)),
  };
  sandbox.state.keys.push(key);
  const { hash: _hash, prefix: _prefix, ownerCompanyId: _owner, ...shown } = key;
  return json(201, { data: { ...shown, key: secret } });
}

/** Revokes one of the company's live keys; it stops working at once. */
export function deleteKey({ sandbox, world, headers, now, params }: OperationContext<"deleteSandboxApiKey", never, never>): Reply<"deleteSandboxApiKey"> {
  const user = keyManager(headers, world);
  const key = sandbox.state.keys.find((k) => k.id === params.id && k.ownerCompanyId === user.companyId && k.deletedAt === undefined);
  if (!key) throw errors.notFound("API_KEY_NOT_FOUND", "API key", params.id);
  key.deletedAt = isoSeconds(now);
  return empty(204);
}
