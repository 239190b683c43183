/**
 * MSW 2 adapter: the same handle() behind `setupServer` (Node tests) and `setupWorker` (the guide).
 * Fetch Request -> SandboxRequest -> handle() -> HttpResponse.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { handle } from "../core/handle.ts";
import type { Sandbox } from "../core/world/state.ts";
import { DEFAULT_BASE_URL } from "./hosts.ts";
import { playFault, toResponse, toSandboxRequest } from "./web.ts";

export { DEFAULT_BASE_URL, PLEO_API_HOSTS, PLEO_BASE_URLS } from "./hosts.ts";

export interface HandlerOptions {
  /**
   * Where the sandbox answers (default https://external.staging.pleo.io), or several places; paths
   * below it are Pleo's (and /sandbox for the control plane).
   */
  baseUrl?: string | readonly string[];
}

/** MSW request handlers that answer every request under `baseUrl` from the sandbox. */
export function createHandlers(sandbox: Sandbox, { baseUrl = DEFAULT_BASE_URL }: HandlerOptions = {}): HttpHandler[] {
  return (typeof baseUrl === "string" ? [baseUrl] : baseUrl).map((one) => {
    const base = new URL(one);
    const prefix = base.pathname.replace(/\/$/, "");
    // Requests to this origin never reach the network, so no webhook may point at it.
    if (!sandbox.deliveries.policy.ownOrigins.includes(base.origin)) sandbox.deliveries.policy.ownOrigins.push(base.origin);
    return http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
      const answer = await handle(await toSandboxRequest(request, prefix), sandbox, sandbox.clock());
      // A dropped connection is a network error; no answer waits until the client gives up (then errors).
      return (await playFault(answer, request.signal)) ? HttpResponse.error() : toResponse(answer);
    });
  });
}
