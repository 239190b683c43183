/**
 * The checks a Pleo operation's request goes through, in design.md's order: credential, key (or
 * access token), its state, feature, company, scope; a forced scenario changes the credential (or
 * world) just before them.
 * The first that fails throws its refusal.
 */
import { shown } from "../http/shown.ts";
import { errors } from "../http/errors.ts";
import { UUID } from "../http/patterns.ts";
import type { World } from "../world/fixtures.ts";
import { applyScenario, findScenario, forcedCredential, forcedSecret, isForceable, scenarios, type Scenario } from "../scenarios/scenarios.ts";
import type { Access, Target } from "./access.ts";
import { checkUsable, identify, parseCredential, sameCredential } from "./authenticate.ts";
import { authorize, coveredCompanyIds, defaultTarget } from "./authorize.ts";
import type { RequestContext } from "./request.ts";
import { readTarget } from "./target.ts";
import type { OperationId } from "./operation.ts";
import { requireContraAccounts } from "../resources/export/contra-accounts.ts";

export const SCENARIO_HEADER = "x-sandbox-scenario";

/** The scenario named by X-Sandbox-Scenario, nothing if none; throws a 400 listing the valid ids. */
export function readScenario(headers: Record<string, string | undefined>): Scenario | undefined {
  const id = headers[SCENARIO_HEADER]?.trim();
  if (!id) return undefined;
  const scenario = findScenario(id);
  const forceable = scenarios.filter(isForceable).map((s) => s.id);
  if (!scenario) throw errors.unknownScenario(id, forceable);
  if (!isForceable(scenario)) throw errors.scenarioNotForceable(id, forceable);
  return scenario;
}

/**
 * Who the request acts as; throws the first refusal. A forced scenario's changed key or world is
 * seen only by the checks (and every forced effect is a refusal), so operations see the real world.
 */
export async function admit(ctx: RequestContext): Promise<Access> {
  const { scenario, route, now } = ctx;
  const state = ctx.sandbox.state;
  const header = parseCredential(forcedCredential(scenario, ctx.request.headers.authorization));
  const sent = header.scheme === "basic" ? { ...header, secret: forcedSecret(scenario, header.secret) } : header;
  const found = ctx.identified && sameCredential(ctx.identified.sent, sent) ? ctx.identified.credential : await identify(sent, state, now);

  const target = readTarget(route.target, ctx, state.world) ?? defaultTarget(found, route.target);
  const badId = [target.companyId, target.organisationId].find((id) => id !== undefined && !UUID.test(id));
  if (badId !== undefined) throw errors.invalidRequest(`${target.parameter} must be a UUID; got ${shown(badId)}.`);

  const { key, world } = scenario
    ? applyScenario(scenario, { key: found, world: state.world, target, scope: route.scope, operationId: route.operationId as OperationId, now })
    : { key: found, world: state.world };

  checkUsable(key, now);
  authorize(key, route.scope, target, world);
  const companyIds = visibleCompanies(coveredCompanyIds(key, world), target, world);
  // The one forced effect on the world past the checks: the operation's own rule refuses the changed copy.
  if (scenario?.effect === "missing_contra_accounts") requireContraAccounts(world, companyIds);
  return { key, target, companyIds };
}

function visibleCompanies(covered: string[], target: Target, world: World): string[] {
  if (target.companyId !== undefined) return covered.filter((id) => id === target.companyId);
  if (target.organisationId !== undefined) {
    return covered.filter((id) => world.companies.find((c) => c.id === id)?.organisationId === target.organisationId);
  }
  return covered;
}
