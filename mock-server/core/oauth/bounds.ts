/**
 * What the authorization server keeps at most, so no client can grow a sandbox without bound:
 * pending codes, grants, and the tokens one grant remembers. Past a bound the oldest go first
 * (revoked grants before live ones); docs/running-safely.md lists these.
 */
import type { OAuthState, StoredGrant } from "./oauth-state.ts";

export const OAUTH_BOUNDS = {
  /** Authorization codes remembered (exchanged or not). */
  codes: 10_000,
  /** Grants (one per exchanged code). */
  grants: 10_000,
  /** Access tokens, and refresh tokens, one grant remembers. */
  tokensPerGrant: 1_000,
} as const;

/** Drops the oldest codes past the bound. */
export function boundCodes(state: OAuthState): void {
  const over = state.codes.length - OAUTH_BOUNDS.codes;
  if (over > 0) state.codes.splice(0, over);
}

/** Drops grants past the bound: revoked ones first, then the oldest. */
export function boundGrants(state: OAuthState): void {
  while (state.grants.length > OAUTH_BOUNDS.grants) {
    const revoked = state.grants.findIndex((g) => g.revokedAt !== undefined);
    state.grants.splice(revoked >= 0 ? revoked : 0, 1);
  }
}

/** Drops a grant's oldest tokens past the bound (a refresh token dropped can no longer be told as reused). */
export function boundTokens(grant: StoredGrant): void {
  const max = OAUTH_BOUNDS.tokensPerGrant;
  if (grant.accessTokens.length > max) grant.accessTokens.splice(0, grant.accessTokens.length - max);
  if (grant.refreshTokens.length > max) grant.refreshTokens.splice(0, grant.refreshTokens.length - max);
}
