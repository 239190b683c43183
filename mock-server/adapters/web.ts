/**
 * The Fetch API's Request and Response, translated for the core: what the MSW adapter and the
 * in-process fetch share. Runs wherever Request exists (Node, browsers, workers).
 */
import { bodyToSend, type SandboxRequest, type SandboxResponse } from "../core/http/http.ts";
import { HOLD_MS, wait } from "./faults.ts";

/**
 * A fetch Request as the core takes it: the path below `prefix`, and where it was sent in the
 * headers a proxy would set (fetch has no Host header), so /openapi.json can name this address.
 */
export async function toSandboxRequest(request: Request, prefix = ""): Promise<SandboxRequest> {
  const url = new URL(request.url);
  const body = await request.text();
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  headers.host ??= url.host;
  headers["x-forwarded-proto"] ??= url.protocol.slice(0, -1);
  if (prefix !== "") headers["x-forwarded-prefix"] ??= prefix;
  const path = prefix !== "" && (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) ? url.pathname.slice(prefix.length) || "/" : url.pathname;
  return { method: request.method, url: path + url.search, headers, body: body === "" ? undefined : body };
}

/** The body text (JSON, or YAML for the contract) and status and headers, as a fetch Response. */
export function toResponse(response: SandboxResponse): Response {
  const empty = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(empty ? null : (bodyToSend(response) ?? null), { status: response.status, headers: response.headers });
}

/**
 * Plays a fault the core asked for: waits out its latency (or holds a `timeout` until the client
 * gives up) and says whether the connection fails instead of answering.
 */
export async function playFault(response: SandboxResponse, signal?: AbortSignal): Promise<boolean> {
  if (response.delayMs) await wait(response.delayMs, signal);
  if (response.drop === "timeout") await wait(HOLD_MS, signal);
  return Boolean(response.drop);
}
