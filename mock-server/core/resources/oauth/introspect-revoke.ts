/**
 * Token introspection (RFC 7662) and revocation (RFC 7009) for the app's own tokens. An access
 * token is recognised by its signature and `jti`, a refresh token by its hash; anything else,
 * including another app's token, is simply inactive (and revoking it does nothing).
 */
import { z } from "zod";
import { empty, json } from "../../http/http.ts";
import { verifyJwt } from "../../oauth/jwt.ts";
import type { OAuthState, StoredAccessToken, StoredApp, StoredGrant, StoredRefreshToken } from "../../oauth/oauth-state.ts";
import { findAccessToken, findRefreshToken, installationById } from "../../oauth/records.ts";
import { resourceUrn, revokeGrant, scopeString } from "../../oauth/tokens.ts";
import { appInstallationOf } from "../../pipeline/app-credential.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { hashSecret } from "../../world/keys.ts";
import type { Schemas } from "../../../openapi/types.ts";
import { authenticateClient } from "./client-auth.ts";

export const tokenReferenceForm = z.object({
  token: z.string({ error: "is required: the access or refresh token" }),
  token_type_hint: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
});
type TokenReferenceForm = z.infer<typeof tokenReferenceForm>;

type Found =
  | { kind: "access"; grant: StoredGrant; record: StoredAccessToken; claims: Record<string, unknown> }
  | { kind: "refresh"; grant: StoredGrant; record: StoredRefreshToken };

/** The app's own token, whichever kind it is; undefined for anything else. */
async function findOwnToken(token: string, app: StoredApp, oauth: OAuthState): Promise<Found | undefined> {
  const verified = await verifyJwt(token, oauth.signingSecret);
  const jti = verified.ok ? verified.claims.jti : undefined;
  const access = typeof jti === "string" ? findAccessToken(oauth, jti) : undefined;
  if (verified.ok && access) return access.grant.appId === app.id ? { kind: "access", grant: access.grant, record: access.token, claims: verified.claims } : undefined;
  const refresh = findRefreshToken(oauth, await hashSecret(token));
  return refresh && refresh.grant.appId === app.id ? { kind: "refresh", grant: refresh.grant, record: refresh.token } : undefined;
}

/** Whether the token still works now. */
function isActive(found: Found, oauth: OAuthState, now: Date): boolean {
  const { grant, record } = found;
  const revoked = grant.revokedAt !== undefined || ("revokedAt" in record && record.revokedAt !== undefined) || ("spentAt" in record && record.spentAt !== undefined);
  return !revoked && Date.parse(record.expiresAt) > now.getTime() && appInstallationOf(oauth, grant.installationId).removedAt === undefined;
}

/** `{active: false}`, or the token's claims. */
export async function introspectToken({ sandbox, headers, body, now }: OperationContext<"oauthIntrospect", never, TokenReferenceForm>): Promise<Reply<"oauthIntrospect">> {
  const oauth = sandbox.state.oauth;
  const app = await authenticateClient(headers.authorization, body, oauth);
  const found = await findOwnToken(body.token, app, oauth);
  const noStore = { "cache-control": "no-store" };
  if (!found || !isActive(found, oauth, now)) return json(200, { active: false }, noStore);
  if (found.kind === "access") return json(200, { active: true, token_type: "at+JWT" as const, ...(found.claims as Omit<Schemas["TokenIntrospection"], "active" | "token_type">) }, noStore);
  const installation = installationById(oauth, found.grant.installationId)!;
  const expiry = Math.floor(Date.parse(found.record.expiresAt) / 1000);
  return json(200, { active: true, token_type: "refresh_token" as const, client_id: app.clientId, scope: scopeString(found.grant.scopes), sub: resourceUrn(installation.resource), exp: expiry }, noStore);
}

/** Revokes the token: an access token alone, a refresh token with its whole grant. */
export async function revokeToken({ sandbox, headers, body, now }: OperationContext<"oauthRevoke", never, TokenReferenceForm>): Promise<Reply<"oauthRevoke">> {
  const oauth = sandbox.state.oauth;
  const app = await authenticateClient(headers.authorization, body, oauth);
  const found = await findOwnToken(body.token, app, oauth);
  if (found?.kind === "access") found.record.revokedAt ??= isoSeconds(now);
  if (found?.kind === "refresh") revokeGrant(found.grant, now, "the app revoked its refresh token (POST /oauth/token/revoke)");
  return empty(200);
}
