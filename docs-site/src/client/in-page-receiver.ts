/**
 * A webhook receiver living in the page, for the in-page sandbox's deliveries: it answers 204 and,
 * as Standard Webhooks advises, acts once per `webhook-id`, so a message delivered twice is
 * recognised the second time. It tells the page about each delivery with a window event.
 */
import { http, HttpResponse } from "msw";
import { IN_PAGE_RECEIVER_URL, WEBHOOK_RECEIVED_EVENT } from "./target.ts";

/** What the receiver saw of one delivery. */
export interface ReceivedWebhook {
  webhookId: string;
  eventType: string;
  /** False when this `webhook-id` came before: the receiver does not act again. */
  firstTime: boolean;
}

/** The ids the receiver has acted on, oldest first; bounded like any receiver's memory. */
const seen = new Set<string>();
const REMEMBERED = 100;

/** The MSW handler for IN_PAGE_RECEIVER_URL. */
export const receiverHandler = http.post(IN_PAGE_RECEIVER_URL, async ({ request }) => {
  const webhookId = request.headers.get("webhook-id") ?? "";
  const body = (await request.json().catch(() => ({}))) as { eventType?: string };
  const firstTime = !seen.has(webhookId);
  if (firstTime) {
    seen.add(webhookId);
    if (seen.size > REMEMBERED) seen.delete(seen.values().next().value!);
  }
  const detail: ReceivedWebhook = { webhookId, eventType: body.eventType ?? "", firstTime };
  window.dispatchEvent(new CustomEvent(WEBHOOK_RECEIVED_EVENT, { detail }));
  return new HttpResponse(null, { status: 204 });
});
