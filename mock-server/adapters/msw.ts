/**
 * MSW 2 adapter: the same handle() behind `setupServer` (Node tests) and `setupWorker` (the guide).
 * Fetch Request -> SandboxRequest -> handle() -> HttpResponse.
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { handle } from "../core/handle.ts";
import type { Sandbox } from "../core/world/state.ts";
import { HOLD_MS, wait } from "./faults.ts";

export const DEFAULT_BASE_URL = "https://external.staging.pleo.io";

export interface HandlerOptions {
  /** Where the sandbox answers; paths below it are Pleo's (and /sandbox for the control plane). */
  baseUrl?: string;
}

/** MSW request handlers that answer every request under `baseUrl` from the sandbox. */
export function createHandlers(sandbox: Sandbox, { baseUrl = DEFAULT_BASE_URL }: HandlerOptions = {}): HttpHandler[] {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, "");
  // Requests to this origin never reach the network, so no webhook may point at it.
  if (!sandbox.deliveries.policy.ownOrigins.includes(base.origin)) sandbox.deliveries.policy.ownOrigins.push(base.origin);
  return [
    http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = await request.text();
      const response = await handle(
        {
          method: request.method,
          url: url.pathname.slice(prefix.length) + url.search,
          headers: Object.fromEntries(request.headers),
          body: body === "" ? undefined : body,
        },
        sandbox,
        sandbox.clock(),
      );
      if (response.delayMs) await wait(response.delayMs, request.signal);
      // A dropped connection is a network error; no answer waits until the client gives up (then errors).
      if (response.drop === "timeout") await wait(HOLD_MS, request.signal);
      if (response.drop) return HttpResponse.error();
      const text = response.body === undefined ? null : JSON.stringify(response.body);
      return new HttpResponse(text, { status: response.status, headers: response.headers });
    }),
  ];
}
