/**
 * The one door for events: operations that create an export job or a vendor call `emitEvent`, and
 * every ACTIVE subscription of that company (or of its organisation) for that event type gets a
 * signed delivery. Returns at once; nothing awaits the deliveries (see `sandbox.deliveries.idle()`).
 * Past the sandbox's cap on pending deliveries, a subscriber gets a DELIVERY activity saying the
 * event was dropped instead.
 */
import type { Sandbox, StoredSubscription } from "../world/state.ts";
import type { WebhookEventType } from "../../openapi/types.ts";
import { isoSeconds, sandboxNow } from "../world/clock.ts";
import { recordActivity, WEBHOOK_SENDER_URN } from "./activities.ts";
import { deliverPlanned } from "./deliver-planned.ts";
import { planDelivery, rememberEvent, type WebhookChaosSpec } from "./webhook-chaos.ts";

export interface WebhookEvent {
  /** The company the resource belongs to. */
  companyId: string;
  eventType: WebhookEventType;
  /** The resource snapshot, e.g. the export job as GET would return it (without the `data` wrapper). */
  data: unknown;
  /** Only this subscription, if it matches (the control plane's test trigger). */
  subscriptionId?: string;
  /** Webhook chaos for this event alone; without it, armed rules decide. */
  chaos?: WebhookChaosSpec;
}

export interface EmittedEvent {
  eventId: string;
  /** One per subscription that will receive the event; `webhookId` is its `webhook-id` header. */
  deliveries: { subscriptionId: string; webhookId: string }[];
}

/** Starts delivering `event` to its subscribers and returns without waiting. Never throws for delivery failures. */
export function emitEvent(sandbox: Sandbox, event: WebhookEvent): EmittedEvent {
  const eventId = crypto.randomUUID();
  const body = JSON.stringify({ eventId, eventType: event.eventType, data: event.data });
  const chaos = sandbox.state.chaos.webhooks;
  const deliveries = subscribersOf(sandbox, event).flatMap((subscription) => {
    if (deliveryRoom(sandbox) <= 0) {
      const now = sandboxNow(sandbox.state.clock, sandbox.clock());
      const note = `Dropped ${event.eventType} (event ${eventId}) at ${isoSeconds(now)}: ${sandbox.deliveries.running} deliveries were pending, the most the sandbox runs at a time.`;
      recordActivity(subscription, "DELIVERY", note, WEBHOOK_SENDER_URN, now);
      sandbox.persistence.changed();
      return [];
    }
    const webhookId = `msg_${crypto.randomUUID().replaceAll("-", "")}`;
    const plan = planDelivery(chaos, subscription.id, event.eventType, event.chaos);
    sandbox.deliveries.track(deliverPlanned(sandbox, subscription, { webhookId, eventId, eventType: event.eventType, body }, plan));
    return [{ subscriptionId: subscription.id, webhookId }];
  });
  rememberEvent(chaos, { eventId, eventType: event.eventType, body, deliveries });
  return { eventId, deliveries };
}

/** How many more deliveries may start before the sandbox's cap on pending deliveries. */
export function deliveryRoom(sandbox: Sandbox): number {
  return sandbox.limits.pendingDeliveries - sandbox.deliveries.running;
}

/** The subscriptions an event goes to: ACTIVE ones of its company or organisation that list its type. */
export function subscribersOf(sandbox: Sandbox, event: WebhookEvent): StoredSubscription[] {
  const organisationId = sandbox.state.world.companies.find((c) => c.id === event.companyId)?.organisationId;
  return sandbox.state.subscriptions.filter(
    (s) =>
      s.deletedAt === undefined &&
      s.status === "ACTIVE" &&
      s.eventTypes.includes(event.eventType) &&
      (event.subscriptionId === undefined || s.id === event.subscriptionId) &&
      ((s.owner.type === "company" && s.owner.id === event.companyId) ||
        (s.owner.type === "organisation" && s.owner.id === organisationId)),
  );
}
