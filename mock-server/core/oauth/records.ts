/** Finding the authorization server's records: apps, installations, and the grant a token belongs to. */
import { isoSeconds } from "../world/clock.ts";
import { hashesEqual } from "../world/keys.ts";
import type { AccessLevel, InstallationStatus, Scope } from "../../openapi/types.ts";
import { revokeInstallationGrants } from "./tokens.ts";
import type { OAuthState, StoredAccessToken, StoredApp, StoredAppInstallation, StoredGrant, StoredRefreshToken } from "./oauth-state.ts";

/** The live (not deleted) app with this client id. */
export function liveApp(state: OAuthState, clientId: string): StoredApp | undefined {
  return state.apps.find((a) => a.clientId === clientId && a.deletedAt === undefined);
}

/** The app with this id, deleted or not. */
export function appById(state: OAuthState, id: string): StoredApp | undefined {
  return state.apps.find((a) => a.id === id);
}

export function installationById(state: OAuthState, id: string): StoredAppInstallation | undefined {
  return state.installations.find((i) => i.id === id);
}

const sameResource = (a: AccessLevel, b: AccessLevel) =>
  a.type === "company" ? b.type === "company" && a.companyId === b.companyId : b.type === "organisation" && a.organisationId === b.organisationId;

/** The app's live installation for a company or organisation. */
export function liveInstallation(state: OAuthState, appId: string, resource: AccessLevel): StoredAppInstallation | undefined {
  return state.installations.find((i) => i.appId === appId && i.deletedAt === undefined && sameResource(i.resource, resource));
}

/**
 * Installs the app for the resource with the approved scopes, or updates its live installation
 * (a new approval replaces the scopes). A new installation starts in `status`.
 */
export function installApp(
  state: OAuthState,
  { app, resource, scopes, userId, now, status }: { app: StoredApp; resource: AccessLevel; scopes: Scope[]; userId: string; now: Date; status: InstallationStatus },
): StoredAppInstallation {
  const at = isoSeconds(now);
  const existing = liveInstallation(state, app.id, resource);
  if (existing) return Object.assign(existing, { scopes, updatedAt: at });
  const installation: StoredAppInstallation = { id: crypto.randomUUID(), appId: app.id, resource, scopes, status, metadata: {}, createdAt: at, updatedAt: at, createdBy: userId };
  state.installations.push(installation);
  return installation;
}

/** The access token with this id, and its grant. */
export function findAccessToken(state: OAuthState, jti: string): { grant: StoredGrant; token: StoredAccessToken } | undefined {
  for (const grant of state.grants) {
    const token = grant.accessTokens.find((t) => t.jti === jti);
    if (token) return { grant, token };
  }
  return undefined;
}

/** The refresh token with this hash, and its grant. */
export function findRefreshToken(state: OAuthState, hash: string): { grant: StoredGrant; token: StoredRefreshToken } | undefined {
  for (const grant of state.grants) {
    const token = grant.refreshTokens.find((t) => hashesEqual(t.hash, hash));
    if (token) return { grant, token };
  }
  return undefined;
}

/** Uninstalls: the installation is deleted, its grants revoked; its integrated key fails from now on. */
export function uninstall(state: OAuthState, installation: StoredAppInstallation, now: Date, because: string): void {
  const at = isoSeconds(now);
  Object.assign(installation, { deleted: true, deletedAt: at, updatedAt: at });
  revokeInstallationGrants(state, installation.id, now, because);
}
