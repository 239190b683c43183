/**
 * Webhook chaos: an event delivered twice, out of order, late, or after failed attempts, for one
 * event (the test trigger's or a resend's `chaos`) or by an armed rule. Also the sandbox's memory of
 * past events, so one can be sent again. Lives in the sandbox's state, as plain data (the guide
 * saves the state as JSON): a reset forgets it all and lets held deliveries go (they then find their
 * subscription gone and stop). Held deliveries are woken through `sandbox.deliveries`.
 */
import type { Schemas, WebhookEventType } from "../../openapi/types.ts";
import { takeFirst } from "../chaos/armed.ts";

export type WebhookChaosMode = Schemas["WebhookChaosMode"];
export type WebhookChaosSpec = Schemas["WebhookChaos"];

/** How long `late` and `out-of-order` hold a message by default (sandbox seconds). */
export const DEFAULT_HOLD_SECONDS = 60;
/** How many past events the sandbox remembers for resends. */
export const REMEMBERED_EVENTS = 100;

/** An armed webhook rule as the control plane shows it. */
export type WebhookChaosRule = Schemas["WebhookChaosRule"];

/** What happens to one message on its way to one subscription. */
export interface DeliveryPlan {
  mode: WebhookChaosMode;
  /** late, out-of-order: held this long at most (sandbox seconds). */
  holdSeconds: number;
  /** fail-first: attempts counted as failed. */
  failFirst: number;
}

/** An event as it was sent, for resends. */
export interface PastEvent {
  eventId: string;
  eventType: WebhookEventType;
  body: string;
  deliveries: { subscriptionId: string; webhookId: string }[];
}

/** A message held back by `out-of-order` until a later one to its subscription has been delivered. */
export interface Held {
  released: boolean;
}

export interface WebhookChaosState {
  rules: WebhookChaosRule[];
  /** Oldest first, at most REMEMBERED_EVENTS. */
  events: PastEvent[];
  /** By subscription id. */
  held: Record<string, Held>;
  /** Set by a reset: every held delivery lets go. */
  closed: boolean;
}

export function createWebhookChaos(): WebhookChaosState {
  return { rules: [], events: [], held: {}, closed: false };
}

/** The plan for one message to one subscription: the event's own chaos, else the first armed rule that matches (used once). */
export function planDelivery(
  state: WebhookChaosState,
  subscriptionId: string,
  eventType: WebhookEventType,
  own: WebhookChaosSpec | undefined,
): DeliveryPlan | undefined {
  const spec =
    own ??
    takeFirst(state.rules, (r) => (r.subscriptionId === undefined || r.subscriptionId === subscriptionId) && (r.eventType === undefined || r.eventType === eventType));
  if (!spec) return undefined;
  return { mode: spec.mode, holdSeconds: spec.delaySeconds ?? DEFAULT_HOLD_SECONDS, failFirst: spec.mode === "fail-first" ? spec.attempts ?? 1 : 0 };
}

/** Remembers an event for resends, forgetting the oldest beyond REMEMBERED_EVENTS. */
export function rememberEvent(state: WebhookChaosState, event: PastEvent): void {
  state.events.push(event);
  if (state.events.length > REMEMBERED_EVENTS) state.events.splice(0, state.events.length - REMEMBERED_EVENTS);
}

/** Lets every held delivery of this (replaced) state go: they find their subscription gone and stop. */
export function releaseHeldDeliveries(state: WebhookChaosState): void {
  state.closed = true;
}
