/**
 * A refusal as the pipeline carries it (ApiError: status, Pleo's `type`, the `X-Sandbox-Reason`,
 * a message) and as it is answered: Pleo's `{type, message}`, RFC 6749's error body, or a page.
 */
import { errorPage } from "./html.ts";
import { html, json, type SandboxResponse } from "./http.ts";
import { LIMITS } from "./limits.ts";
import type { SandboxReason } from "../../openapi/types.ts";

/**
 * A refusal, before it is turned into a response. Thrown anywhere in the pipeline; `handle` answers it.
 * It is an answer, not a fault in the code, so no stack trace is captured for it: that alone cost
 * more than the rest of a refused request.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly reason: SandboxReason;
  readonly headers?: Record<string, string>;

  constructor(status: number, type: string, reason: SandboxReason, message: string, headers?: Record<string, string>) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = "ApiError";
    this.status = status;
    this.type = type;
    this.reason = reason;
    if (headers !== undefined) this.headers = headers;
  }
}

export const REASON_HEADER = "x-sandbox-reason";

/** Makes a refusal; the builders in refusals/ give every one its words. */
export function refusal(status: number, type: string, reason: SandboxReason, message: string, headers?: Record<string, string>): ApiError {
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
