/** This resource's operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { getSecret, listActivities } from "./subscription-history.ts";
import { activitiesQuery, subscriptionBody, subscriptionsQuery } from "./subscription-input.ts";
import { createSubscription, deleteSubscription, getSubscription, listSubscriptions, updateSubscription } from "./subscriptions.ts";

export const subscriptionsOperations = {
  getSubscriptions: operation("getSubscriptions", { query: subscriptionsQuery, run: listSubscriptions }),
  createSubscription: operation("createSubscription", { body: subscriptionBody, run: createSubscription }),
  getSubscriptionById: operation("getSubscriptionById", { run: getSubscription }),
  updateSubscription: operation("updateSubscription", { body: subscriptionBody, run: updateSubscription }),
  deleteSubscription: operation("deleteSubscription", { run: deleteSubscription }),
  getSubscriptionActivities: operation("getSubscriptionActivities", { query: activitiesQuery, run: listActivities }),
  getSubscriptionSecret: operation("getSubscriptionSecret", { run: getSecret }),
};
