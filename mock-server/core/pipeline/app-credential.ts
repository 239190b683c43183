/**
 * The credentials an app holds, as the checks see them: an access token (Bearer), verified by its
 * signature and found by its `jti`, and the installation behind it or behind an integrated key.
 */
import { oauthErrors } from "../http/refusals/oauth.ts";
import { isoSeconds } from "../world/clock.ts";
import { verifyJwt } from "../oauth/jwt.ts";
import type { OAuthState } from "../oauth/oauth-state.ts";
import { appById, findAccessToken, installationById } from "../oauth/records.ts";
import { resourceUrn } from "../oauth/tokens.ts";
import type { World } from "../world/fixtures.ts";
import type { Credential, CredentialInstallation } from "./access.ts";

/** The installation's state for the checks: removed when it was uninstalled or its app deleted. */
export function appInstallationOf(state: OAuthState, installationId: string): CredentialInstallation {
  const installation = installationById(state, installationId);
  const app = installation && appById(state, installation.appId);
  if (!installation || !app) return { id: installationId, appName: "unknown", resource: "its company", removedAt: "an unknown time" };
  const removedAt = installation.deletedAt ?? app.deletedAt;
  return { id: installation.id, appName: app.name, resource: resourceUrn(installation.resource), ...(removedAt !== undefined && { removedAt }) };
}

/**
 * The access token's credential: scopes and company from its grant's installation, expiry from its
 * `exp`, revocation from its grant. Throws `token_invalid` for a JWT this sandbox did not sign or
 * does not know, and `token_expired` for a signed one it no longer keeps whose `exp` has passed.
 */
export async function tokenCredential(token: string, state: OAuthState, world: World, now: Date): Promise<Credential> {
  const verified = await verifyJwt(token, state.signingSecret);
  if (!verified.ok) throw oauthErrors.tokenInvalid(verified.problem);
  const { jti, exp } = verified.claims;
  const found = typeof jti === "string" ? findAccessToken(state, jti) : undefined;
  if (!found) {
    if (typeof exp === "number" && exp * 1000 <= now.getTime()) throw oauthErrors.tokenExpired(isoSeconds(new Date(exp * 1000)));
    throw oauthErrors.tokenInvalid("the sandbox has no record of it (was the sandbox reset since it was issued?)");
  }
  const { grant, token: record } = found;
  const installation = installationById(state, grant.installationId)!;
  const app = appById(state, grant.appId)!;
  const resource = installation.resource;
  const firstCompany = resource.type === "company" ? resource.companyId : world.companies.find((c) => c.organisationId === resource.organisationId)?.id;
  const deletedAt = grant.revokedAt ?? record.revokedAt;
  return {
    kind: "access-token",
    id: record.jti,
    name: app.name,
    ownerCompanyId: firstCompany ?? "",
    accessLevel: resource,
    scopes: grant.scopes,
    createdAt: grant.createdAt,
    expiresAt: record.expiresAt,
    ...(deletedAt !== undefined && { deletedAt, revokedBecause: grant.revokedBecause ?? "the app revoked it (POST /oauth/token/revoke)" }),
    installation: appInstallationOf(state, grant.installationId),
    grantId: grant.id,
  };
}
