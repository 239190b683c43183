/** The web-standard-ish seam between adapters and the core: plain data in, plain data out. */
import type { ApiError } from "./errors.ts";

/** A request as an adapter hands it to the core. */
export interface SandboxRequest {
  method: string;
  /** Path and query string as sent, without scheme and host, e.g. `/v2/employees?limit=5`. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The raw body text, if any; the core parses it so every adapter rejects bad JSON alike. */
  body?: string;
}

/**
 * A response as the core hands it back; `body` is serialised as JSON when present, unless it is a
 * string and the content type is not JSON (the YAML contract, the consent page): then it is sent as it is.
 */
export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** A fault's latency: the adapter waits this long before answering (a timer; other requests go on). */
  delayMs?: number;
  /** A fault: the adapter drops the connection (`reset`) or never answers (`timeout`) instead of sending this. */
  drop?: "reset" | "timeout";
  /** The body already serialised (a remembered answer, pipeline/answer-memo.ts): sent as these bytes. */
  bytes?: Uint8Array<ArrayBuffer>;
}

/** The body as adapters put it on the wire (see `SandboxResponse`); undefined for no body. */
export function bodyText(response: SandboxResponse): string | undefined {
  if (response.body === undefined) return undefined;
  const text = typeof response.body === "string" && !/json/i.test(response.headers["content-type"] ?? "json");
  return text ? (response.body as string) : JSON.stringify(response.body);
}

/** The body as adapters send it: the ready bytes if there are some, else `bodyText`. */
export function bodyToSend(response: SandboxResponse): Uint8Array<ArrayBuffer> | string | undefined {
  return response.bytes ?? bodyText(response);
}

/** The largest body the sandbox reads (1 MiB); larger ones are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

/** A JSON response with Pleo's content type; its status and body stay typed, to be checked against the operation. */
export function json<S extends number, B>(status: S, body: B, headers: Record<string, string> = {}): { status: S; headers: Record<string, string>; body: B } {
  return { status, headers: { "content-type": JSON_CONTENT_TYPE, ...headers }, body };
}

export const HTML_CONTENT_TYPE = "text/html;charset=UTF-8";

/** An HTML page (the OAuth consent page and its refusals). */
export function html<S extends number>(status: S, page: string, headers: Record<string, string> = {}): { status: S; headers: Record<string, string>; body: string } {
  return { status, headers: { "content-type": HTML_CONTENT_TYPE, ...headers }, body: page };
}

/** A redirect (302) to `location`. */
export function redirect(location: string, headers: Record<string, string> = {}): { status: 302; headers: Record<string, string> } {
  return { status: 302, headers: { location, ...headers } };
}

/** A response without a body (204, 202). */
export function empty<S extends number>(status: S): { status: S; headers: Record<string, string> } {
  return { status, headers: {} };
}
