/**
 * The webhook demo: one test event delivered twice (webhook chaos `duplicate`) to the receiver in
 * the page, which recognises the second delivery by its `webhook-id`; then the journal's view.
 */
import { control, pause, withKey, type Demo } from "./failure-log.ts";
import type { ReceivedWebhook } from "./in-page-receiver.ts";
import { IN_PAGE_RECEIVER_URL, isInPage, WEBHOOK_RECEIVED_EVENT } from "./target.ts";

const WAIT_STEPS = 100;
const STEP_MS = 100;

/** Subscribes the page's receiver, sends one event with webhook chaos `duplicate`, shows both deliveries, unsubscribes. */
export const duplicateWebhook: Demo = async (config, _form, log) => {
  if (!isInPage()) {
    log({ text: "Your server posts webhooks to a receiver on your machine, and this page cannot be one: run the receiver in the terminal lines below, or switch this page back to the sandbox in the page." });
    return;
  }
  const received: ReceivedWebhook[] = [];
  const listener = (event: Event) => received.push((event as CustomEvent<ReceivedWebhook>).detail);
  window.addEventListener(WEBHOOK_RECEIVED_EVENT, listener);
  const created = await withKey(config.companyKey, "POST", "/v1/subscriptions", { endpointUrl: IN_PAGE_RECEIVER_URL, eventTypes: ["v1.vendor.created"] });
  if (created.status >= 400) throw new Error(`POST /v1/subscriptions answered ${created.status}: ${created.body}`);
  const subscriptionId = (created.json as { data: { id: string } }).data.id;
  try {
    const sent = await control("POST", "/sandbox/webhooks/test", { subscriptionId, chaos: { mode: "duplicate" } }, { "x-sandbox-user": config.admin });
    const { eventId, deliveries } = (sent.json as { data: { eventId: string; deliveries: { webhookId: string }[] } }).data;
    const webhookId = deliveries[0]!.webhookId;
    log({ text: `Sent event ${eventId} (v1.vendor.created) with webhook chaos duplicate, as webhook-id ${webhookId}.` });
    const ours = () => received.filter((r) => r.webhookId === webhookId);
    for (let i = 0; i < WAIT_STEPS && ours().length < 2; i++) await pause(STEP_MS);
    for (const [i, delivery] of ours().entries()) {
      log({
        text: `Delivery ${i + 1}: webhook-id ${delivery.webhookId}: ${delivery.firstTime ? "new, so the receiver acts on it" : "seen before, so the receiver skips it"}`,
        outcome: delivery.firstTime ? "ok" : "bad",
        data: { webhookId: delivery.webhookId, firstTime: String(delivery.firstTime) },
      });
    }
    if (ours().length < 2) log({ text: `Only ${ours().length} of 2 deliveries arrived within ${(WAIT_STEPS * STEP_MS) / 1000} s.`, outcome: "bad" });
    const journal = await control("GET", "/sandbox/requests?kind=webhook&limit=10");
    const entries = (journal.json as { data: { eventId?: string; webhookId?: string; status: number }[] }).data.filter((e) => e.eventId === eventId);
    log({ text: `The journal: ${entries.length} deliveries of event ${eventId}, answered ${entries.map((e) => e.status).join(" and ")}, each with webhook-id ${webhookId}.` });
  } finally {
    window.removeEventListener(WEBHOOK_RECEIVED_EVENT, listener);
    await withKey(config.companyKey, "DELETE", `/v1/subscriptions/${subscriptionId}`);
  }
};
