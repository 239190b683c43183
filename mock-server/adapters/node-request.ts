/**
 * What the two Node servers (node-http.ts, and express.ts over the same node:http) share around
 * handle(): a request's headers as the core takes them, and a fault played on the socket.
 */
import type { IncomingMessage } from "node:http";
import type { SandboxResponse } from "../core/http/http.ts";
import { HOLD_MS, wait } from "./faults.ts";

/** Header values as the core takes them: repeated headers joined with ", ". */
export function joinedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/**
 * Waits out a fault's latency, then drops the connection or holds it without an answer if the
 * fault says so. True when the request must get no answer.
 */
export async function playFaultOnSocket(req: IncomingMessage, response: SandboxResponse): Promise<boolean> {
  if (response.delayMs) await wait(response.delayMs);
  if (response.drop === "reset") {
    req.socket.destroy();
  } else if (response.drop === "timeout") {
    // No answer: the client times out first; past HOLD_MS the connection is dropped, never left open.
    const timer = setTimeout(() => req.socket.destroy(), HOLD_MS);
    timer.unref();
    req.socket.once("close", () => clearTimeout(timer));
  }
  return response.drop !== undefined;
}
