/**
 * The refusals OAuth brings: those of a Bearer token (or an integrated key) on Pleo's operations, in
 * Pleo's `{type, message}`, and those of the authorization server, whose `type` is RFC 6749's error
 * code (`/oauth/token` writes them as `{error, error_description}`, the consent page as a page).
 * Builders of redirect errors have status 302: the authorization endpoint sends them back to the app.
 */
import { ApiError } from "../api-error.ts";
import type { SandboxReason, Schemas } from "../../../openapi/types.ts";

const TOKEN_HOWTO = "Get an access token from POST /oauth/token and send it as Authorization: Bearer <access_token>.";
const INSTALL_HOWTO = "An admin installs the app again: the OAuth consent (GET /oauth/authorize), or POST /sandbox/installations for an integrated key.";

/** What a 401 to a client that sent Basic must carry (RFC 6749 §5.2). */
const BASIC_CHALLENGE = { "www-authenticate": 'Basic realm="pleo-sandbox"' };

const error = (status: number, type: string, reason: SandboxReason, message: string, headers?: Record<string, string>) =>
  new ApiError(status, type, reason, message, headers);

/** A refusal the authorization endpoint sends back to the app: its `error` is one sandbox.yaml lists. */
const backToApp = (type: Schemas["AuthorizationErrorCode"], reason: SandboxReason, message: string): ApiError => error(302, type, reason, message);

export const oauthErrors = {
  tokenInvalid: (problem: string) =>
    error(401, "UNAUTHORIZED", "token_invalid", `The Bearer token is not an access token this sandbox issued: ${problem}. ${TOKEN_HOWTO} An API key goes in Basic instead (curl -u "<key>:").`),

  tokenExpired: (expiredAt: string) =>
    error(401, "JWT_EXPIRED", "token_expired",
      `JWT is expired: this access token expired at ${expiredAt} by the sandbox clock. Get a new one with POST /oauth/token grant_type=refresh_token (which also gives a new refresh token); access tokens live 15 minutes.`),

  tokenRevoked: (revokedAt: string, because: string) =>
    error(401, "UNAUTHORIZED", "token_revoked", `This access token was revoked at ${revokedAt}: ${because}. The user must authorize the app again (GET /oauth/authorize).`),

  appNotInstalled: (appName: string, resource: string, removedAt: string, credential: string) =>
    error(401, "UNAUTHORIZED", "app_not_installed",
      `The app "${appName}" is no longer installed for ${resource} (uninstalled at ${removedAt}), so its ${credential} no longer works. ${INSTALL_HOWTO}`),

  appScopeMissing: (scope: string, held: string[], appName: string, credential: string) =>
    error(403, "ACCESS_DENIED", "scope_missing",
      `Missing scope ${scope}. This ${credential} of the app "${appName}" was granted: ${held.join(", ") || "no scopes"}. Ask for ${scope} when the user authorizes the app (scope=...), or have an admin install it again approving ${scope}; the app must have registered the scope.`),

  appCompanyNotCovered: (sent: string, coverage: string, parameter: string, credential: string) =>
    error(403, "ACCESS_DENIED", "company_not_covered",
      `This ${credential} acts for ${coverage}; it does not cover ${sent}. Send a ${parameter} it covers (GET /v1/introspect tells which), or install the app there too.`),

  // The authorization endpoint: refusals it cannot send back to the app (a page, RFC 6749 §4.1.2.1).
  clientNotRegistered: (clientId: string) =>
    error(400, "invalid_client", "client_unknown",
      clientId === "" ? "The request has no client_id. Send the client_id the app was registered with." : `No OAuth app has the client_id "${clientId}" (it may have been deleted). Register one with POST /sandbox/oauth-apps; GET /sandbox/oauth-apps lists them.`),

  redirectUriNotRegistered: (sent: string, registered: string[]) =>
    error(400, "invalid_request", "redirect_uri_mismatch",
      sent === ""
        ? `The request has no redirect_uri and the app registered several (${registered.join(", ")}); send one of them.`
        : `The redirect_uri "${sent}" is not one the app registered (${registered.join(", ")}). Redirect URIs are compared exactly: scheme, host, port, path and query.`),

  consentHeader: (sent: string) =>
    error(400, "invalid_request", "invalid_request",
      `The decision (X-Sandbox-Consent, or the consent page's consent field) must be approve or deny; got "${sent}". Leave the header out to get the consent page.`),

  // The authorization endpoint: refusals sent back to the app's redirect_uri.
  responseTypeUnsupported: (sent: string) =>
    backToApp("unsupported_response_type", "invalid_request", `response_type must be code (the Authorization Code flow); got "${sent}".`),

  pkceRequired: (problem: string) =>
    backToApp("invalid_request", "invalid_request", `PKCE is required, with S256 only: ${problem}. Send code_challenge=BASE64URL(SHA-256(code_verifier)) and code_challenge_method=S256.`),

  scopeNotAllowed: (asked: string[], allowed: string[]) =>
    backToApp("invalid_scope", "scope_not_allowed",
      `The app asks for ${asked.join(", ")}, which it did not register (or which is no scope); it may ask for: ${allowed.join(", ")}.`),

  consentDenied: (userName: string) =>
    backToApp("access_denied", "consent_denied", `${userName} denied the app access.`),

  consentNotAllowed: (detail: string) => backToApp("access_denied", "role_insufficient", detail),

  // The token endpoint (RFC 6749 §5.2).
  clientUnknown: (clientId: string, basic: boolean) =>
    error(401, "invalid_client", "client_unknown", `No OAuth app has the client_id "${clientId}" (it may have been deleted).`, basic ? BASIC_CHALLENGE : undefined),

  clientAuthFailed: (detail: string, basic: boolean) =>
    error(401, "invalid_client", "client_auth_failed", `${detail} Authenticate with Authorization: Basic base64(client_id:client_secret), or send client_id and client_secret in the body.`,
      basic ? BASIC_CHALLENGE : undefined),

  unsupportedGrantType: (sent: string) =>
    error(400, "unsupported_grant_type", "unsupported_grant_type", `grant_type "${sent}" is not supported; use authorization_code or refresh_token.`),

  codeInvalid: (detail: string) => error(400, "invalid_grant", "code_invalid", detail),

  codeExpired: (expiredAt: string) =>
    error(400, "invalid_grant", "code_expired", `The authorization code expired at ${expiredAt}; codes live 10 minutes. Send the user through GET /oauth/authorize again.`),

  codeReused: (usedAt: string) =>
    error(400, "invalid_grant", "code_reused",
      `The authorization code was already exchanged at ${usedAt}; a code works once. The tokens issued for it are now revoked, as RFC 6749 §4.1.2 asks. Send the user through GET /oauth/authorize again.`),

  redirectUriDiffers: (sent: string, expected: string) =>
    error(400, "invalid_grant", "redirect_uri_mismatch", `redirect_uri "${sent}" is not the one the code was issued for ("${expected}"); send exactly the same value.`),

  pkceMismatch: () =>
    error(400, "invalid_grant", "pkce_mismatch",
      "The code_verifier does not match the code_challenge sent to GET /oauth/authorize: BASE64URL(SHA-256(code_verifier)) must equal it. Send the verifier made with that challenge."),

  refreshTokenInvalid: () =>
    error(400, "invalid_grant", "refresh_token_invalid", "The refresh token is not one this sandbox issued to this app (or it was reset since)."),

  refreshTokenExpired: (expiredAt: string) =>
    error(400, "invalid_grant", "refresh_token_expired",
      `The refresh token expired at ${expiredAt} (they live 60 days). Every token of its grant is now revoked; send the user through GET /oauth/authorize again.`),

  refreshTokenReused: (spentAt: string) =>
    error(400, "invalid_grant", "refresh_token_reused",
      `The refresh token was already used at ${spentAt}; each refresh gives a new one. Sending a spent token again revokes every token of its grant, so this grant is now revoked: send the user through GET /oauth/authorize again. Store the new refresh token each time, and refresh once at a time.`),

  grantRevoked: (revokedAt: string, because: string) =>
    error(400, "invalid_grant", "grant_revoked", `The grant was revoked at ${revokedAt}: ${because}. Send the user through GET /oauth/authorize again.`),

  scopeWidened: (asked: string[], granted: string[]) =>
    error(400, "invalid_scope", "scope_not_allowed", `A refresh may narrow the scopes, not widen them: ${asked.join(", ")} is not among the granted ${granted.join(", ")}.`),
} satisfies Record<string, (...args: never[]) => ApiError>;
