/** A subscription's history: Pleo's CREATE, UPDATE, DELETE, and the sandbox's DELIVERY attempts. */
import { LIMITS } from "../http/limits.ts";
import { isoSeconds } from "../world/clock.ts";
import type { SubscriptionOperationType } from "../../openapi/types.ts";
import type { StoredSubscription, SubscriptionOwner } from "../world/state.ts";

/** The actor of DELIVERY activities: Pleo's webhook sender, not a customer (an assumed URN). */
export const WEBHOOK_SENDER_URN = "urn:pleo:service:webhooks";

/** `urn:pleo:company:<id>` or `urn:pleo:organisation:<id>`, as Pleo names actors. */
export function ownerUrn(owner: SubscriptionOwner): string {
  return `urn:pleo:${owner.type}:${owner.id}`;
}

/** Appends one activity to the subscription's history; past LIMITS.activitiesPerSubscription the oldest after CREATE goes. */
export function recordActivity(
  subscription: StoredSubscription,
  operationType: SubscriptionOperationType,
  description: string,
  actorUrn: string,
  now: Date,
): void {
  subscription.activities.push({
    id: crypto.randomUUID(),
    subscriptionId: subscription.id,
    operationType,
    description,
    actorUrn,
    createdAt: isoSeconds(now),
  });
  if (subscription.activities.length > LIMITS.activitiesPerSubscription) subscription.activities.splice(1, 1);
}
