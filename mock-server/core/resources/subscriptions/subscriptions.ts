/**
 * Pleo's webhook subscriptions (/v1/subscriptions): registered per company, or per organisation
 * with an organisation-level key, as the key's access level says. No scope needed (an assumption).
 */
import { isoSeconds } from "../../world/clock.ts";
import { empty, json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { SubscriptionModel } from "../../../openapi/types.ts";
import type { Sandbox, StoredSubscription, SubscriptionOwner } from "../../world/state.ts";
import { errors } from "../../http/errors.ts";
import { ownerUrn, recordActivity } from "../../webhooks/activities.ts";
import { newWebhookSecret } from "../../webhooks/signature.ts";
import { endpointProblem, endpointShown } from "../../webhooks/endpoint-policy.ts";
import type { SubscriptionBody, SubscriptionsQuery } from "./subscription-input.ts";
import { findOwned, isOwnedBy, ownerOf } from "./owned-subscriptions.ts";

/** Pleo's view of a subscription: no owner, secret or history. */
function toModel({ owner: _owner, secretKey: _secret, activities: _activities, ...model }: StoredSubscription): SubscriptionModel {
  return model;
}

function fromBody(body: SubscriptionBody): Pick<SubscriptionModel, "endpointUrl" | "eventTypes" | "status" | "customHeaders" | "endpointAuth"> {
  return {
    endpointUrl: body.endpointUrl,
    eventTypes: body.eventTypes,
    status: body.status,
    ...(body.customHeaders && { customHeaders: body.customHeaders }),
    ...(body.endpointAuth && { endpointAuth: body.endpointAuth }),
  };
}

/** The owner's live subscriptions, filtered by status and by any of the event types asked for. */
export function listSubscriptions(ctx: OperationContext<"getSubscriptions", SubscriptionsQuery, never>): Reply<"getSubscriptions"> {
  const { query } = ctx;
  const owner = ownerOf(ctx);
  const wanted = query.event_types ?? [];
  const matches = ctx.sandbox.state.subscriptions.filter(
    (s) =>
      isOwnedBy(s, owner) &&
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

/** Registers a subscription for the key's owner, with a fresh signing secret. */
export function createSubscription(ctx: OperationContext<"createSubscription", never, SubscriptionBody>): Reply<"createSubscription"> {
  const owner = ownerOf(ctx);
  checkEndpoint(ctx.body.endpointUrl, ctx.sandbox);
  checkRoomFor(owner, ctx.sandbox);
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
  recordActivity(subscription, "CREATE", `Subscription created for ${subscription.eventTypes.join(", ")} to ${endpointShown(subscription.endpointUrl)}`, ownerUrn(owner), ctx.now);
  ctx.sandbox.state.subscriptions.push(subscription);
  return json(200, { data: toModel(subscription) }); // Pleo answers 200, not 201
}

/** Throws 400 when the sandbox's webhook policy refuses the endpoint (a private range, the sandbox itself). */
function checkEndpoint(endpointUrl: string, sandbox: Sandbox): void {
  const problem = endpointProblem(endpointUrl, sandbox.deliveries.policy);
  if (problem !== undefined) throw errors.invalidRequest(`Invalid body: endpointUrl: ${problem}.`);
}

/** Throws LIMIT_REACHED when the sandbox, or the owner, holds as many subscriptions as it keeps. */
function checkRoomFor(owner: SubscriptionOwner, sandbox: Sandbox): void {
  const { subscriptions, subscriptionsPerOwner } = sandbox.limits;
  if (sandbox.state.subscriptions.length >= subscriptions) {
    throw errors.limitReached("webhook subscriptions (deleted ones count: their history stays readable)", subscriptions, "POST /sandbox/reset starts over.");
  }
  const live = sandbox.state.subscriptions.filter((s) => isOwnedBy(s, owner) && s.deletedAt === undefined).length;
  if (live >= subscriptionsPerOwner) {
    throw errors.limitReached(`live webhook subscriptions for ${owner.type} ${owner.id}`, subscriptionsPerOwner, "Delete one (DELETE /v1/subscriptions/{id}) first; one subscription can list several event types.");
  }
}

/** One of the owner's live subscriptions. */
export function getSubscription(ctx: OperationContext<"getSubscriptionById", never, never>): Reply<"getSubscriptionById"> {
  return json(200, { data: toModel(findOwned(ctx)) });
}

/** Replaces the subscription with the body and records which fields changed. */
export function updateSubscription(ctx: OperationContext<"updateSubscription", never, SubscriptionBody>): Reply<"updateSubscription"> {
  const subscription = findOwned(ctx);
  checkEndpoint(ctx.body.endpointUrl, ctx.sandbox);
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

/** Marks the subscription deleted; it keeps its history, and no further deliveries or retries go out. */
export function deleteSubscription(ctx: OperationContext<"deleteSubscription", never, never>): Reply<"deleteSubscription"> {
  const subscription = findOwned(ctx);
  const actor = ownerUrn(ownerOf(ctx));
  subscription.deletedAt = isoSeconds(ctx.now);
  subscription.deletedBy = actor;
  recordActivity(subscription, "DELETE", "Subscription deleted; no further deliveries or retries", actor, ctx.now);
  return empty(204);
}
