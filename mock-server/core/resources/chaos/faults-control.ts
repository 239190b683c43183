/** Armed faults: a fault (as in X-Sandbox-Fault) on the Pleo requests that match a filter, with a seeded probability. */
import { z } from "zod";
import { httpMethodValues } from "../../../openapi/types.ts";
import { MAX_ARMED, disarm } from "../../chaos/armed.ts";
import { shownFault, type ArmedFault } from "../../chaos/armed-rules.ts";
import { faultOrThrow } from "../../chaos/faults.ts";
import { enumOf } from "../../http/enum-of.ts";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { checkRuleTargets } from "./rule-targets.ts";

/** The seed when none is sent, so an unseeded run repeats too. */
const DEFAULT_SEED = 1;

export const armFaultBody = z
  .object({
    fault: z.string().min(1).max(200),
    method: enumOf(httpMethodValues).optional(),
    path: z.string().startsWith("/", "must start with /").max(500).optional(),
    keyId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    probability: z.number().gt(0, "must be more than 0").max(1).optional(),
    times: z.number().int().min(1).max(1_000_000).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
  })
  .strict();
type ArmFaultBody = z.infer<typeof armFaultBody>;

export function armFault({ sandbox, now, body }: OperationContext<"armFault", never, ArmFaultBody>): Reply<"armFault"> {
  const fault = faultOrThrow(body.fault, "fault");
  checkRuleTargets(sandbox, body);
  const armed = sandbox.state.chaos.faults;
  if (armed.length >= MAX_ARMED) throw errors.armedLimit("faults", MAX_ARMED);
  const seed = body.seed ?? DEFAULT_SEED;
  const rule: ArmedFault = { id: crypto.randomUUID(), ...body, fault: fault.text, probability: body.probability ?? 1, seed, rng: seed, used: 0, armedAt: isoSeconds(now) };
  armed.push(rule);
  return json(201, { data: shownFault(rule) });
}

export function listArmedFaults({ sandbox }: OperationContext<"listArmedFaults", never, never>): Reply<"listArmedFaults"> {
  return json(200, { data: sandbox.state.chaos.faults.map(shownFault) });
}

export function disarmFault({ sandbox, params }: OperationContext<"disarmFault", never, never>): Reply<"disarmFault"> {
  if (!disarm(sandbox.state.chaos.faults, params.id)) throw errors.armedNotFound("fault", params.id, "GET /sandbox/faults");
  return empty(204);
}

export function disarmAllFaults({ sandbox }: OperationContext<"disarmAllFaults", never, never>): Reply<"disarmAllFaults"> {
  sandbox.state.chaos.faults.length = 0;
  return empty(204);
}
