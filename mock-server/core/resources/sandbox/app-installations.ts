/**
 * Installing a partner's app the way a customer admin does in the web app: approve some of its
 * scopes for a company, and get the installation's Integrated API Key (shown once). Uninstalling
 * revokes the key and the app's OAuth tokens for that company.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import type { StoredApp, StoredAppInstallation } from "../../oauth/oauth-state.ts";
import { appById, installApp, liveApp, uninstall } from "../../oauth/records.ts";
import { resourceUrn } from "../../oauth/tokens.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { scopeSchema, type World } from "../../world/fixtures.ts";
import { hashSecret, newSecret, secretPrefix } from "../../world/keys.ts";
import { workspaceKeySuffix } from "../../world/workspaces.ts";
import type { StoredKey } from "../../world/state.ts";
import { actingManager, homeCompany, mayActFor } from "../../world/web-app-user.ts";
import type { SandboxUser, Schemas } from "../../../openapi/types.ts";

/** Integrated keys live as long as their installation; the date only fills the key's required field. */
export const INTEGRATED_KEY_EXPIRY = "2099-12-31T23:59:59Z";

export const installBody = z.object({
  clientId: z.string().min(1, "must not be empty"),
  companyId: z.uuid(),
  scopes: z.array(scopeSchema).min(1, "approve at least one scope").refine((s) => new Set(s).size === s.length, "lists a scope twice"),
});
type InstallBody = z.infer<typeof installBody>;

/** The acting user, who must be an admin: admins install and uninstall apps. */
function actingAdmin(headers: Record<string, string | undefined>, world: World): SandboxUser {
  const user = actingManager(headers, world, "can see installed apps");
  if (user.role !== "admin") throw errors.roleInsufficient(`${user.name} is a ${user.role}. Only admins install and uninstall apps.`);
  return user;
}

/** Whether the user may act for the installation's company (or, as an organisation admin, its organisation). */
function mayManage(user: SandboxUser, installation: StoredAppInstallation, world: World): boolean {
  const resource = installation.resource;
  if (resource.type === "organisation") return user.organisationAdmin && homeCompany(user, world).organisationId === resource.organisationId;
  const company = world.companies.find((c) => c.id === resource.companyId);
  return company !== undefined && mayActFor(user, company, world);
}

function summary(installation: StoredAppInstallation, app: StoredApp): Schemas["SandboxInstallation"] {
  const { id, scopes, status, keyId, createdAt, createdBy } = installation;
  return { id, applicationId: app.id, clientId: app.clientId, applicationName: app.name, resource: resourceUrn(installation.resource), scopes, status, ...(keyId && { keyId }), createdAt, createdBy };
}

/** The live installations the user may manage, newest first. */
export function listInstallations({ sandbox, world, headers }: OperationContext<"listSandboxInstallations", never, never>): Reply<"listSandboxInstallations"> {
  const user = actingManager(headers, world, "can see installed apps");
  const state = sandbox.state.oauth;
  const live = state.installations.filter((i) => i.deletedAt === undefined && appById(state, i.appId)?.deletedAt === undefined && mayManage(user, i, world));
  return json(200, { data: live.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((i) => summary(i, appById(state, i.appId)!)) });
}

/** Installs the app in the company with the approved scopes and makes its Integrated API Key. */
export async function install({ sandbox, world, headers, now, body }: OperationContext<"createSandboxInstallation", never, InstallBody>): Promise<Reply<"createSandboxInstallation">> {
  const user = actingAdmin(headers, world);
  const state = sandbox.state;
  const app = liveApp(state.oauth, body.clientId);
  if (!app) throw errors.invalidRequest(`clientId: no OAuth app "${body.clientId}" (GET /sandbox/oauth-apps lists a company's apps).`);
  const company = world.companies.find((c) => c.id === body.companyId);
  if (!company) throw errors.invalidRequest(`companyId: no company ${body.companyId} (GET /sandbox/world lists them).`);
  if (!mayActFor(user, company, world)) throw errors.roleInsufficient(`${user.name} works for another company; apps are installed in "${company.name}" by its own admins.`);
  const unregistered = body.scopes.filter((s) => !app.scopes.includes(s));
  if (unregistered.length > 0) throw errors.invalidRequest(`scopes: the app "${app.name}" did not register ${unregistered.join(", ")}; it may have ${app.scopes.join(", ")}.`);

  if (state.keys.length >= sandbox.limits.keys) {
    throw errors.limitReached("API keys, integrated ones included (deleted ones count: they stay refusable as revoked)", sandbox.limits.keys, "POST /sandbox/reset starts over with the seeded keys.");
  }
  const installation = installApp(state.oauth, { app, resource: { type: "company", companyId: company.id }, scopes: body.scopes, userId: user.id, now, status: "ACTIVATED" });
  const previous = state.keys.find((k) => k.id === installation.keyId);
  if (previous && previous.deletedAt === undefined) previous.deletedAt = isoSeconds(now);
  const secret = newSecret() + workspaceKeySuffix(sandbox.workspace); // finds its workspace without the header
  const key: StoredKey = {
    id: crypto.randomUUID(),
    name: `${app.name} (integrated)`,
    hash: await hashSecret(secret),
    prefix: secretPrefix(secret),
    ownerCompanyId: company.id,
    accessLevel: { type: "company", companyId: company.id },
    scopes: body.scopes,
    createdAt: isoSeconds(now),
    createdBy: user.id,
    expiresAt: INTEGRATED_KEY_EXPIRY,
    installationId: installation.id,
  };
  state.keys.push(key);
  installation.keyId = key.id;
  return json(201, { data: { ...summary(installation, app), keyId: key.id, key: secret } });
}

/** Uninstalls: the integrated key and the app's OAuth tokens for that company stop working. */
export function uninstallApp({ sandbox, world, headers, now, params }: OperationContext<"deleteSandboxInstallation", never, never>): Reply<"deleteSandboxInstallation"> {
  const user = actingAdmin(headers, world);
  const state = sandbox.state.oauth;
  const installation = state.installations.find((i) => i.id === params.id && i.deletedAt === undefined && mayManage(user, i, world));
  if (!installation) throw errors.notFound("INSTALLATION_NOT_FOUND", "installation", params.id);
  uninstall(state, installation, now, `${user.name} uninstalled the app`);
  return empty(204);
}
