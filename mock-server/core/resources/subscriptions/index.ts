/** This resource's operations, keyed by operationId. */
import { getSecret, listActivities } from "./subscription-history.ts";
import { activitiesQuery, subscriptionBody, subscriptionsQuery } from "./subscription-input.ts";
import { createSubscription, deleteSubscription, getSubscription, listSubscriptions, updateSubscription } from "./subscriptions.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const subscriptionsOperations: Record<string, LegacyOperation> = {
  getSubscriptions: { query: subscriptionsQuery, run: listSubscriptions },
  createSubscription: { body: subscriptionBody, run: createSubscription },
  getSubscriptionById: { run: getSubscription },
  updateSubscription: { body: subscriptionBody, run: updateSubscription },
  deleteSubscription: { run: deleteSubscription },
  getSubscriptionActivities: { query: activitiesQuery, run: listActivities },
  getSubscriptionSecret: { run: getSecret },
};
