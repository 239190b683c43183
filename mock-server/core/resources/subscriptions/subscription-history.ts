/** GET /v1/subscriptions/{id}/activities and /secret: a subscription's history and its signing secret. */
import { json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { ActivitiesQuery } from "./subscription-input.ts";
import { findOwned } from "./owned-subscriptions.ts";

/** Oldest first; a deleted subscription's history stays readable, so its DELETE can be seen. */
export function listActivities(ctx: OperationContext<"getSubscriptionActivities", ActivitiesQuery, never>): Reply<"getSubscriptionActivities"> {
  const subscription = findOwned(ctx, { includeDeleted: true });
  const types = ctx.query.operation_types ?? [];
  const matches = subscription.activities.filter((a) => types.length === 0 || types.includes(a.operationType));
  return json(200, paginate(matches, ctx.query, types.length > 0 ? { operation_types: types } : {}));
}

/** The secret that signs the subscription's deliveries. */
export function getSecret(ctx: OperationContext<"getSubscriptionSecret", never, never>): Reply<"getSubscriptionSecret"> {
  return json(200, { data: { secretKey: findOwned(ctx).secretKey } });
}
