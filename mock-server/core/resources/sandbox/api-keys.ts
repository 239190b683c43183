/**
 * The web app's Settings > API Keys page, as the control plane: list, create (secret shown once)
 * and delete keys, acting as the user named by X-Sandbox-User.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { accessLevelSchema, scopeSchema, type World } from "../../world/fixtures.ts";
import { empty, json, type SandboxResponse } from "../../http/http.ts";
import { hashSecret, newSecret, secretPrefix } from "../../world/keys.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { SandboxUser, Schemas } from "../../../openapi/types.ts";
import type { StoredKey } from "../../world/state.ts";
import { actingManager, mayActFor } from "../../world/web-app-user.ts";

export const createKeyBody = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100),
  expiresAt: z.iso.datetime({ offset: true, message: "must be an ISO-8601 date-time, e.g. 2027-01-31T00:00:00Z" }),
  accessLevel: accessLevelSchema,
  scopes: z
    .array(scopeSchema)
    .min(1, "tick at least one scope")
    .refine((s) => new Set(s).size === s.length, "lists a scope twice"),
});
type CreateKeyBody = z.infer<typeof createKeyBody>;

/** The acting user, allowed to manage keys in their company, or why not. */
function keyManager(headers: Record<string, string | undefined>, world: World): SandboxUser | ApiError {
  const user = actingManager(headers, world, "can see Settings > API Keys and manage keys");
  if ("reason" in user) return user;
  const company = world.companies.find((c) => c.id === user.companyId)!;
  if (!company.features.includes("api-keys")) return errors.keyManagementFeature(company.name, company.id);
  return user;
}

/** Why the user may not give a key this access level, or nothing. */
function checkAccessLevel(user: SandboxUser, level: CreateKeyBody["accessLevel"], world: World): ApiError | undefined {
  const ownOrganisation = world.companies.find((c) => c.id === user.companyId)!.organisationId;
  if (level.type === "organisation") {
    if (!world.organisations.some((o) => o.id === level.organisationId)) {
      return errors.invalidRequest(`accessLevel.organisationId: no organisation ${level.organisationId} (GET /sandbox/world lists them)`);
    }
    if (!user.organisationAdmin || level.organisationId !== ownOrganisation) {
      return errors.roleInsufficient(`${user.name} is not an admin of organisation ${level.organisationId}; only organisation admins create organisation-level keys.`);
    }
    return undefined;
  }
  const company = world.companies.find((c) => c.id === level.companyId);
  if (!company) return errors.invalidRequest(`accessLevel.companyId: no company ${level.companyId} (GET /sandbox/world lists them)`);
  if (!mayActFor(user, company, world)) {
    return errors.roleInsufficient(`${user.name} works for another company; keys for "${company.name}" are made by its own admins or bookkeepers.`);
  }
  return undefined;
}

function summary(key: StoredKey, now: Date): Schemas["ApiKeySummary"] {
  const { hash: _hash, ownerCompanyId: _owner, deletedAt: _deleted, ...visible } = key;
  return { ...visible, status: Date.parse(key.expiresAt) <= now.getTime() ? "expired" : "active" };
}

export function listKeys({ sandbox, world, headers, now }: OperationContext): SandboxResponse | ApiError {
  const user = keyManager(headers, world);
  if ("reason" in user) return user;
  const keys = sandbox.state.keys
    .filter((k) => k.ownerCompanyId === user.companyId && k.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return json(200, { data: keys.map((k) => summary(k, now)) });
}

export async function createKey({ sandbox, world, headers, now, body }: OperationContext<undefined, CreateKeyBody>): Promise<SandboxResponse | ApiError> {
  const user = keyManager(headers, world);
  if ("reason" in user) return user;
  if (Date.parse(body.expiresAt) <= now.getTime()) {
    return errors.invalidRequest(`expiresAt: ${body.expiresAt} is not in the future (the sandbox clock says ${isoSeconds(now)}); pick a later date.`);
  }
  const denied = checkAccessLevel(user, body.accessLevel, world);
  if (denied) return denied;
  const secret = newSecret();
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

export function deleteKey({ sandbox, world, headers, now, params }: OperationContext): SandboxResponse | ApiError {
  const user = keyManager(headers, world);
  if ("reason" in user) return user;
  const key = sandbox.state.keys.find((k) => k.id === params.id && k.ownerCompanyId === user.companyId && k.deletedAt === undefined);
  if (!key) return errors.notFound("API_KEY_NOT_FOUND", "API key", params.id ?? "");
  key.deletedAt = isoSeconds(now);
  return empty(204);
}
