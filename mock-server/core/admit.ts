/**
 * The checks a Pleo operation's request goes through, in design.md's order: forced scenario,
 * credential, key, key state, feature, company, scope. The first that fails answers.
 */
import { checkKeyUsable, findKey, parseCredential } from "./authenticate.ts";
import { authorize, coveredCompanyIds, defaultTarget, type Target } from "./authorize.ts";
import { errors, isApiError, type ApiError } from "./errors.ts";
import type { World } from "./fixtures.ts";
import type { Access, Route } from "./route.ts";
import { applyScenario, findScenario, forcedCredential, forcedSecret, scenarios, type Scenario } from "./scenarios.ts";
import type { SandboxState } from "./state.ts";

export const SCENARIO_HEADER = "x-sandbox-scenario";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AdmitInput {
  route: Route;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** The raw body, for routes that read their company from it. */
  body?: string;
  state: SandboxState;
  now: Date;
}

/** The scenario named by X-Sandbox-Scenario, nothing if none, or a 400 listing the valid ids. */
export function readScenario(headers: Record<string, string | undefined>): Scenario | undefined | ApiError {
  const id = headers[SCENARIO_HEADER]?.trim();
  if (!id) return undefined;
  return findScenario(id) ?? errors.unknownScenario(id, scenarios.map((s) => s.id));
}

/** Who the request acts as, with the world the checks saw; or the first refusal. */
export async function admit({ route, params, query, headers, body, state, now }: AdmitInput): Promise<{ access: Access; world: World } | ApiError> {
  const scenario = readScenario(headers);
  if (isApiError(scenario)) return scenario;

  const secret = parseCredential(forcedCredential(scenario, headers.authorization));
  if (isApiError(secret)) return secret;
  const found = await findKey(forcedSecret(scenario, secret), state.keys);
  if (isApiError(found)) return found;

  const target = route.target?.({ params, query, body, world: state.world }) ?? defaultTarget(found);
  const badId = [target.companyId, target.organisationId].find((id) => id !== undefined && !UUID.test(id));
  if (badId !== undefined) return errors.invalidRequest(`${target.parameter} must be a UUID; got "${badId}".`);

  const forced = scenario
    ? applyScenario(scenario, { key: found, world: state.world, target, scope: route.scope, now })
    : { key: found, world: state.world };
  if (isApiError(forced)) return forced;
  const { key, world } = forced;

  const refusal = checkKeyUsable(key, now) ?? authorize(key, route.scope, target, world);
  if (refusal) return refusal;
  return { access: { key, target, companyIds: visibleCompanies(coveredCompanyIds(key, world), target, world) }, world };
}

function visibleCompanies(covered: string[], target: Target, world: World): string[] {
  if (target.companyId !== undefined) return covered.filter((id) => id === target.companyId);
  if (target.organisationId !== undefined) {
    return covered.filter((id) => world.companies.find((c) => c.id === id)?.organisationId === target.organisationId);
  }
  return covered;
}
