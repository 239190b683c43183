/**
 * The direct in-process path: a fetch-compatible function that hands each request to handle().
 * No interception, no network, no port: for clients that accept an injected fetch (openapi-fetch,
 * ky, axios's fetch adapter, your own wrapper). Runs in Node, browsers and workers.
 */
import { handle } from "../core/handle.ts";
import type { Sandbox } from "../core/world/state.ts";
import { DEFAULT_BASE_URL } from "./hosts.ts";
import { playFault, toResponse, toSandboxRequest } from "./web.ts";

export interface FetchOptions {
  /**
   * Relative URLs resolve against it (default https://external.staging.pleo.io); a path prefix
   * in it is dropped from requests under it. Absolute URLs to any host are answered alike.
   */
  baseUrl?: string;
}

/** A fetch answering every request from `sandbox`, whatever its host. */
export function createFetch(sandbox: Sandbox, { baseUrl = DEFAULT_BASE_URL }: FetchOptions = {}): typeof fetch {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, "");
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(typeof input === "string" ? new URL(input, base) : input, init);
    request.signal.throwIfAborted();
    const answer = await handle(await toSandboxRequest(request, prefix), sandbox, sandbox.clock());
    const dropped = await playFault(answer, request.signal);
    request.signal.throwIfAborted();
    // What fetch does when the connection fails.
    if (dropped) throw new TypeError("fetch failed", { cause: new Error(`the sandbox dropped the connection (${answer.drop})`) });
    const response = toResponse(answer);
    Object.defineProperty(response, "url", { value: request.url });
    return response;
  };
}
