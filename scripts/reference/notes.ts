/**
 * The few sentences the reference writes itself, keyed by what the code has (a reason, an
 * operationId, a record kind); rendering fails when one names something the code does not have.
 */

/**
 * What each X-Sandbox-Reason means, in the order the checks run (the first that fails answers);
 * `group` splits the table. Must name every SandboxReason, and nothing else.
 */
export const REASONS: { reason: string; group: "checks" | "export" | "control" | "server" | "oauth" | "other"; check: string }[] = [
  { reason: "unknown_route", group: "checks", check: "unknown path (404) or method (405, with an `Allow` header)" },
  {
    reason: "rate_limited",
    group: "checks",
    check: "a known key sent more requests in the last minute (sandbox clock) than the rate limit allows, when it is on; or forced (`rate-limited`, `X-Sandbox-Fault: status=429`)",
  },
  { reason: "credential_missing", group: "checks", check: "no Authorization header" },
  { reason: "credential_malformed", group: "checks", check: 'not `Basic base64("<key>:")`: Bearer, a raw key, no colon, a password' },
  { reason: "key_unknown", group: "checks", check: "no such key" },
  { reason: "key_revoked", group: "checks", check: "the key was deleted" },
  { reason: "key_expired", group: "checks", check: "the key expired, by the sandbox clock" },
  { reason: "token_invalid", group: "checks", check: "a Bearer JWT this sandbox did not sign, or no longer knows (reset since)" },
  { reason: "token_revoked", group: "checks", check: "the access token, or its whole grant, was revoked (a refresh token reused, the app's revocation)" },
  { reason: "app_not_installed", group: "checks", check: "the integrated key's or access token's app was uninstalled (or deleted)" },
  { reason: "token_expired", group: "checks", check: "the access token expired, by the sandbox clock (`JWT_EXPIRED`)" },
  { reason: "feature_not_enabled", group: "checks", check: "the key's company lacks the API-keys feature (on `/sandbox`: the company keys are managed for)" },
  { reason: "company_not_covered", group: "checks", check: "the company (or organisation) asked for is not covered by the key" },
  { reason: "scope_missing", group: "checks", check: "the operation's scope is not on the key" },
  {
    reason: "invalid_request",
    group: "checks",
    check: "invalid query or body, malformed JSON, wrong content type, an unknown or unforceable scenario; request headers over 16 KiB (431, HTTP server only)",
  },
  { reason: "not_found", group: "checks", check: "not found inside the companies the key covers" },
  { reason: "conflict", group: "checks", check: "clashes with existing data: a taken `externalId` or code, a record entries still use" },
  { reason: "payload_too_large", group: "checks", check: "a body over 1 MiB" },
  { reason: "export_already_in_progress", group: "export", check: "the company already has an open (pending or in_progress) export job" },
  { reason: "export_items_limit", group: "export", check: "more than 100 items in one item update" },
  { reason: "export_job_not_started", group: "export", check: "items updated on a pending job: post `started` first" },
  { reason: "export_job_finished", group: "export", check: "the job is finished" },
  { reason: "export_job_expired", group: "export", check: "the job expired: no update for 3600 s" },
  { reason: "invalid_status_change", group: "export", check: "an event the job's status does not accept" },
  { reason: "missing_contra_accounts", group: "export", check: "the company has a Pleo account without a contra account (Export v3)" },
  { reason: "unsupported_api_version", group: "export", check: "Export API v2 for a company with wallets in several currencies" },
  { reason: "not_modelled", group: "other", check: "an operation Pleo documents that the sandbox does not model (after the checks)" },
  { reason: "user_missing", group: "control", check: "no `X-Sandbox-User` header" },
  { reason: "user_unknown", group: "control", check: "no web-app user with that id or email" },
  { reason: "role_insufficient", group: "control", check: "the acting user's role (or company) does not allow it (at `/oauth/authorize`: sent back as `access_denied`)" },
  { reason: "limit_reached", group: "other", check: "the sandbox holds as many keys, subscriptions, OAuth apps or installations, or runs as many webhook deliveries, as it keeps ([limits](running-safely.md#limits))" },
  { reason: "origin_not_allowed", group: "server", check: "a browser page from an origin the server was not started with (`--cors-origin`)" },
  { reason: "host_not_allowed", group: "server", check: "`/sandbox/*` addressed to another host than the server's own (DNS rebinding)" },
  { reason: "admin_token_required", group: "server", check: "`/sandbox/*` without the admin token, on a server listening beyond loopback" },
  { reason: "request_timeout", group: "server", check: "the request's headers and body did not arrive in time (slow or stalled client)" },
  { reason: "client_unknown", group: "oauth", check: "no app has the `client_id` (the consent page shows it: nothing is sent to an unverified redirect URI)" },
  { reason: "redirect_uri_mismatch", group: "oauth", check: "a `redirect_uri` the app did not register (page), or not the one the code was issued for" },
  { reason: "consent_denied", group: "oauth", check: "the user denied (`access_denied` sent back to the app)" },
  { reason: "scope_not_allowed", group: "oauth", check: "a scope the app did not register (`invalid_scope` sent back), or a refresh asking for more than was granted" },
  { reason: "client_auth_failed", group: "oauth", check: "no client authentication, or the wrong client secret" },
  { reason: "unsupported_grant_type", group: "oauth", check: "`grant_type` is neither `authorization_code` nor `refresh_token`" },
  { reason: "code_invalid", group: "oauth", check: "a code this sandbox did not issue, or issued to another client" },
  { reason: "code_expired", group: "oauth", check: "the code is older than 10 minutes" },
  { reason: "code_reused", group: "oauth", check: "the code was exchanged before: the tokens it gave are revoked" },
  { reason: "pkce_mismatch", group: "oauth", check: "BASE64URL(SHA-256(`code_verifier`)) is not the `code_challenge`" },
  { reason: "refresh_token_invalid", group: "oauth", check: "a refresh token this sandbox did not issue to this client" },
  { reason: "refresh_token_reused", group: "oauth", check: "the refresh token was spent: its whole grant is now revoked" },
  { reason: "refresh_token_expired", group: "oauth", check: "the refresh token is older than 60 days: its whole grant is now revoked" },
  { reason: "grant_revoked", group: "oauth", check: "the refresh token's grant was revoked before" },
  { reason: "internal_error", group: "other", check: "a sandbox bug; please report it with the request" },
  { reason: "fault_injected", group: "other", check: "a fault from `X-Sandbox-Fault` or an armed fault (`POST /sandbox/faults`); 503 carries `Retry-After`" },
  { reason: "workspace_limit", group: "other", check: "`X-Sandbox-Workspace` names a new workspace while the most are alive and none is idle" },
];

/** Rules of the control plane beyond its contract, by operationId (each must be a control-plane operation). */
export const CONTROL_NOTES: Record<string, string> = {
  getSandboxWorld: "Companies come with their `features`, users with their `role`.",
  listSandboxApiKeys:
    "Name, access level, scopes, created, expires, status and an 8-character `prefix` of the secret; paged like Pleo's lists.",
  createSandboxApiKey:
    "The secret `key` is in the 201 and never again. Admins and bookkeepers only; the company needs `api-keys`; " +
    "expiry in the future; scopes from the catalogue; organisation-level keys by organisation admins only.",
  deleteSandboxApiKey: "The key is refused (401 `key_revoked`) from then on.",
  sendSandboxTestEvent:
    "Acting as an admin or bookkeeper of the company (or an organisation admin of its organisation). " +
    "See [the webhooks guide](webhooks.md#sending-an-event-now-post-sandboxwebhookstest).",
  setSandboxClock: "`now` jumps (also backwards); `advanceSeconds` moves forward.",
  armScenario: "With neither `keyId` nor `companyId` it applies to every Pleo operation. See [make it fail](make-it-fail.md).",
  armFault: "`fault` as in `X-Sandbox-Fault`. See [make it fail](make-it-fail.md).",
  setSandboxRateLimit: "Off by default in-process (`createSandbox`), on by default over HTTP (`npm start`, `startServer`).",
  listSandboxRequests: "Filters `keyId`, `path`, `method`, `status`, `kind`; at most 1,000 entries kept by default.",
  armWebhookChaos: "See [make it fail](make-it-fail.md#webhooks-twice-out-of-order-late-retried).",
  listSandboxWorkspaces: "See [workspaces](workspaces.md).",
};

export const RESOURCE_NAMES: Record<string, string> = {
  employee: "the employee",
  accountingEntry: "the accounting entry",
  exportJob: "the export job",
  tagGroup: "the tag group",
  tag: "the tag's group",
  taxCode: "the tax code",
  account: "the account",
  vendor: "the vendor",
};
