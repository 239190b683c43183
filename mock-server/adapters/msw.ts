/**
 * MSW 2 adapter: the same handle() behind `setupServer` (Node tests) and `setupWorker` (the guide).
 * Fetch Request -> SandboxRequest -> handle() -> HttpResponse.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { handle } from "../core/handle.ts";
import type { Sandbox } from "../core/world/state.ts";
import { DEFAULT_BASE_URL, PLEO_AUTH_BASE_URLS } from "./hosts.ts";
import { playFault, toResponse, toSandboxRequest } from "./web.ts";

export { DEFAULT_BASE_URL, PLEO_API_HOSTS, PLEO_AUTH_BASE_URLS, PLEO_AUTH_HOSTS, PLEO_BASE_URLS } from "./hosts.ts";

export interface HandlerOptions {
  /**
   * Where the sandbox answers (default https://external.staging.pleo.io), or several places; paths
   * below it are Pleo's (and /sandbox for the control plane).
   */
  baseUrl?: string | readonly string[];
  /** Where the authorization server's `/oauth/` paths are answered as well (default: Pleo's auth hosts). */
  authBaseUrls?: readonly string[];
}

/** MSW request handlers that answer every request under `baseUrl`, and `/oauth/` on the auth hosts, from the sandbox. */
export function createHandlers(sandbox: Sandbox, { baseUrl = DEFAULT_BASE_URL, authBaseUrls = PLEO_AUTH_BASE_URLS }: HandlerOptions = {}): HttpHandler[] {
  const bases = (typeof baseUrl === "string" ? [baseUrl] : baseUrl).map((one) => new URL(one));
  const auth = authBaseUrls.map((url) => new URL(url).origin).filter((origin) => !bases.some((base) => base.origin === origin));
  const answer = (prefix: string) => async ({ request }: { request: Request }) => {
    const response = await handle(await toSandboxRequest(request, prefix), sandbox, sandbox.clock());
    // A dropped connection is a network error; no answer waits until the client gives up (then errors).
    return (await playFault(response, request.signal)) ? HttpResponse.error() : toResponse(response);
  };
  // Requests to these origins never reach the network, so no webhook may point at them.
  for (const origin of [...bases.map((b) => b.origin), ...auth]) {
    if (!sandbox.deliveries.policy.ownOrigins.includes(origin)) sandbox.deliveries.policy.ownOrigins.push(origin);
  }
  return [
    ...bases.map((base) => {
      const prefix = base.pathname.replace(/\/$/, "");
      return http.all(`${base.origin}${prefix}/*`, answer(prefix));
    }),
    ...auth.map((origin) => http.all(`${origin}/oauth/*`, answer(""))),
  ];
}
