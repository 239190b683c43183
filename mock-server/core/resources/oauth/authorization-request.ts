/**
 * An authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636) read in RFC 6749's two steps: the
 * client and its redirect URI first, whose refusals are thrown (the page shows them: nothing may be
 * sent to an unverified URI), then everything else, whose refusal is sent back to the app.
 */
import { z } from "zod";
import type { ApiError } from "../../http/errors.ts";
import { redirect } from "../../http/http.ts";
import { oauthErrors } from "../../http/refusals/oauth.ts";
import { REASON_HEADER } from "../../http/errors.ts";
import type { OAuthState, StoredApp } from "../../oauth/oauth-state.ts";
import { CODE_CHALLENGE } from "../../oauth/pkce.ts";
import { liveApp } from "../../oauth/records.ts";
import { scopeValues, type Scope } from "../../../openapi/types.ts";

const optional = z.string().optional();

/** The query of GET /oauth/authorize (and the same fields of the consent form): all optional, judged below. */
export const authorizeParams = z.object({
  response_type: optional,
  client_id: optional,
  redirect_uri: optional,
  scope: optional,
  state: optional,
  code_challenge: optional,
  code_challenge_method: optional,
});
export type AuthorizeParams = z.infer<typeof authorizeParams>;

/** Where an answer goes back to: the verified client and redirect URI, with the app's state. */
export interface ReturnAddress {
  app: StoredApp;
  redirectUri: string;
  state?: string;
}

/** A request that passed every check: what the user is asked to approve. */
export interface AuthorizationRequest extends ReturnAddress {
  scopes: Scope[];
  challenge: string;
}

/** The verified client and redirect URI; throws the refusals the page shows (400). */
export function returnAddress(params: AuthorizeParams, oauth: OAuthState): ReturnAddress {
  const app = liveApp(oauth, params.client_id ?? "");
  if (!app) throw oauthErrors.clientNotRegistered(params.client_id ?? "");
  const sent = params.redirect_uri;
  if (sent === undefined && app.redirectUris.length === 1) return { app, redirectUri: app.redirectUris[0]!, ...(params.state !== undefined && { state: params.state }) };
  if (sent === undefined || !app.redirectUris.includes(sent)) throw oauthErrors.redirectUriNotRegistered(sent ?? "", app.redirectUris);
  return { app, redirectUri: sent, ...(params.state !== undefined && { state: params.state }) };
}

/** The checked request, or the refusal to send back to the app. */
export function checkRequest(params: AuthorizeParams, address: ReturnAddress): AuthorizationRequest | ApiError {
  if (params.response_type !== "code") return oauthErrors.responseTypeUnsupported(params.response_type ?? "");
  if (params.code_challenge_method !== "S256") {
    return oauthErrors.pkceRequired(params.code_challenge_method === undefined ? "code_challenge_method is missing" : `code_challenge_method is "${params.code_challenge_method}"`);
  }
  if (params.code_challenge === undefined || !CODE_CHALLENGE.test(params.code_challenge)) {
    return oauthErrors.pkceRequired(params.code_challenge === undefined ? "code_challenge is missing" : "code_challenge is not 43 base64url characters");
  }
  const asked = params.scope === undefined ? address.app.scopes : params.scope.split(" ").filter(Boolean);
  const notAllowed = asked.filter((s) => !address.app.scopes.includes(s as Scope) || !(scopeValues as readonly string[]).includes(s));
  if (asked.length === 0 || notAllowed.length > 0) return oauthErrors.scopeNotAllowed(notAllowed.length ? notAllowed : ["no scope"], address.app.scopes);
  return { ...address, scopes: [...new Set(asked as Scope[])], challenge: params.code_challenge };
}

/** The 302 back to the app with these parameters (and its state). */
export function backToApp(address: ReturnAddress, params: Record<string, string>, headers: Record<string, string> = {}) {
  const url = new URL(address.redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  if (address.state !== undefined) url.searchParams.set("state", address.state);
  return redirect(url.toString(), headers);
}

/** The 302 that tells the app why (RFC 6749 §4.1.2.1), with the reason header. */
export function refuseToApp(address: ReturnAddress, refusal: ApiError) {
  return backToApp(address, { error: refusal.type, error_description: refusal.message }, { [REASON_HEADER]: refusal.reason });
}
