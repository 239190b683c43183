/**
 * The only entry point: a request in, a response out. Imports nothing from Node, Express or MSW, so
 * the same code answers in a server, in a test process and in a browser tab.
 */
import { errorResponse, errors, isApiError } from "./http/errors.ts";
import type { SandboxRequest, SandboxResponse } from "./http/http.ts";
import { admit, readScenario, SCENARIO_HEADER } from "./pipeline/admit.ts";
import { readInput } from "./pipeline/input.ts";
import { requestContext, type RequestContext } from "./pipeline/request.ts";
import { matchRoute } from "./pipeline/route-table.ts";
import type { Sandbox } from "./world/state.ts";

/**
 * Answers one request. `realNow` is when it arrived; the sandbox clock's offset is applied here.
 * Never throws: a refusal thrown anywhere becomes Pleo's error body, anything else a 500.
 */
export async function handle(request: SandboxRequest, sandbox: Sandbox, realNow: Date): Promise<SandboxResponse> {
  try {
    return await answer(request, sandbox, realNow);
  } catch (cause) {
    return errorResponse(isApiError(cause) ? cause : errors.internal(cause));
  }
}

async function answer(request: SandboxRequest, sandbox: Sandbox, realNow: Date): Promise<SandboxResponse> {
  const [path, queryString] = splitUrl(request.url);
  const matched = matchRoute(request.method, path);
  const scenario = matched.route.credential ? readScenario(request.headers) : undefined;
  const ctx = requestContext(sandbox, request, matched, new URLSearchParams(queryString), scenario, realNow);
  if (!ctx.route.credential) return run(ctx, { world: sandbox.state.world });

  const admitted = await admit(ctx).catch((cause: unknown) => cause);
  const response = isApiError(admitted) ? errorResponse(admitted) : await run(ctx, admitted as Awaited<ReturnType<typeof admit>>);
  // Say so when a forced scenario was in play, so nobody mistakes it for the key's own state.
  return scenario ? { ...response, headers: { ...response.headers, [SCENARIO_HEADER]: scenario.id } } : response;
}

/** Checks the input against the operation's schemas, then runs it. */
async function run(ctx: RequestContext, admitted: Partial<Awaited<ReturnType<typeof admit>>>): Promise<SandboxResponse> {
  try {
    const { query, body } = readInput(ctx);
    const { sandbox, now, realNow, params, request } = ctx;
    const outcome = await ctx.route.handler.run({ sandbox, now, realNow, params, headers: request.headers, query, body, ...admitted });
    if (isApiError(outcome)) throw outcome;
    return outcome as SandboxResponse;
  } catch (cause) {
    if (isApiError(cause)) return errorResponse(cause);
    throw cause;
  }
}

/** Path and query string; a path is taken as sent, never as a URL with a host (`//x` stays a path). */
function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at + 1)];
}
