/** The sandbox's own knobs: the world it serves, its clock, and reset. */
import { z } from "zod";
import { isoSeconds, setSandboxTime } from "../../world/clock.ts";
import { empty, json, type SandboxResponse } from "../../http/http.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { scopeValues, type Schemas } from "../../../openapi/types.ts";
import { resetSandbox } from "../../world/state.ts";

export function getWorld({ world }: OperationContext): SandboxResponse {
  const data: Schemas["SandboxWorld"] = {
    organisations: world.organisations,
    companies: world.companies.map(({ id, name, organisationId, features }) => ({ id, name, organisationId, features })),
    users: world.users,
    scopes: [...scopeValues],
  };
  return json(200, { data });
}

export function getClock({ now }: OperationContext): SandboxResponse {
  return json(200, { data: { now: isoSeconds(now) } });
}

export const setClockBody = z.union([
  z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ advanceSeconds: z.number().int().min(0) }).strict(),
]);

/** `{now}` jumps to a time (also backwards); `{advanceSeconds}` moves forward. */
export function setClock({ sandbox, now, realNow, body }: OperationContext<undefined, z.infer<typeof setClockBody>>): SandboxResponse {
  const target = "now" in body ? new Date(body.now) : new Date(now.getTime() + body.advanceSeconds * 1000);
  setSandboxTime(sandbox.state.clock, realNow, target);
  return json(200, { data: { now: isoSeconds(target) } });
}

export async function reset({ sandbox }: OperationContext): Promise<SandboxResponse> {
  await resetSandbox(sandbox);
  return empty(204);
}
