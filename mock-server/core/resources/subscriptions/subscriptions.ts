/**
 * Pleo's webhook subscriptions (/v1/subscriptions): registered per company, or per organisation
 * with an organisation-level key, as the key's access level says. No scope needed (an assumption).
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { empty, json, type SandboxResponse } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { SubscriptionModel } from "../../../openapi/types.ts";
import type { StoredSubscription, SubscriptionOwner } from "../../world/state.ts";
import { ownerUrn, recordActivity } from "../../webhooks/activities.ts";
import { newWebhookSecret } from "../../webhooks/signature.ts";
import type { SubscriptionBody, SubscriptionsQuery } from "./subscription-input.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who a request registers subscriptions for: the key's company, or its organisation. */
export function ownerOf({ access }: Pick<OperationContext, "access">): SubscriptionOwner {
  const level = access.key.accessLevel;
  return level.type === "company" ? { type: "company", id: level.companyId } : { type: "organisation", id: level.organisationId };
}

/** The subscription in the path, if the key's owner registered it (deleted ones only when asked). */
export function findOwned(ctx: OperationContext<unknown, unknown>, { includeDeleted = false } = {}): StoredSubscription | ApiError {
  const id = ctx.params.id ?? "";
  if (!UUID.test(id)) return errors.invalidRequest(`The subscription id in the path must be a UUID; got "${id}".`);
  const owner = ownerOf(ctx);
  const found = ctx.sandbox.state.subscriptions.find(
    (s) => s.id === id && s.owner.type === owner.type && s.owner.id === owner.id && (includeDeleted || s.deletedAt === undefined),
  );
  return found ?? errors.subscriptionNotFound(id, `${owner.type} ${owner.id}`);
}

/** Pleo's view of a subscription: no owner, secret or history. */
function toModel({ owner: _owner, secretKey: _secret, activities: _activities, ...model }: StoredSubscription): SubscriptionModel {
  return model;
}

function fromBody(body: SubscriptionBody): Pick<SubscriptionModel, "endpointUrl" | "eventTypes" | "status" | "customHeaders" | "endpointAuth"> {
  return {
    endpointUrl: body.endpointUrl,
    eventTypes: body.eventTypes as SubscriptionModel["eventTypes"],
    status: body.status,
    ...(body.customHeaders && { customHeaders: body.customHeaders }),
    ...(body.endpointAuth && { endpointAuth: body.endpointAuth }),
  };
}

export function listSubscriptions(ctx: OperationContext<SubscriptionsQuery>): SandboxResponse {
  const { query } = ctx;
  const owner = ownerOf(ctx);
  const wanted = query.event_types ?? [];
  const matches = ctx.sandbox.state.subscriptions.filter(
    (s) =>
      s.owner.type === owner.type &&
      s.owner.id === owner.id &&
      s.deletedAt === undefined &&
      (query.status === undefined || s.status === query.status) &&
      (wanted.length === 0 || s.eventTypes.some((t) => wanted.includes(t))),
  );
  const parameters: Record<string, string[]> = {
    ...(query.status && { status: [query.status] }),
    ...(wanted.length > 0 && { event_types: wanted }),
  };
  return json(200, paginate(matches.map(toModel), query, parameters));
}

export function createSubscription(ctx: OperationContext<undefined, SubscriptionBody>): SandboxResponse {
  const owner = ownerOf(ctx);
  const at = isoSeconds(ctx.now);
  const subscription: StoredSubscription = {
    id: crypto.randomUUID(),
    ...fromBody(ctx.body),
    createdAt: at,
    updatedAt: at,
    owner,
    secretKey: newWebhookSecret(),
    activities: [],
  };
  recordActivity(subscription, "CREATE", `Subscription created for ${subscription.eventTypes.join(", ")} to ${subscription.endpointUrl}`, ownerUrn(owner), ctx.now);
  ctx.sandbox.state.subscriptions.push(subscription);
  return json(200, { data: toModel(subscription) }); // Pleo answers 200, not 201
}

export function getSubscription(ctx: OperationContext): SandboxResponse | ApiError {
  const subscription = findOwned(ctx);
  return "reason" in subscription ? subscription : json(200, { data: toModel(subscription) });
}

export function updateSubscription(ctx: OperationContext<undefined, SubscriptionBody>): SandboxResponse | ApiError {
  const subscription = findOwned(ctx);
  if ("reason" in subscription) return subscription;
  const next = fromBody(ctx.body);
  const changed = (["endpointUrl", "eventTypes", "status", "customHeaders", "endpointAuth"] as const).filter(
    (field) => JSON.stringify(subscription[field]) !== JSON.stringify(next[field]),
  );
  delete subscription.customHeaders; // a full replacement: omitted optional fields are cleared
  delete subscription.endpointAuth;
  Object.assign(subscription, next, { updatedAt: isoSeconds(ctx.now) });
  recordActivity(subscription, "UPDATE", `Subscription updated (${changed.join(", ") || "no changes"})`, ownerUrn(ownerOf(ctx)), ctx.now);
  return json(200, { data: toModel(subscription) });
}

export function deleteSubscription(ctx: OperationContext): SandboxResponse | ApiError {
  const subscription = findOwned(ctx);
  if ("reason" in subscription) return subscription;
  const actor = ownerUrn(ownerOf(ctx));
  subscription.deletedAt = isoSeconds(ctx.now);
  subscription.deletedBy = actor;
  recordActivity(subscription, "DELETE", "Subscription deleted; no further deliveries or retries", actor, ctx.now);
  return empty(204);
}
