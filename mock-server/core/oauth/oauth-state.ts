/**
 * What the authorization server keeps in a sandbox's state: apps (client secrets as hashes), their
 * installations, pending codes and grants with their tokens (refresh tokens as hashes, access
 * tokens by id). Plain JSON, like the rest of the state, so the guide can keep it in sessionStorage.
 */
import type { AccessLevel, Scope } from "../../openapi/types.ts";
import { base64url } from "./jwt.ts";
import { hashSecret } from "../world/keys.ts";
import type { OAuthFixtures } from "../world/oauth-fixtures.ts";
import type { StoredInstallation } from "../world/state.ts";

/** A registered OAuth app (a client). */
export interface StoredApp {
  id: string;
  clientId: string;
  name: string;
  secretHash: string;
  redirectUris: string[];
  scopes: Scope[];
  /** The company whose user registered it; its users list and delete it. */
  ownerCompanyId: string;
  createdBy: string;
  createdAt: string;
  deletedAt?: string;
}

/** An app installed for a company or organisation: by OAuth consent, or with an integrated key. */
export interface StoredAppInstallation extends StoredInstallation {
  id: string;
  appId: string;
  resource: AccessLevel;
  /** What the admin approved last. */
  scopes: Scope[];
  createdBy: string;
  /** The installation's Integrated API Key, when it has one. */
  keyId?: string;
  deletedAt?: string;
}

/** An authorization code, until it is exchanged (once) or expires. */
export interface StoredCode {
  hash: string;
  appId: string;
  redirectUri: string;
  /** The S256 code challenge. */
  challenge: string;
  userId: string;
  resource: AccessLevel;
  scopes: Scope[];
  expiresAt: string;
  usedAt?: string;
  /** The grant its exchange made: revoked if the code is sent again. */
  grantId?: string;
}

export interface StoredAccessToken {
  jti: string;
  expiresAt: string;
  revokedAt?: string;
}

export interface StoredRefreshToken {
  hash: string;
  expiresAt: string;
  /** When it was exchanged for the next pair; sending it again revokes the grant. */
  spentAt?: string;
}

/** What a user approved for an app: the tokens issued from one code and its refreshes. */
export interface StoredGrant {
  id: string;
  appId: string;
  installationId: string;
  userId: string;
  scopes: Scope[];
  createdAt: string;
  accessTokens: StoredAccessToken[];
  refreshTokens: StoredRefreshToken[];
  revokedAt?: string;
  /** Why, in words, for the refusals that follow. */
  revokedBecause?: string;
}

export interface OAuthState {
  /** The HS256 key access tokens are signed with. */
  signingSecret: string;
  apps: StoredApp[];
  installations: StoredAppInstallation[];
  codes: StoredCode[];
  grants: StoredGrant[];
}

/** The OAuth state a world starts with: its ready-made apps, installations, grants and codes, secrets hashed. */
export async function seedOAuth(fixtures: OAuthFixtures | undefined): Promise<OAuthState> {
  if (!fixtures) return { signingSecret: randomSecret(), apps: [], installations: [], codes: [], grants: [] };
  const apps = await Promise.all(
    fixtures.apps.map(async ({ slug: _slug, description: _description, clientSecret, ...app }) => ({ ...app, secretHash: await hashSecret(clientSecret) })),
  );
  const installations = fixtures.installations.map((i) => ({ ...i, metadata: {}, updatedAt: i.createdAt }));
  const grants = await Promise.all(
    fixtures.grants.map(async (g): Promise<StoredGrant> => ({
      id: g.id,
      appId: fixtures.installations.find((i) => i.id === g.installationId)!.appId,
      installationId: g.installationId,
      userId: g.userId,
      scopes: g.scopes,
      createdAt: g.createdAt,
      accessTokens: [{ jti: g.accessTokenId, expiresAt: g.accessTokenExpiresAt }],
      refreshTokens: [{ hash: await hashSecret(g.refreshToken), expiresAt: g.refreshTokenExpiresAt }],
    })),
  );
  const codes = await Promise.all(
    fixtures.codes.map(async (c): Promise<StoredCode> => ({
      hash: await hashSecret(c.code),
      appId: c.appId,
      redirectUri: c.redirectUri,
      challenge: c.codeChallenge,
      userId: c.userId,
      resource: c.resource,
      scopes: c.scopes,
      expiresAt: c.expiresAt,
    })),
  );
  return { signingSecret: fixtures.signingSecret, apps, installations, codes, grants };
}

/** A fresh random secret or token: 32 random bytes, base64url. */
export function randomSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}
