/** The sandbox's own knobs: the world it serves, its clock, and reset. */
import { z } from "zod";
import { isoSeconds, setSandboxTime } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import { LIMITS } from "../../http/limits.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { scopeValues, type Schemas } from "../../../openapi/types.ts";
import { resetSandbox } from "../../world/state.ts";

/** The organisations, companies and web-app users the sandbox serves, and every scope a key can hold. */
export function getWorld({ world }: OperationContext<"getSandboxWorld", never, never>): Reply<"getSandboxWorld"> {
  const data: Schemas["SandboxWorld"] = {
    organisations: world.organisations,
    companies: world.companies.map(({ id, name, organisationId, features }) => ({ id, name, organisationId, features })),
    users: world.users,
    scopes: [...scopeValues],
  };
  return json(200, { data });
}

/** Sandbox time, by which keys and export jobs expire. */
export function getClock({ now }: OperationContext<"getSandboxClock", never, never>): Reply<"getSandboxClock"> {
  return json(200, { data: { now: isoSeconds(now) } });
}

export const setClockBody = z.union([
  z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ advanceSeconds: z.number().int().min(0) }).strict(),
]);

/**
 * `{now}` jumps to a time (also backwards); `{advanceSeconds}` moves forward. A time outside
 * LIMITS' clock range is refused and changes nothing.
 */
export function setClock({ sandbox, now, realNow, body }: OperationContext<"setSandboxClock", never, z.infer<typeof setClockBody>>): Reply<"setSandboxClock"> {
  const target = new Date("now" in body ? Date.parse(body.now) : now.getTime() + body.advanceSeconds * 1000);
  const at = target.getTime();
  if (!(at >= LIMITS.clockEarliest && at <= LIMITS.clockLatest)) {
    throw errors.clockOutOfRange(isoSeconds(new Date(LIMITS.clockEarliest)), isoSeconds(new Date(LIMITS.clockLatest)));
  }
  setSandboxTime(sandbox.state.clock, realNow, target);
  sandbox.deliveries.wake(); // held deliveries due by the new time go now
  return json(200, { data: { now: isoSeconds(target) } });
}

/** Back to the seeded world on the real clock: keys, installations and subscriptions as at start-up; nothing armed, an empty journal. */
export async function reset({ sandbox }: OperationContext<"resetSandbox", never, never>): Promise<Reply<"resetSandbox">> {
  await resetSandbox(sandbox);
  return empty(204);
}
