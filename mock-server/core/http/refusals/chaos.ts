/** Refusals the sandbox makes on purpose or about its chaos tools: the rate limit, faults, armed rules, resent events, workspaces. */
import { refusal } from "../api-error.ts";

export const chaosRefusals = {
  rateLimited: (limit: number, retryAfterSeconds: number) =>
    refusal(429, "TOO_MANY_REQUESTS", "rate_limited",
      `Rate limit exceeded: this key has sent ${limit} requests in the last 60 seconds, the most allowed per key (Pleo allows 600 a minute and advises staying under 500). Wait ${retryAfterSeconds} s, as Retry-After says, then retry; pace requests to stay under the limit.`,
      { "retry-after": String(retryAfterSeconds) }),

  faultInternal: () =>
    refusal(500, "INTERNAL_SERVER_ERROR", "fault_injected", "Pleo failed to process the request (a fault injected by the sandbox: status=500). Retry later with backoff."),

  faultBadGateway: () =>
    refusal(502, "BAD_GATEWAY", "fault_injected", "Pleo's gateway got no valid answer from the service behind it (a fault injected by the sandbox: status=502). Retry later with backoff."),

  faultUnavailable: (retryAfterSeconds: number) =>
    refusal(503, "SERVICE_UNAVAILABLE", "fault_injected",
      `Pleo is temporarily unavailable (a fault injected by the sandbox: status=503). The request can be retried: wait ${retryAfterSeconds} s, as Retry-After says.`,
      { "retry-after": String(retryAfterSeconds) }),

  faultGatewayTimeout: () =>
    refusal(504, "GATEWAY_TIMEOUT", "fault_injected", "Pleo's gateway timed out waiting for the service behind it (a fault injected by the sandbox: status=504). Retry later with backoff."),

  faultReset: () =>
    refusal(502, "CONNECTION_RESET", "fault_injected",
      "X-Sandbox-Fault reset: over HTTP the connection is dropped without an answer, and in MSW the request fails with a network error. This body is only what a caller of handle() itself sees."),

  faultTimeout: () =>
    refusal(504, "NO_ANSWER", "fault_injected",
      "X-Sandbox-Fault timeout: over HTTP and in MSW no answer comes (until the client gives up, or the sandbox drops the connection after 2 minutes). This body is only what a caller of handle() itself sees."),

  invalidFault: (where: string, sent: string, problem: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `${where} "${sent}" is not a fault: ${problem}. Write latency=<n>ms (up to 120000), status=<code> (429, 500, 502, 503 or 504), reset or timeout; latency may be combined with one of the others, comma-separated (latency=800ms,status=503).`),

  armedUnknownScenario: (sent: string, valid: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request", `scenario: no scenario "${sent}". Forceable ids (GET /sandbox/scenarios): ${valid.join(", ")}.`),

  armedScenarioNotForceable: (sent: string, valid: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `scenario: "${sent}" comes from the sandbox's state (see its setup steps in scenarios/${sent}.json), so it cannot be armed. Forceable ids: ${valid.join(", ")}.`),

  armedLimit: (what: string, max: number) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request", `At most ${max} ${what} can be armed at once. Disarm some first (DELETE disarms them all).`),

  armedNotFound: (what: string, id: string, listWith: string) =>
    refusal(404, "NOT_FOUND", "not_found", `No armed ${what} with id ${id}: it was disarmed, used up, or reset away. ${listWith} lists what is armed.`),

  eventNotFound: (eventId: string) =>
    refusal(404, "EVENT_NOT_FOUND", "not_found",
      `No webhook event ${eventId} in this sandbox's memory: it keeps the last 100 events (a reset forgets them). Use the eventId of a delivery (the body's eventId, or GET /sandbox/requests?kind=webhook).`),

  workspaceName: (sent: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `X-Sandbox-Workspace "${sent.slice(0, 80)}" is not a workspace name: use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit (e.g. the CI job's id).`),

  workspaceLimit: (max: number, retryAfterSeconds: number) =>
    refusal(503, "WORKSPACE_LIMIT_REACHED", "workspace_limit",
      `This sandbox already holds ${max} workspaces, its limit, and none has been idle long enough to drop. Retry in ${retryAfterSeconds} s (Retry-After), delete finished ones (DELETE /sandbox/workspaces/{name}), or run a sandbox of your own.`,
      { "retry-after": String(retryAfterSeconds) }),

  workspaceNotFound: (name: string) =>
    refusal(404, "NOT_FOUND", "not_found", `No workspace "${name}" is alive (never used, deleted, or dropped after being idle). GET /sandbox/workspaces lists them.`),
};
