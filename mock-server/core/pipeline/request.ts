/**
 * The one shape a request has on its way through the pipeline: what was sent, read once (path,
 * query, forced scenario, JSON body), and the route it matched.
 */
import { sandboxNow } from "../world/clock.ts";
import type { SandboxRequest } from "../http/http.ts";
import type { Scenario } from "../scenarios/scenarios.ts";
import type { Sandbox } from "../world/state.ts";
import type { Credential } from "./access.ts";
import type { SentCredential } from "./authenticate.ts";
import type { MatchedRoute } from "./route-table.ts";

/** The body as JSON, parsed at most once; `ok: false` keeps the parser's complaint for the input check. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; problem: string };

export interface RequestContext {
  sandbox: Sandbox;
  request: SandboxRequest;
  route: MatchedRoute["route"];
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The scenario X-Sandbox-Scenario forces, if any (already checked to exist and be forceable). */
  scenario: Scenario | undefined;
  /** Sandbox time. */
  now: Date;
  /** The adapter's time, which the sandbox clock is an offset from. */
  realNow: Date;
  /** The JSON body (an empty body reads as no JSON). */
  json: () => ParsedBody;
  /** The key or access token the credential was found to be before the checks (chaos/screen.ts), so it is hashed or verified once. */
  identified?: { sent: SentCredential; credential: Credential };
}

export function requestContext(
  sandbox: Sandbox,
  request: SandboxRequest,
  { route, params }: MatchedRoute,
  query: URLSearchParams,
  scenario: Scenario | undefined,
  realNow: Date,
): RequestContext {
  let parsed: ParsedBody | undefined;
  return {
    sandbox,
    request,
    route,
    params,
    query,
    scenario,
    now: sandboxNow(sandbox.state.clock, realNow),
    realNow,
    json: () => (parsed ??= parseJson(request.body)),
  };
}

function parseJson(text: string | undefined): ParsedBody {
  if (text === undefined || text.trim() === "") return { ok: false, problem: "empty" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    return { ok: false, problem: (cause as Error).message };
  }
}
