/** Refusals of the request itself: unknown routes, bad input, limits at the edge, protocol edges, operations not modelled. */
import { refusal } from "../api-error.ts";

/** A path as a message repeats it: cut, so a long path cannot make a long answer. */
function pathShown(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export const requestRefusals = {
  unknownRoute: (method: string, path: string) =>
    refusal(404, "NOT_FOUND", "unknown_route", `Nothing is served at ${method.slice(0, 20)} ${pathShown(path)}. The README lists every operation the sandbox serves.`),

  methodNotAllowed: (method: string, path: string, allowed: string[]) =>
    refusal(405, "METHOD_NOT_ALLOWED", "unknown_route", `${method.slice(0, 20)} is not allowed on ${pathShown(path)}; use ${allowed.join(" or ")}.`, { allow: allowed.join(", ") }),

  invalidRequest: (detail: string) => refusal(400, "VALIDATION_FAILED", "invalid_request", detail),

  /** The header's value is not repeated: a pasted secret must not come back. */
  unknownScenario: (_sent: string, valid: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `X-Sandbox-Scenario names no scenario of this sandbox (the value sent is not repeated, in case it was a secret). Valid ids: ${valid.join(", ")}.`),

  scenarioNotForceable: (sent: string, valid: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `Scenario "${sent}" comes from the sandbox's state (see its setup steps in scenarios/${sent}.json), so X-Sandbox-Scenario cannot force it. Forceable ids: ${valid.join(", ")}.`),

  payloadTooLarge: () =>
    refusal(413, "PAYLOAD_TOO_LARGE", "payload_too_large", "The request body is larger than 1 MiB, the most the sandbox reads."),

  headersTooLarge: () =>
    refusal(431, "VALIDATION_FAILED", "invalid_request", "The request headers are larger than the server accepts (16 KiB). Check for an oversized Authorization or Cookie header."),

  unreadableRequest: (detail: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request", `The request could not be parsed as HTTP: ${detail}.`),

  internal: (cause: unknown) =>
    refusal(500, "INTERNAL_ERROR", "internal_error",
      `The sandbox failed unexpectedly: ${cause instanceof Error ? cause.message : String(cause)}. This is a sandbox bug; please report it with the request that caused it.`),

  requestTimeout: (headersSeconds: number, requestSeconds: number) =>
    refusal(408, "REQUEST_TIMEOUT", "request_timeout",
      `The request did not arrive in time (headers within ${headersSeconds} s, all of it within ${requestSeconds} s), so the server stopped waiting. Send the whole request at once.`),

  expectationFailed: () =>
    refusal(417, "EXPECTATION_FAILED", "invalid_request",
      "The request's Expect header asks for something the sandbox does not do; only Expect: 100-continue is understood. Send the request without it."),

  notAProxy: () =>
    refusal(405, "METHOD_NOT_ALLOWED", "unknown_route", "The sandbox is not a proxy: CONNECT is not supported. Send requests to its own paths (the README lists them)."),

  stateNotSaved: (cause: unknown) =>
    refusal(500, "INTERNAL_ERROR", "internal_error",
      `The change was made but could not be saved (${cause instanceof Error ? cause.message : String(cause)}), so it may be lost on restart. Check the state file's disk and permissions.`),

  notModelled: (method: string, path: string, operationId: string) =>
    refusal(501, "NOT_IMPLEMENTED", "not_modelled",
      `The sandbox does not model ${method} ${path} (operationId ${operationId}). Pleo documents it, and the key passed every check, but the sandbox cannot simulate it offline; docs/differences.md ("Operations the sandbox does not model") says why.`),

  /** A per-sandbox cap (http/limits.ts) was reached; `advice` says what frees room. */
  limitReached: (what: string, limit: number, advice: string) =>
    refusal(409, "LIMIT_REACHED", "limit_reached", `This sandbox already holds ${limit} ${what}, the most it keeps. ${advice}`),

  deliveriesBusy: (pending: number, needed: number, limit: number) =>
    refusal(429, "TOO_MANY_REQUESTS", "limit_reached",
      `${pending} webhook deliveries are still pending and this event needs ${needed} more; the sandbox runs at most ${limit} at a time. Try again when they have finished (see each subscription's DELIVERY activities).`,
      { "retry-after": "5" }),

  clockOutOfRange: (earliest: string, latest: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `The sandbox clock can be set between ${earliest} and ${latest}; this change would move it outside that range, so the clock was not changed.`),

  companyRequired: (accepted: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `This organisation-level key covers several companies, so the request must say which: send ${accepted}. GET /v1/companies lists the companies the key covers.`),

  companyOrOrganisationRequired: () =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      "Send company_id (one company's tag groups) or organization_id (every company of the organisation); neither was sent."),
};
