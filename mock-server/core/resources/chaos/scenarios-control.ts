/**
 * The scenario catalogue and armed scenarios: `GET /sandbox/scenarios`, and arming a scenario for a
 * key, a company or every Pleo request, so a client that cannot send X-Sandbox-Scenario meets it.
 */
import { z } from "zod";
import { MAX_ARMED, disarm } from "../../chaos/armed.ts";
import type { ArmedScenario } from "../../chaos/armed-rules.ts";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { findScenario, isForceable, scenarios } from "../../scenarios/scenarios.ts";
import { isoSeconds } from "../../world/clock.ts";
import type { SandboxReason } from "../../../openapi/types.ts";
import { checkRuleTargets } from "./rule-targets.ts";

/** Every scenario, what it teaches, and whether it can be forced. */
export function listScenarios(_ctx: OperationContext<"listSandboxScenarios", never, never>): Reply<"listSandboxScenarios"> {
  const data = scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    teaches: s.teaches,
    why: s.why,
    fix: s.fix,
    forceable: isForceable(s),
    // The catalogue's reasons are SandboxReasons (test/scenarios.test.ts answers each one).
    expected: { ...s.expected, reason: s.expected.reason as SandboxReason },
  }));
  return json(200, { data });
}

export const armScenarioBody = z
  .object({
    scenario: z.string().min(1).max(100),
    keyId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    times: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();
type ArmScenarioBody = z.infer<typeof armScenarioBody>;

/** Arms a forceable scenario; the key and company, if given, must exist here. */
export function armScenario({ sandbox, now, body }: OperationContext<"armScenario", never, ArmScenarioBody>): Reply<"armScenario"> {
  const forceable = scenarios.filter(isForceable).map((s) => s.id);
  const scenario = findScenario(body.scenario);
  if (!scenario) throw errors.armedUnknownScenario(body.scenario, forceable);
  if (!isForceable(scenario)) throw errors.armedScenarioNotForceable(body.scenario, forceable);
  checkRuleTargets(sandbox, body);
  const armed = sandbox.state.chaos.scenarios;
  if (armed.length >= MAX_ARMED) throw errors.armedLimit("scenarios", MAX_ARMED);
  const rule: ArmedScenario = { id: crypto.randomUUID(), ...body, used: 0, armedAt: isoSeconds(now) };
  armed.push(rule);
  return json(201, { data: rule });
}

export function listArmedScenarios({ sandbox }: OperationContext<"listArmedScenarios", never, never>): Reply<"listArmedScenarios"> {
  return json(200, { data: sandbox.state.chaos.scenarios });
}

export function disarmScenario({ sandbox, params }: OperationContext<"disarmScenario", never, never>): Reply<"disarmScenario"> {
  if (!disarm(sandbox.state.chaos.scenarios, params.id)) throw errors.armedNotFound("scenario", params.id, "GET /sandbox/scenarios/active");
  return empty(204);
}

export function disarmAllScenarios({ sandbox }: OperationContext<"disarmAllScenarios", never, never>): Reply<"disarmAllScenarios"> {
  sandbox.state.chaos.scenarios.length = 0;
  return empty(204);
}
