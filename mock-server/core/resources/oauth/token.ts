/**
 * POST /oauth/token: an authorization code, or a refresh token, for a new access token and refresh
 * token. State changes happen synchronously after the last hash is computed, so two requests racing
 * with one code or refresh token cannot both win: the second is a reuse.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { oauthErrors } from "../../http/refusals/oauth.ts";
import type { OAuthState, StoredApp, StoredGrant } from "../../oauth/oauth-state.ts";
import { boundGrants } from "../../oauth/bounds.ts";
import { CODE_VERIFIER, s256 } from "../../oauth/pkce.ts";
import { findRefreshToken, installApp, installationById } from "../../oauth/records.ts";
import { issueTokens, revokeGrant } from "../../oauth/tokens.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { hashesEqual, hashSecret } from "../../world/keys.ts";
import type { Scope } from "../../../openapi/types.ts";
import { authenticateClient } from "./client-auth.ts";

const optional = z.string().optional();

export const tokenForm = z.object({
  grant_type: z.string({ error: "is required: authorization_code or refresh_token" }),
  code: optional,
  redirect_uri: optional,
  code_verifier: optional,
  refresh_token: optional,
  scope: optional,
  client_id: optional,
  client_secret: optional,
});
type TokenForm = z.infer<typeof tokenForm>;

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

/** Exchanges a code or a refresh token; refusals in RFC 6749's shape. */
export async function token({ sandbox, headers, body, now }: OperationContext<"oauthToken", never, TokenForm>): Promise<Reply<"oauthToken">> {
  const oauth = sandbox.state.oauth;
  const app = await authenticateClient(headers.authorization, body, oauth);
  if (body.grant_type === "authorization_code") return json(200, await exchangeCode(app, body, oauth, now), NO_STORE);
  if (body.grant_type === "refresh_token") return json(200, await refresh(app, body, oauth, now), NO_STORE);
  throw oauthErrors.unsupportedGrantType(body.grant_type);
}

function required(form: TokenForm, name: "code" | "code_verifier" | "refresh_token"): string {
  const value = form[name];
  if (value === undefined || value === "") throw errors.invalidRequest(`${name} is required with grant_type=${form.grant_type}.`);
  return value;
}

async function exchangeCode(app: StoredApp, form: TokenForm, oauth: OAuthState, now: Date) {
  const code = required(form, "code");
  const verifier = required(form, "code_verifier");
  if (!CODE_VERIFIER.test(verifier)) throw errors.invalidRequest("code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, -, ., _ and ~ (RFC 7636).");
  const [hash, challenge] = await Promise.all([hashSecret(code), s256(verifier)]);

  const stored = oauth.codes.find((c) => hashesEqual(c.hash, hash));
  if (!stored) throw oauthErrors.codeInvalid("The authorization code is not one this sandbox issued (or the sandbox was reset since).");
  if (stored.appId !== app.id) throw oauthErrors.codeInvalid("The authorization code was issued to another client.");
  if (stored.usedAt !== undefined) {
    const grant = oauth.grants.find((g) => g.id === stored.grantId);
    if (grant) revokeGrant(grant, now, "its authorization code was exchanged twice");
    throw oauthErrors.codeReused(stored.usedAt);
  }
  if (Date.parse(stored.expiresAt) <= now.getTime()) throw oauthErrors.codeExpired(stored.expiresAt);
  const redirectUri = form.redirect_uri ?? (app.redirectUris.length === 1 ? app.redirectUris[0] : undefined);
  if (redirectUri === undefined) throw errors.invalidRequest("redirect_uri is required: send the one sent to GET /oauth/authorize.");
  if (redirectUri !== stored.redirectUri) throw oauthErrors.redirectUriDiffers(redirectUri, stored.redirectUri);
  if (challenge !== stored.challenge) throw oauthErrors.pkceMismatch();

  const at = isoSeconds(now);
  const installation = installApp(oauth, { app, resource: stored.resource, scopes: stored.scopes, userId: stored.userId, now, status: "AUTHORIZED" });
  const grant: StoredGrant = { id: crypto.randomUUID(), appId: app.id, installationId: installation.id, userId: stored.userId, scopes: stored.scopes, createdAt: at, accessTokens: [], refreshTokens: [] };
  Object.assign(stored, { usedAt: at, grantId: grant.id });
  oauth.grants.push(grant);
  boundGrants(oauth);
  return issueTokens(oauth, grant, app, installation, now);
}

async function refresh(app: StoredApp, form: TokenForm, oauth: OAuthState, now: Date) {
  const hash = await hashSecret(required(form, "refresh_token"));
  const found = findRefreshToken(oauth, hash);
  if (!found || found.grant.appId !== app.id) throw oauthErrors.refreshTokenInvalid();
  const { grant, token } = found;
  if (grant.revokedAt !== undefined) throw oauthErrors.grantRevoked(grant.revokedAt, grant.revokedBecause ?? "it was revoked");
  if (token.spentAt !== undefined) {
    revokeGrant(grant, now, `a refresh token used at ${token.spentAt} was sent again at ${isoSeconds(now)}`);
    throw oauthErrors.refreshTokenReused(token.spentAt);
  }
  if (Date.parse(token.expiresAt) <= now.getTime()) {
    revokeGrant(grant, now, `its refresh token, expired at ${token.expiresAt}, was sent at ${isoSeconds(now)}`);
    throw oauthErrors.refreshTokenExpired(token.expiresAt);
  }
  const asked = form.scope === undefined ? grant.scopes : (form.scope.split(" ").filter(Boolean) as Scope[]);
  if (asked.length === 0 || asked.some((s) => !grant.scopes.includes(s))) throw oauthErrors.scopeWidened(asked, grant.scopes);
  token.spentAt = isoSeconds(now);
  grant.scopes = [...new Set(asked)];
  return issueTokens(oauth, grant, app, installationById(oauth, grant.installationId)!, now);
}
