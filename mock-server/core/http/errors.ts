/**
 * Every refusal the sandbox can give: status, Pleo's `type`, the `X-Sandbox-Reason` and a message
 * that says what was sent, what was expected and how to fix it. Tests import these builders instead
 * of copying strings.
 */
import { errorPage } from "./html.ts";
import { html, json, type SandboxResponse } from "./http.ts";
import { LIMITS } from "./limits.ts";
import type { SandboxReason } from "../../openapi/types.ts";

/** A refusal, before it is turned into a response. Thrown anywhere in the pipeline; `handle` answers it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly reason: SandboxReason,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const REASON_HEADER = "x-sandbox-reason";

const BASIC_HOWTO =
  'Send the key as the HTTP Basic username with an empty password: Authorization: Basic base64("<key>:") (curl: -u "<key>:").';
const NEW_KEY_HOWTO = "Create a new key in Settings > API Keys (POST /sandbox/api-keys).";

function error(status: number, type: string, reason: SandboxReason, message: string, headers?: Record<string, string>): ApiError {
  return new ApiError(status, type, reason, message, headers);
}

/** Type guard for values thrown or returned as refusals. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/**
 * How an operation writes its refusals (sandbox.yaml's `x-sandbox-errors`): Pleo's `{type, message}`,
 * RFC 6749's `{error, error_description}` (the token endpoint), or an HTML page (the consent page).
 */
export type ErrorShape = "pleo" | "oauth" | "page";

/** RFC 6749's error codes; any other refusal on an OAuth endpoint is an `invalid_request`. */
const OAUTH_ERROR_CODES = new Set(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"]);

/**
 * The response for a refusal, in the operation's shape, plus the reason header; the message is never
 * longer than LIMITS.messageChars.
 */
export function errorResponse(err: ApiError, shape: ErrorShape = "pleo"): SandboxResponse {
  const message = err.message.length > LIMITS.messageChars ? `${err.message.slice(0, LIMITS.messageChars)}… (cut)` : err.message;
  const headers = { [REASON_HEADER]: err.reason, ...err.headers };
  if (shape === "oauth") {
    const error = OAUTH_ERROR_CODES.has(err.type) ? err.type : "invalid_request";
    return json(err.status, { error, error_description: message }, { "cache-control": "no-store", ...headers });
  }
  if (shape === "page") return html(err.status, errorPage(err.type, err.reason, message), headers);
  return json(err.status, { type: err.type, message }, headers);
}

/** Authorization schemes a message may name; anything else sent as a scheme could be a pasted secret. */
const KNOWN_SCHEMES = ["Digest", "Token", "Negotiate", "NTLM", "HOBA", "Mutual", "AWS4-HMAC-SHA256", "ApiKey", "Key", "OAuth", "DPoP", "VAPID", "SCRAM-SHA-256"];

/** A path as a message repeats it: cut, so a long path cannot make a long answer. */
function pathShown(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export const errors = {
  unknownRoute: (method: string, path: string) =>
    error(404, "NOT_FOUND", "unknown_route", `Nothing is served at ${method.slice(0, 20)} ${pathShown(path)}. The README lists every operation the sandbox serves.`),

  methodNotAllowed: (method: string, path: string, allowed: string[]) =>
    error(405, "METHOD_NOT_ALLOWED", "unknown_route", `${method.slice(0, 20)} is not allowed on ${pathShown(path)}; use ${allowed.join(" or ")}.`, { allow: allowed.join(", ") }),

  credentialMissing: () =>
    error(401, "UNAUTHORIZED", "credential_missing", `No Authorization header was sent. ${BASIC_HOWTO}`),

  credentialBearer: () =>
    error(401, "UNAUTHORIZED", "credential_malformed",
      `The Authorization header uses the Bearer scheme, which is for OAuth access tokens (JWTs), not API keys. ${BASIC_HOWTO}`),

  credentialScheme: (scheme: string) => {
    const known = KNOWN_SCHEMES.find((name) => name.toLowerCase() === String(scheme).toLowerCase());
    const what = known ? `The Authorization scheme "${known}" is not supported.` : "The Authorization header does not start with the Basic scheme (what it sent is not repeated, in case it was a secret).";
    return error(401, "UNAUTHORIZED", "credential_malformed", `${what} ${BASIC_HOWTO}`);
  },

  credentialNotBase64: () =>
    error(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential is not base64. It looks like the raw key was sent; encode "<key>:" (the key and a colon) first. ${BASIC_HOWTO}`),

  credentialNoColon: () =>
    error(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential decodes to a value without a colon. Encode the key followed by a colon (an empty password). ${BASIC_HOWTO}`),

  credentialPassword: () =>
    error(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential has a password. API keys go in the username; leave the password empty. ${BASIC_HOWTO}`),

  /** `prefix`: the recognisable start of a key-shaped secret (as the key list shows it), or undefined to name nothing. */
  keyUnknown: (prefix: string | undefined) =>
    error(401, "UNAUTHORIZED", "key_unknown",
      `No API key matches the one sent${prefix === undefined ? " (it does not look like a sandbox key, pls_ and 40 letters and digits)" : ` (starting "${prefix}")`}. Check that the whole key was copied; a key works only in the environment it was created in, and a lost key cannot be shown again. ${NEW_KEY_HOWTO}`),

  keyRevoked: (name: string, deletedAt: string) =>
    error(401, "UNAUTHORIZED", "key_revoked",
      `The API key "${name}" was deleted at ${deletedAt}. Deleted keys cannot be restored. ${NEW_KEY_HOWTO}`),

  keyExpired: (expiresAt: string) =>
    error(401, "UNAUTHORIZED", "key_expired",
      `This API key expired at ${expiresAt}. ${NEW_KEY_HOWTO} Keys cannot be renewed.`),

  featureNotEnabled: (companyName: string, companyId: string) =>
    error(403, "FEATURE_NOT_ENABLED", "feature_not_enabled",
      `API keys are not enabled for company "${companyName}" (${companyId}). Access is decided during onboarding; ask your Pleo contact to enable API keys.`),

  companyNotCovered: (sent: string, coverage: string, parameter: string) =>
    error(403, "ACCESS_DENIED", "company_not_covered",
      `This key's access level is ${coverage}; it does not cover ${sent}. Send a ${parameter} the key covers (GET /v1/installations/me tells yours), or use an organisation-level key.`),

  scopeMissing: (scope: string, held: string[]) =>
    error(403, "ACCESS_DENIED", "scope_missing",
      `Missing scope ${scope}. This key has: ${held.join(", ") || "no scopes"}. Scopes cannot be edited: create a new key with ${scope} ticked.`),

  invalidRequest: (detail: string) => error(400, "VALIDATION_FAILED", "invalid_request", detail),

  /** The header's value is not repeated: a pasted secret must not come back. */
  unknownScenario: (_sent: string, valid: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `X-Sandbox-Scenario names no scenario of this sandbox (the value sent is not repeated, in case it was a secret). Valid ids: ${valid.join(", ")}.`),

  scenarioNotForceable: (sent: string, valid: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `Scenario "${sent}" comes from the sandbox's state (see its setup steps in scenarios/${sent}.json), so X-Sandbox-Scenario cannot force it. Forceable ids: ${valid.join(", ")}.`),

  payloadTooLarge: () =>
    error(413, "PAYLOAD_TOO_LARGE", "payload_too_large", "The request body is larger than 1 MiB, the most the sandbox reads."),

  headersTooLarge: () =>
    error(431, "VALIDATION_FAILED", "invalid_request", "The request headers are larger than the server accepts (16 KiB). Check for an oversized Authorization or Cookie header."),

  unreadableRequest: (detail: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request", `The request could not be parsed as HTTP: ${detail}.`),

  internal: (cause: unknown) =>
    error(500, "INTERNAL_ERROR", "internal_error",
      `The sandbox failed unexpectedly: ${cause instanceof Error ? cause.message : String(cause)}. This is a sandbox bug; please report it with the request that caused it.`),

  companyRequired: (accepted: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `This organisation-level key covers several companies, so the request must say which: send ${accepted}. GET /v1/companies lists the companies the key covers.`),

  exportNotFound: (jobId: string) =>
    error(404, "EXPORT_NOT_FOUND", "not_found", `No export job with id ${jobId} in the companies this key covers. GET /v3/export-jobs lists them.`),

  exportAlreadyInProgress: (jobId: string, status: string, expiresAt: string) =>
    error(409, "EXPORT_ALREADY_IN_PROGRESS", "export_already_in_progress",
      `Export job ${jobId} is still ${status} for this company, and a company has one open export at a time. Finish it (POST /v3/export-job-events with completed, completed_with_errors or failed) or let it expire (at ${expiresAt}), then create the new job.`),

  exportItemsLimit: (sent: number) =>
    error(413, "EXPORT_JOB_ITEMS_UPDATE_LIMIT", "export_items_limit",
      `The body updates ${sent} items; at most 100 items can be updated per request. Send them in batches of 100.`),

  exportJobFinished: (jobId: string, status: string) =>
    error(422, "EXPORT_JOB_STATUS_UNPROCESSABLE", "export_job_finished",
      `Export job ${jobId} is finished (${status}) and can no longer be processed. Only pending and in_progress jobs can be; GET /v3/export-jobs?statuses=pending finds the next one.`),

  exportJobExpired: (type: "EXPORT_JOB_STATUS_UNPROCESSABLE" | "INVALID_EXPORT_JOB_STATUS_CHANGE", jobId: string, expiredAt: string, lastUpdatedAt: string) =>
    error(422, type, "export_job_expired",
      `Export job ${jobId} expired at ${expiredAt}, an hour after its last update (${lastUpdatedAt}), and is now failed (job_expired). Its entries can be exported again in a new job. Keep a job alive by updating it at least once an hour.`),

  exportJobNotStarted: (jobId: string) =>
    error(422, "EXPORT_JOB_STATUS_UNPROCESSABLE", "export_job_not_started",
      `Export job ${jobId} is pending: claim it first with POST /v3/export-job-events {"jobId": "${jobId}", "event": "started"}, then update its items.`),

  invalidStatusChange: (jobId: string, status: string, event: string, allowed: string) =>
    error(422, "INVALID_EXPORT_JOB_STATUS_CHANGE", "invalid_status_change",
      `Export job ${jobId} is ${status}; the event "${event}" cannot apply to it. ${allowed}`),

  installationNotFound: (companyId: string) =>
    error(404, "INSTALLATION_NOT_FOUND", "not_found",
      `This key's installation in company ${companyId} was deleted (DELETE /v1/installations/me). Create it again with POST /v1/installations/me.`),

  notFound: (type: string, what: string, id: string) =>
    error(404, type, "not_found", `No ${what} with id ${id} in the companies this key covers.`),

  companyOrOrganisationRequired: () =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      "Send company_id (one company's tag groups) or organization_id (every company of the organisation); neither was sent."),

  companyMismatch: (what: string, id: string, owner: string, sent: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `The body's companyId ${sent} is not the company of ${what} ${id}, which belongs to ${owner}. A ${what} cannot move between companies; send companyId ${owner}.`),

  unknownTaxCodeExternalId: (sent: string, companyId: string, known: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `taxCodeExternalId "${sent}" is not the code of any tax code of company ${companyId}; known codes: ${known.join(", ") || "none"}. Create the tax code first (POST /v0/tax-codes) or send one of those.`),

  externalIdTaken: (externalId: string, companyId: string, existingId: string) =>
    error(409, "EXTERNAL_ID_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has account ${existingId} with externalId "${externalId}", holding different values. Update it with PUT /v1/chart-of-accounts/${existingId}, or send the same values to get it back with 200.`),

  vendorExists: (externalId: string, companyId: string, existingId: string) =>
    error(409, "VENDOR_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has vendor ${existingId} with externalId "${externalId}". Update it with PUT /v1/vendors/${existingId} instead of creating it again.`),

  vendorUpdateConflict: (externalId: string, otherId: string) =>
    error(409, "CONFLICTING_VENDOR_UPDATE", "conflict",
      `externalId "${externalId}" already belongs to vendor ${otherId} of the same company. Each vendor's externalId is unique within its company.`),

  tagCodeTaken: (code: string, groupId: string, existingId: string) =>
    error(409, "TAG_ALREADY_EXISTS", "conflict",
      `Tag group ${groupId} already has tag ${existingId} with code "${code}". Codes are unique within a tag group; update that tag with PUT /v0/tags/${existingId} or pick another code.`),

  tagGroupCodeTaken: (code: string, companyId: string, existingId: string) =>
    error(409, "TAG_GROUP_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has tag group ${existingId} with code "${code}". Codes are unique within a company; update that group with PUT /v0/tag-groups/${existingId} or pick another code.`),

  dimensionNotFound: (dimensionId: string, groupId: string) =>
    error(404, "TAG_GROUP_DIMENSION_NOT_FOUND", "not_found",
      `Tag group ${groupId} has no dimension with id ${dimensionId}. GET /v0/tag-groups/${groupId}/dimensions lists its dimensions.`),

  dimensionCodeTaken: (code: string, groupId: string, existingId: string) =>
    error(409, "TAG_GROUP_DIMENSION_ALREADY_EXISTS", "conflict",
      `Tag group ${groupId} already has dimension ${existingId} with code "${code}". Codes are unique within a tag group; update that dimension with PUT /v0/tag-groups/${groupId}/dimensions/${existingId} or pick another code.`),

  dimensionValueNotFound: (tagId: string, dimensionId: string) =>
    error(404, "TAG_DIMENSION_VALUE_NOT_FOUND", "not_found",
      `Tag ${tagId} has no value for dimension ${dimensionId}. Give it one with POST /v0/tags/${tagId}/dimensions/${dimensionId}.`),

  dimensionValueExists: (tagId: string, dimensionId: string) =>
    error(409, "TAG_DIMENSION_VALUE_ALREADY_EXISTS", "conflict",
      `Tag ${tagId} already has a value for dimension ${dimensionId} (a tag gets an empty one for every dimension its group has when it is created). Change it with PUT /v0/tags/${tagId}/dimensions/${dimensionId}.`),

  tagsNotFound: (ids: string[], companyId: string) =>
    error(404, "TAG_NOT_FOUND", "not_found",
      `No tag with id ${ids.join(", ")} in company ${companyId}, so no tag was changed. Send only ids of that company's tags (POST /v0/tags:search lists them).`),

  tagsInUse: (used: { id: string; entries: number }[]) =>
    error(409, "RESOURCE_IN_USE", "conflict",
      `Accounting entries use ${used.map((u) => `tag ${u.id} (${u.entries} ${u.entries === 1 ? "entry" : "entries"})`).join(", ")}, so no tag was deleted. Archive those instead (POST /v0/tags/archive with "archived": true) and delete the others without them.`),

  inUse: (what: string, id: string, entries: number, archiveWith: string) =>
    error(409, "RESOURCE_IN_USE", "conflict",
      `${what} ${id} is used by ${entries} accounting ${entries === 1 ? "entry" : "entries"}, so it cannot be deleted. Archive it instead (${archiveWith} with "archived": true).`),

  subscriptionNotFound: (id: string, owner: string) =>
    error(404, "SUBSCRIPTION_NOT_FOUND", "not_found",
      `No subscription with id ${id} is registered for ${owner}, the key's access level. Subscriptions belong to the company (or organisation) whose key created them; GET /v1/subscriptions lists yours.`),

  subscriptionInactive: (id: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `Subscription ${id} is INACTIVE, so it receives no events. Set "status": "ACTIVE" with PUT /v1/subscriptions/${id} first.`),

  subscriptionLacksEventType: (id: string, sent: string, listed: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `Subscription ${id} does not subscribe to ${sent}; it lists ${listed.join(", ")}. Send one of those as eventType, or omit it.`),

  userMissing: () =>
    error(401, "UNAUTHORIZED", "user_missing",
      "No X-Sandbox-User header was sent. Name the acting web-app user by id or email (GET /sandbox/world lists them)."),

  /** The header's value is not repeated: a pasted secret must not come back. */
  userUnknown: (_sent: string) =>
    error(401, "UNAUTHORIZED", "user_unknown",
      "X-Sandbox-User names no web-app user by id or email (the value sent is not repeated, in case it was a secret). GET /sandbox/world lists the users by id and email."),

  roleInsufficient: (detail: string) => error(403, "ACCESS_DENIED", "role_insufficient", detail),

  keyManagementFeature: (companyName: string, companyId: string) =>
    error(403, "FEATURE_NOT_ENABLED", "feature_not_enabled",
      `API keys are not enabled for company "${companyName}" (${companyId}), so Settings > API Keys is not shown there. Access is decided during onboarding.`),

  companyOrOrganisationFor: (what: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `Send company_id (one company's ${what}) or organization_id (every company of the organisation); neither was sent, and Gjoll requires one even from a company-level key. GET /v1/installations/me tells the key's company.`),
  notModelled: (method: string, path: string, operationId: string) =>
    error(501, "NOT_IMPLEMENTED", "not_modelled",
      `The sandbox does not model ${method} ${path} (operationId ${operationId}). Pleo documents it, and the key passed every check, but the sandbox cannot simulate it offline; docs/differences.md ("Operations the sandbox does not model") says why.`),
  missingContraAccounts: (companyName: string, companyId: string, unmapped: string[]) =>
    error(400, "MISSING_CONTRA_ACCOUNTS", "missing_contra_accounts",
      `Contra accounts are not fully configured for company "${companyName}" (${companyId}): ${unmapped.join(", ")} ${unmapped.length === 1 ? "has" : "have"} no contra account in the ERP. Map every Pleo account to a contra account in the Accounting settings, then export again.`),

  unsupportedApiVersion: (companyName: string, companyId: string, currencies: string[]) =>
    error(400, "UNSUPPORTED_API_VERSION", "unsupported_api_version",
      `Upgrade to Export API v3 or higher: company "${companyName}" (${companyId}) has wallets in several currencies (${currencies.join(", ")}), which Export API v2 cannot export. Use the same call under /v3.`),
  exportEntryNotFound: (accountingEntryId: string) =>
    error(404, "EXPORT_ENTRY_NOT_FOUND", "not_found",
      `Accounting entry ${accountingEntryId} is in no export job of the companies this key covers. Entries get an item when a job exports them (POST /v3/export-jobs).`),

  /** A per-sandbox cap (http/limits.ts) was reached; `advice` says what frees room. */
  limitReached: (what: string, limit: number, advice: string) =>
    error(409, "LIMIT_REACHED", "limit_reached", `This sandbox already holds ${limit} ${what}, the most it keeps. ${advice}`),

  deliveriesBusy: (pending: number, needed: number, limit: number) =>
    error(429, "TOO_MANY_REQUESTS", "limit_reached",
      `${pending} webhook deliveries are still pending and this event needs ${needed} more; the sandbox runs at most ${limit} at a time. Try again when they have finished (see each subscription's DELIVERY activities).`,
      { "retry-after": "5" }),

  clockOutOfRange: (earliest: string, latest: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `The sandbox clock can be set between ${earliest} and ${latest}; this change would move it outside that range, so the clock was not changed.`),

  originNotAllowed: () =>
    error(403, "ACCESS_DENIED", "origin_not_allowed",
      "This server answers browser pages only from the origins it was started with (the guide's, and those given with --cors-origin); the page's origin is not one of them. Start the sandbox with --cors-origin <origin> to allow it."),

  hostNotAllowed: (expected: string[]) =>
    error(403, "ACCESS_DENIED", "host_not_allowed",
      `The control plane answers only requests addressed to this server itself (Host ${expected.join(" or ")}); this one named another host, as a page using DNS rebinding would. Call the sandbox by its own address.`),

  adminTokenMissing: () =>
    error(401, "UNAUTHORIZED", "admin_token_required",
      "This sandbox listens beyond loopback, so /sandbox/* needs its admin token: Authorization: Bearer <token> (printed when the sandbox started, or given with --admin-token)."),

  adminTokenWrong: () =>
    error(401, "UNAUTHORIZED", "admin_token_required",
      "The admin token sent is not this sandbox's. Send the one printed when the sandbox started (or given with --admin-token) as Authorization: Bearer <token>."),

  requestTimeout: (headersSeconds: number, requestSeconds: number) =>
    error(408, "REQUEST_TIMEOUT", "request_timeout",
      `The request did not arrive in time (headers within ${headersSeconds} s, all of it within ${requestSeconds} s), so the server stopped waiting. Send the whole request at once.`),

  expectationFailed: () =>
    error(417, "EXPECTATION_FAILED", "invalid_request",
      "The request's Expect header asks for something the sandbox does not do; only Expect: 100-continue is understood. Send the request without it."),

  notAProxy: () =>
    error(405, "METHOD_NOT_ALLOWED", "unknown_route", "The sandbox is not a proxy: CONNECT is not supported. Send requests to its own paths (the README lists them)."),

  stateNotSaved: (cause: unknown) =>
    error(500, "INTERNAL_ERROR", "internal_error",
      `The change was made but could not be saved (${cause instanceof Error ? cause.message : String(cause)}), so it may be lost on restart. Check the state file's disk and permissions.`),

  rateLimited: (limit: number, retryAfterSeconds: number) =>
    error(429, "TOO_MANY_REQUESTS", "rate_limited",
      `Rate limit exceeded: this key has sent ${limit} requests in the last 60 seconds, the most allowed per key (Pleo allows 600 a minute and advises staying under 500). Wait ${retryAfterSeconds} s, as Retry-After says, then retry; pace requests to stay under the limit.`,
      { "retry-after": String(retryAfterSeconds) }),

  faultInternal: () =>
    error(500, "INTERNAL_SERVER_ERROR", "fault_injected", "Pleo failed to process the request (a fault injected by the sandbox: status=500). Retry later with backoff."),

  faultBadGateway: () =>
    error(502, "BAD_GATEWAY", "fault_injected", "Pleo's gateway got no valid answer from the service behind it (a fault injected by the sandbox: status=502). Retry later with backoff."),

  faultUnavailable: (retryAfterSeconds: number) =>
    error(503, "SERVICE_UNAVAILABLE", "fault_injected",
      `Pleo is temporarily unavailable (a fault injected by the sandbox: status=503). The request can be retried: wait ${retryAfterSeconds} s, as Retry-After says.`,
      { "retry-after": String(retryAfterSeconds) }),

  faultGatewayTimeout: () =>
    error(504, "GATEWAY_TIMEOUT", "fault_injected", "Pleo's gateway timed out waiting for the service behind it (a fault injected by the sandbox: status=504). Retry later with backoff."),

  faultReset: () =>
    error(502, "CONNECTION_RESET", "fault_injected",
      "X-Sandbox-Fault reset: over HTTP the connection is dropped without an answer, and in MSW the request fails with a network error. This body is only what a caller of handle() itself sees."),

  faultTimeout: () =>
    error(504, "NO_ANSWER", "fault_injected",
      "X-Sandbox-Fault timeout: over HTTP and in MSW no answer comes (until the client gives up, or the sandbox drops the connection after 2 minutes). This body is only what a caller of handle() itself sees."),

  invalidFault: (where: string, sent: string, problem: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `${where} "${sent}" is not a fault: ${problem}. Write latency=<n>ms (up to 120000), status=<code> (429, 500, 502, 503 or 504), reset or timeout; latency may be combined with one of the others, comma-separated (latency=800ms,status=503).`),

  armedUnknownScenario: (sent: string, valid: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request", `scenario: no scenario "${sent}". Forceable ids (GET /sandbox/scenarios): ${valid.join(", ")}.`),

  armedScenarioNotForceable: (sent: string, valid: string[]) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `scenario: "${sent}" comes from the sandbox's state (see its setup steps in scenarios/${sent}.json), so it cannot be armed. Forceable ids: ${valid.join(", ")}.`),

  armedLimit: (what: string, max: number) =>
    error(400, "VALIDATION_FAILED", "invalid_request", `At most ${max} ${what} can be armed at once. Disarm some first (DELETE disarms them all).`),

  armedNotFound: (what: string, id: string, listWith: string) =>
    error(404, "NOT_FOUND", "not_found", `No armed ${what} with id ${id}: it was disarmed, used up, or reset away. ${listWith} lists what is armed.`),

  eventNotFound: (eventId: string) =>
    error(404, "EVENT_NOT_FOUND", "not_found",
      `No webhook event ${eventId} in this sandbox's memory: it keeps the last 100 events (a reset forgets them). Use the eventId of a delivery (the body's eventId, or GET /sandbox/requests?kind=webhook).`),

  workspaceName: (sent: string) =>
    error(400, "VALIDATION_FAILED", "invalid_request",
      `X-Sandbox-Workspace "${sent.slice(0, 80)}" is not a workspace name: use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit (e.g. the CI job's id).`),

  workspaceLimit: (max: number, retryAfterSeconds: number) =>
    error(503, "WORKSPACE_LIMIT_REACHED", "workspace_limit",
      `This sandbox already holds ${max} workspaces, its limit, and none has been idle long enough to drop. Retry in ${retryAfterSeconds} s (Retry-After), delete finished ones (DELETE /sandbox/workspaces/{name}), or run a sandbox of your own.`,
      { "retry-after": String(retryAfterSeconds) }),

  workspaceNotFound: (name: string) =>
    error(404, "NOT_FOUND", "not_found", `No workspace "${name}" is alive (never used, deleted, or dropped after being idle). GET /sandbox/workspaces lists them.`),
} satisfies Record<string, (...args: never[]) => ApiError>;
