/**
 * Webhook chaos rules: the next deliveries (to a subscription, of an event type) go twice, out of
 * order, late, or after failed attempts; and `resend`, which delivers a past event again.
 */
import { z } from "zod";
import { webhookEventTypeValues } from "../../../openapi/types.ts";
import { MAX_ARMED, disarm } from "../../chaos/armed.ts";
import { enumOf } from "../../http/enum-of.ts";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { deliverPlanned } from "../../webhooks/deliver-planned.ts";
import { stillWanted } from "../../webhooks/deliver.ts";
import { planDelivery, type WebhookChaosRule } from "../../webhooks/webhook-chaos.ts";
import { isoSeconds } from "../../world/clock.ts";
import { webhookChaosFields, webhookChaosSpec } from "../shared/webhook-chaos-input.ts";

export const armWebhookChaosBody = z
  .object({
    ...webhookChaosFields,
    subscriptionId: z.uuid().optional(),
    eventType: enumOf(webhookEventTypeValues).optional(),
    times: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();
type ArmWebhookChaosBody = z.infer<typeof armWebhookChaosBody>;

export function armWebhookChaos({ sandbox, now, body }: OperationContext<"armWebhookChaos", never, ArmWebhookChaosBody>): Reply<"armWebhookChaos"> {
  if (body.subscriptionId !== undefined && !sandbox.state.subscriptions.some((s) => s.id === body.subscriptionId && s.deletedAt === undefined)) {
    throw errors.invalidRequest(`subscriptionId: no subscription ${body.subscriptionId} in this sandbox (GET /v1/subscriptions lists a key's).`);
  }
  const rules = sandbox.state.chaos.webhooks.rules;
  if (rules.length >= MAX_ARMED) throw errors.armedLimit("webhook rules", MAX_ARMED);
  const rule: WebhookChaosRule = { id: crypto.randomUUID(), ...body, used: 0, armedAt: isoSeconds(now) };
  rules.push(rule);
  return json(201, { data: rule });
}

export function listWebhookChaos({ sandbox }: OperationContext<"listWebhookChaos", never, never>): Reply<"listWebhookChaos"> {
  return json(200, { data: sandbox.state.chaos.webhooks.rules });
}

export function disarmWebhookChaos({ sandbox, params }: OperationContext<"disarmWebhookChaos", never, never>): Reply<"disarmWebhookChaos"> {
  if (!disarm(sandbox.state.chaos.webhooks.rules, params.id)) throw errors.armedNotFound("webhook rule", params.id, "GET /sandbox/webhooks/chaos");
  return empty(204);
}

export function disarmAllWebhookChaos({ sandbox }: OperationContext<"disarmAllWebhookChaos", never, never>): Reply<"disarmAllWebhookChaos"> {
  sandbox.state.chaos.webhooks.rules.length = 0;
  return empty(204);
}

export const resendBody = z.object({ eventId: z.uuid(), subscriptionId: z.uuid().optional(), chaos: webhookChaosSpec.optional() }).strict();
type ResendBody = z.infer<typeof resendBody>;

/** Delivers a remembered event again: same body, same webhook-id per subscription, to those that still want it. */
export function resendEvent({ sandbox, body }: OperationContext<"resendWebhookEvent", never, ResendBody>): Reply<"resendWebhookEvent"> {
  const chaos = sandbox.state.chaos.webhooks;
  const event = chaos.events.find((e) => e.eventId === body.eventId);
  if (!event) throw errors.eventNotFound(body.eventId);
  const recipients = event.deliveries.filter((d) => body.subscriptionId === undefined || d.subscriptionId === body.subscriptionId);
  if (recipients.length === 0) {
    throw errors.invalidRequest(`subscriptionId: event ${event.eventId} went to ${event.deliveries.map((d) => d.subscriptionId).join(", ") || "no subscription"}, not to ${body.subscriptionId}.`);
  }
  const deliveries = recipients.flatMap((d) => {
    const subscription = sandbox.state.subscriptions.find((s) => s.id === d.subscriptionId);
    if (!subscription || !stillWanted(sandbox, subscription, event.eventType)) return [];
    const plan = planDelivery(chaos, subscription.id, event.eventType, body.chaos);
    sandbox.deliveries.track(deliverPlanned(sandbox, subscription, { ...d, eventId: event.eventId, eventType: event.eventType, body: event.body }, plan));
    return [d];
  });
  if (deliveries.length === 0) {
    throw errors.invalidRequest(`No subscription that got event ${event.eventId} still wants it (deleted, INACTIVE, or no longer listing ${event.eventType}).`);
  }
  return json(202, { data: { eventId: event.eventId, eventType: event.eventType, deliveries } });
}
