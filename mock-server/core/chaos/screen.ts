/**
 * The step between routing and the checks for Pleo operations: who is asking (without refusing
 * anyone yet), then a fault (X-Sandbox-Fault, or an armed one), an armed scenario (unless
 * X-Sandbox-Scenario names one) and the rate limit. A fault's status or a rate limit is thrown as a
 * refusal like any other; latency and a dropped connection are written on the trace for the adapter.
 */
import { isApiError } from "../http/errors.ts";
import type { Credential } from "../pipeline/access.ts";
import { identify, parseCredential } from "../pipeline/authenticate.ts";
import type { RequestContext } from "../pipeline/request.ts";
import { readTarget } from "../pipeline/target.ts";
import { takeArmedFault, takeArmedScenario, type RequestFacts } from "./armed-rules.ts";
import { faultRefusal, readFaultHeader } from "./faults.ts";
import { countRequest } from "./rate-limit.ts";
import type { Trace } from "./trace.ts";

/** Applies faults, armed scenarios and the rate limit to a Pleo operation's request; throws a fault's or the limit's refusal. */
export async function screen(ctx: RequestContext, trace: Trace): Promise<void> {
  const chaos = ctx.sandbox.state.chaos;
  const sentFault = readFaultHeader(ctx.request.headers);
  const facts = await factsOf(ctx);
  trace.keyId = facts.keyId;

  const fault = sentFault ?? takeArmedFault(chaos.faults, facts);
  if (fault) {
    trace.fault = fault.text;
    trace.delayMs += fault.latencyMs;
    if (fault.outcome) {
      if ("drop" in fault.outcome) trace.drop = fault.outcome.drop;
      throw faultRefusal(fault.outcome, chaos.rateLimit.requestsPerMinute);
    }
  }

  ctx.scenario ??= takeArmedScenario(chaos.scenarios, facts);
  trace.scenario = ctx.scenario?.id;
  if (facts.keyId !== undefined) countRequest(chaos.rateLimit, facts.keyId, ctx.now, ctx.scenario?.effect === "rate_limited");
}

/** The request as rules see it: method, path, and the key and company when they can be told (nothing is refused here). */
async function factsOf(ctx: RequestContext): Promise<RequestFacts> {
  const key = await knownCredential(ctx);
  let companyId: string | undefined;
  try {
    companyId = readTarget(ctx.route.target, ctx, ctx.sandbox.state.world)?.companyId;
  } catch {
    companyId = undefined;
  }
  if (companyId === undefined && key?.accessLevel.type === "company") companyId = key.accessLevel.companyId;
  return {
    method: ctx.request.method,
    path: ctx.request.url.split("?")[0]!,
    scope: "scope" in ctx.route ? ctx.route.scope : undefined,
    // An access token counts as its grant, so a refresh neither escapes the rate limit nor an armed rule.
    ...(key && { keyId: key.grantId ?? key.id }),
    ...(companyId !== undefined && { companyId }),
  };
}

/** The key or access token the credential names, or nothing (the checks say why later); remembered for them. */
async function knownCredential(ctx: RequestContext): Promise<Credential | undefined> {
  try {
    const sent = parseCredential(ctx.request.headers.authorization);
    const credential = await identify(sent, ctx.sandbox.state, ctx.now);
    ctx.identified = { sent, credential };
    return credential;
  } catch (cause) {
    if (isApiError(cause)) return undefined;
    throw cause;
  }
}
