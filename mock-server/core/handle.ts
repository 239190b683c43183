/**
 * The only entry point: a request in, a response out. Imports nothing from Node, Express or MSW, so
 * the same code answers in a server, in a test process and in a browser tab.
 */
import { ApiError, errorResponse, errors } from "./http/errors.ts";
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
  let scenario: string | undefined;
  let reachedAnOperation = false;
  let response: SandboxResponse;
  try {
    const [path, queryString] = splitUrl(request.url);
    const matched = matchRoute(request.method, path);
    reachedAnOperation = true;
    const forced = matched.route.credential ? readScenario(request.headers) : undefined;
    scenario = forced?.id;
    const ctx = requestContext(sandbox, request, matched, new URLSearchParams(queryString), forced, realNow);
    response = await run(ctx);
  } catch (cause) {
    response = errorResponse(cause instanceof ApiError ? cause : errors.internal(cause));
  }
  // Refused writes are saved too: an operation may have changed something before it refused.
  if (reachedAnOperation && !READS.has(request.method.toUpperCase())) response = await afterSave(sandbox, response);
  return withScenario(response, scenario);
}

/** Admits the credential (where the operation has one), checks the input, then runs the operation. */
async function run(ctx: RequestContext): Promise<SandboxResponse> {
  const access = ctx.route.credential ? await admit(ctx) : undefined;
  const { query, body } = readInput(ctx);
  const { sandbox, now, realNow, params, request } = ctx;
  const operationContext = { sandbox, world: sandbox.state.world, now, realNow, params, headers: request.headers, query, body, access };
  // The handler's context was type-checked against its operation where it was declared (operation()).
  return ctx.route.handler.run(operationContext as never);
}

/** Methods that never change the state, so their answers need not wait for a save. */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The flush point: a write is answered only once the state after it is in the store (world/persistence.ts). */
async function afterSave(sandbox: Sandbox, response: SandboxResponse): Promise<SandboxResponse> {
  try {
    await sandbox.persistence.commit();
    return response;
  } catch (cause) {
    return errorResponse(errors.stateNotSaved(cause));
  }
}

/** Says so when a forced scenario was in play, so nobody mistakes it for the key's own state. */
function withScenario(response: SandboxResponse, scenario: string | undefined): SandboxResponse {
  return scenario ? { ...response, headers: { ...response.headers, [SCENARIO_HEADER]: scenario } } : response;
}

/** Path and query string; a path is taken as sent, never as a URL with a host (`//x` stays a path). */
function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at + 1)];
}
