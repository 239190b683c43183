/**
 * The only entry point: a request in, a response out. Imports nothing from Node, Express or MSW, so
 * the same code answers in a server, in a test process and in a browser tab.
 */
import { admit, readScenario, SCENARIO_HEADER } from "./admit.ts";
import { sandboxNow } from "./clock.ts";
import { errorResponse, errors, isApiError, type ApiError } from "./errors.ts";
import type { SandboxRequest, SandboxResponse } from "./http.ts";
import { readInput } from "./input.ts";
import type { World } from "./fixtures.ts";
import type { Access, Route } from "./route.ts";
import { matchRoute } from "./routes.ts";
import type { Sandbox } from "./state.ts";

/**
 * Answers one request. `realNow` is when it arrived; the sandbox clock's offset is applied here.
 * Never throws: an unexpected failure is a 500 in Pleo's error shape.
 */
export async function handle(request: SandboxRequest, sandbox: Sandbox, realNow: Date): Promise<SandboxResponse> {
  try {
    return await answer(request, sandbox, realNow);
  } catch (cause) {
    return errorResponse(errors.internal(cause));
  }
}

async function answer(request: SandboxRequest, sandbox: Sandbox, realNow: Date): Promise<SandboxResponse> {
  const [path = "", queryString = ""] = splitUrl(request.url);
  const match = matchRoute(request.method, path);
  if (isApiError(match)) return errorResponse(match);
  const { route, params } = match;
  const query = new URLSearchParams(queryString);
  const now = sandboxNow(sandbox.state.clock, realNow);

  if (route.plane === "control") return run(route, { sandbox, world: sandbox.state.world, now, realNow, params, query, request });

  const admitted = await admit({ route, params, query, headers: request.headers, body: request.body, state: sandbox.state, now });
  const response = isApiError(admitted)
    ? errorResponse(admitted)
    : await run(route, { sandbox, ...admitted, now, realNow, params, query, request });
  // Say so when a forced scenario was in play, so nobody mistakes it for the key's own state.
  const scenario = readScenario(request.headers);
  return scenario && !isApiError(scenario) ? { ...response, headers: { ...response.headers, [SCENARIO_HEADER]: scenario.id } } : response;
}

interface RunInput {
  sandbox: Sandbox;
  world: World;
  access?: Access;
  now: Date;
  realNow: Date;
  params: Record<string, string>;
  query: URLSearchParams;
  request: SandboxRequest;
}

/** Checks the input against the route's schemas, then runs the operation. */
async function run(route: Route, { query, request, access, ...context }: RunInput): Promise<SandboxResponse> {
  const input = readInput(route, query, request);
  if (isApiError(input)) return errorResponse(input);

  const outcome = await route.run({
    ...context,
    headers: request.headers,
    query: input.query,
    body: input.body,
    access: access as Access, // undefined only on control routes, which do not read it
  });
  return isApiError(outcome) ? errorResponse(outcome as ApiError) : outcome;
}

/** Path and query string; a path is taken as sent, never as a URL with a host (`//x` stays a path). */
function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at + 1)];
}
