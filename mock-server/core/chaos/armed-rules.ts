/**
 * Armed scenarios and armed faults: rules the control plane sets so that a partner's unchanged
 * client meets a scenario or a fault, filtered by key, company, method and path.
 */
import type { Schemas, Scope } from "../../openapi/types.ts";
import { findScenario, type Scenario } from "../scenarios/scenarios.ts";
import { pathMatches, takeFirst } from "./armed.ts";
import { parseFault, type Fault } from "./faults.ts";
import { draw } from "./random.ts";

/** An armed scenario as the control plane shows it. */
export type ArmedScenario = Schemas["ArmedScenario"];

/** An armed fault: as the control plane shows it, plus its generator's state (where the draws have got to). */
export type ArmedFault = Schemas["ArmedFault"] & { rng: number };

/** What the rules are matched against. */
export interface RequestFacts {
  method: string;
  /** Without the query string. */
  path: string;
  scope: Scope | undefined;
  keyId?: string;
  /** The company the request is about: the one it names, or a company-level key's own. */
  companyId?: string;
}

function matchesWho(rule: { keyId?: string; companyId?: string }, facts: RequestFacts): boolean {
  return (rule.keyId === undefined || rule.keyId === facts.keyId) && (rule.companyId === undefined || rule.companyId === facts.companyId);
}

/** The first armed scenario for this request, used once. One that cannot apply here (no scope to miss) is passed over. */
export function takeArmedScenario(rules: ArmedScenario[], facts: RequestFacts): Scenario | undefined {
  const rule = takeFirst(rules, (r) => matchesWho(r, facts) && applies(findScenario(r.scenario), facts));
  return rule && findScenario(rule.scenario);
}

function applies(scenario: Scenario | undefined, facts: RequestFacts): boolean {
  return scenario !== undefined && (scenario.effect !== "scope_missing" || facts.scope !== undefined);
}

/** The first armed fault that matches and fires (by its seeded probability), used once. */
export function takeArmedFault(rules: ArmedFault[], facts: RequestFacts): Fault | undefined {
  const rule = takeFirst(rules, (r) => {
    if (!matchesWho(r, facts)) return false;
    if (r.method !== undefined && r.method !== facts.method.toUpperCase()) return false;
    if (r.path !== undefined && !pathMatches(r.path, facts.path)) return false;
    if (r.probability >= 1) return true;
    const { value, state } = draw(r.rng);
    r.rng = state;
    return value < r.probability;
  });
  if (!rule) return undefined;
  const fault = parseFault(rule.fault);
  return "problem" in fault ? undefined : fault;
}

/** An armed fault as the control plane shows it (without the generator's state). */
export function shownFault({ rng: _rng, ...shown }: ArmedFault): Schemas["ArmedFault"] {
  return shown;
}
