/** The rate limit's switch and rate: Pleo's 600 requests a minute per key, on a sliding window of the sandbox clock. */
import { z } from "zod";
import { WINDOW_MS } from "../../chaos/rate-limit.ts";
import { json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Sandbox } from "../../world/state.ts";

function shown(sandbox: Sandbox) {
  const { enabled, requestsPerMinute } = sandbox.state.chaos.rateLimit;
  return { data: { enabled, requestsPerMinute, windowSeconds: WINDOW_MS / 1000 } };
}

export function getRateLimit({ sandbox }: OperationContext<"getSandboxRateLimit", never, never>): Reply<"getSandboxRateLimit"> {
  return json(200, shown(sandbox));
}

export const setRateLimitBody = z
  .object({ enabled: z.boolean().optional(), requestsPerMinute: z.number().int().min(1).max(100_000).optional() })
  .strict()
  .refine((b) => b.enabled !== undefined || b.requestsPerMinute !== undefined, "send enabled, requestsPerMinute or both");

/** Changes take effect at once; the windows already counted are kept. A reset goes back to the sandbox's setting. */
export function setRateLimit({ sandbox, body }: OperationContext<"setSandboxRateLimit", never, z.infer<typeof setRateLimitBody>>): Reply<"setSandboxRateLimit"> {
  const limit = sandbox.state.chaos.rateLimit;
  if (body.enabled !== undefined) limit.enabled = body.enabled;
  if (body.requestsPerMinute !== undefined) limit.requestsPerMinute = body.requestsPerMinute;
  return json(200, shown(sandbox));
}
