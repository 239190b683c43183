/** GET /v1/subscriptions/{id}/activities and /secret: a subscription's history and its signing secret. */
import { json, type SandboxResponse } from "../../http/http.ts";
import type { ApiError } from "../../http/errors.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { ActivitiesQuery } from "./subscription-input.ts";
import { findOwned } from "./subscriptions.ts";

/** Oldest first; a deleted subscription's history stays readable, so its DELETE can be seen. */
export function listActivities(ctx: OperationContext<ActivitiesQuery>): SandboxResponse | ApiError {
  const subscription = findOwned(ctx, { includeDeleted: true });
  if ("reason" in subscription) return subscription;
  const types = ctx.query.operation_types ?? [];
  const matches = subscription.activities.filter((a) => types.length === 0 || types.includes(a.operationType));
  return json(200, paginate(matches, ctx.query, types.length > 0 ? { operation_types: types } : {}));
}

export function getSecret(ctx: OperationContext): SandboxResponse | ApiError {
  const subscription = findOwned(ctx);
  if ("reason" in subscription) return subscription;
  return json(200, { data: { secretKey: subscription.secretKey } });
}
