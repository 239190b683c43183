/**
 * Issuing, rotating and revoking a grant's tokens. Access tokens are JWTs with the claims Pleo's
 * introspection shows (pleo-api-facts.md §2); refresh tokens are opaque and stored as hashes.
 * Lifetimes follow the sandbox clock.
 */
import { isoSeconds } from "../world/clock.ts";
import { hashSecret } from "../world/keys.ts";
import type { AccessLevel, Scope } from "../../openapi/types.ts";
import { boundTokens } from "./bounds.ts";
import { signJwt } from "./jwt.ts";
import { randomSecret, type OAuthState, type StoredApp, type StoredAppInstallation, type StoredGrant } from "./oauth-state.ts";

/** Access tokens live 15 minutes (Pleo's older token page; the current one leaves it to `expires_in`). */
export const ACCESS_TOKEN_SECONDS = 900;
/** Refresh tokens live 60 days (Pleo: "at least 60 days"). */
export const REFRESH_TOKEN_SECONDS = 60 * 24 * 3600;
/** Authorization codes live 10 minutes, the most RFC 6749 §4.1.2 recommends. */
export const CODE_SECONDS = 600;
/** `iss` and `aud` as Pleo's token introspection shows them. */
export const TOKEN_ISSUER = "pleo.production";
export const TOKEN_AUDIENCE = "https://external.pleo.io";

/** `urn:pleo:company:<id>` or `urn:pleo:organisation:<id>`. */
export function resourceUrn(resource: AccessLevel): string {
  return resource.type === "company" ? `urn:pleo:company:${resource.companyId}` : `urn:pleo:organisation:${resource.organisationId}`;
}

/** Scopes as OAuth writes them: space-separated. */
export const scopeString = (scopes: readonly Scope[]) => scopes.join(" ");

/** The claims of an access token (times in seconds since the epoch). Shared with the fixtures script. */
export function accessTokenClaims(t: { clientId: string; resource: AccessLevel; scopes: readonly Scope[]; issuedAt: number; expiresAt: number; jti: string }) {
  return {
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
    sub: resourceUrn(t.resource),
    client_id: t.clientId,
    scope: scopeString(t.scopes),
    iat: t.issuedAt,
    exp: t.expiresAt,
    jti: t.jti,
  };
}

/** What POST /oauth/token answers. */
export interface IssuedTokens {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
  scope: string;
}

/** A new access token and refresh token for the grant, recorded on it. */
export async function issueTokens(state: OAuthState, grant: StoredGrant, app: StoredApp, installation: StoredAppInstallation, now: Date): Promise<IssuedTokens> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const jti = crypto.randomUUID();
  const claims = accessTokenClaims({ clientId: app.clientId, resource: installation.resource, scopes: grant.scopes, issuedAt, expiresAt: issuedAt + ACCESS_TOKEN_SECONDS, jti });
  const accessToken = await signJwt(claims, state.signingSecret);
  const refreshToken = randomSecret();
  forgetLongExpired(grant, now);
  grant.accessTokens.push({ jti, expiresAt: isoSeconds(new Date((issuedAt + ACCESS_TOKEN_SECONDS) * 1000)) });
  grant.refreshTokens.push({ hash: await hashSecret(refreshToken), expiresAt: isoSeconds(new Date((issuedAt + REFRESH_TOKEN_SECONDS) * 1000)) });
  boundTokens(grant);
  return { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refreshToken, scope: scopeString(grant.scopes) };
}

/** Ends every token of the grant; `because` finishes "The grant was revoked at <time> because ...". */
export function revokeGrant(grant: StoredGrant, now: Date, because: string): void {
  if (grant.revokedAt !== undefined) return;
  grant.revokedAt = isoSeconds(now);
  grant.revokedBecause = because;
}

/** Revokes every grant of an installation (uninstalled, or its app deleted). */
export function revokeInstallationGrants(state: OAuthState, installationId: string, now: Date, because: string): void {
  for (const grant of state.grants) if (grant.installationId === installationId) revokeGrant(grant, now, because);
}

/**
 * Keeps a long-refreshed grant's token lists bounded: tokens expired for a day are dropped (a JWT
 * the sandbox no longer knows is still recognised as expired by its own `exp`).
 */
function forgetLongExpired(grant: StoredGrant, now: Date): void {
  const dayAgo = now.getTime() - 24 * 3600 * 1000;
  grant.accessTokens = grant.accessTokens.filter((t) => Date.parse(t.expiresAt) > dayAgo);
  grant.refreshTokens = grant.refreshTokens.filter((t) => Date.parse(t.expiresAt) > dayAgo);
}
