/**
 * One event to one subscription: a signed POST, retried with the configured delays on a non-2xx
 * answer or a network failure, every attempt recorded as a DELIVERY activity. Never rejects.
 */
import { sandboxNow } from "../world/clock.ts";
import type { SubscriptionModel, WebhookEventType } from "../../openapi/types.ts";
import type { Sandbox, StoredSubscription } from "../world/state.ts";
import { recordActivity, WEBHOOK_SENDER_URN } from "./activities.ts";
import { signWebhook } from "./signature.ts";

/** What is sent: the same body to every subscriber, a webhook id per subscriber. */
export interface WebhookMessage {
  webhookId: string;
  eventId: string;
  eventType: WebhookEventType;
  body: string;
}

interface AttemptOutcome {
  ok: boolean;
  detail: string;
}

/** Delivers until a 2xx, the attempts run out, or the subscription stops wanting the event. */
export async function deliver(sandbox: Sandbox, subscription: StoredSubscription, message: WebhookMessage): Promise<void> {
  const { retryDelaysMs } = sandbox.deliveries;
  const attempts = retryDelaysMs.length + 1;
  const label = `${message.eventType} (event ${message.eventId}, webhook-id ${message.webhookId})`;
  const record = (description: string) => recordActivity(subscription, "DELIVERY", description, WEBHOOK_SENDER_URN, now(sandbox));
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (!stillWanted(sandbox, subscription, message.eventType)) {
        record(`Stopped delivering ${label} before attempt ${attempt}: the subscription was deleted, deactivated or no longer lists the event type.`);
        return;
      }
      const outcome = await attemptOnce(sandbox, subscription, message);
      const delay = retryDelaysMs[attempt - 1];
      const next = outcome.ok ? "delivered." : delay === undefined ? "giving up." : `retrying in ${delay} ms.`;
      record(`Attempt ${attempt} of ${attempts} to deliver ${label} to ${subscription.endpointUrl}: ${outcome.detail}; ${next}`);
      if (outcome.ok || delay === undefined) return;
      await sandbox.deliveries.sleep(delay);
    }
  } catch (cause) {
    record(`Delivery of ${label} failed inside the sandbox: ${cause instanceof Error ? cause.message : String(cause)}.`);
  }
}

async function attemptOnce(sandbox: Sandbox, subscription: StoredSubscription, message: WebhookMessage): Promise<AttemptOutcome> {
  const timestamp = Math.floor(now(sandbox).getTime() / 1000);
  const headers: Record<string, string> = {
    ...subscription.customHeaders,
    ...authorization(subscription.endpointAuth),
    "content-type": "application/json",
    "webhook-id": message.webhookId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": await signWebhook(subscription.secretKey, message.webhookId, timestamp, message.body),
  };
  try {
    const response = await sandbox.deliveries.fetch(subscription.endpointUrl, {
      method: "POST",
      headers,
      body: message.body,
      redirect: "manual", // Standard Webhooks: a redirect is not a delivery.
      signal: AbortSignal.timeout(sandbox.deliveries.timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined); // read to the end so the connection is freed
    return { ok: response.status >= 200 && response.status < 300, detail: `HTTP ${response.status}` };
  } catch (cause) {
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message) : String(cause);
    return { ok: false, detail: `network failure: ${reason}` };
  }
}

/** Deleted, deactivated, edited or reset away: stop retrying. */
function stillWanted(sandbox: Sandbox, subscription: StoredSubscription, eventType: WebhookEventType): boolean {
  return (
    sandbox.state.subscriptions.includes(subscription) &&
    subscription.deletedAt === undefined &&
    subscription.status === "ACTIVE" &&
    subscription.eventTypes.includes(eventType)
  );
}

/** BASIC sends its username and password; NONE sends nothing (its input refused any credentials). */
function authorization(auth: SubscriptionModel["endpointAuth"]): Record<string, string> {
  const credentials = auth?.credentials ?? {};
  if (auth?.type === "BASIC") return { authorization: `Basic ${utf8Base64(`${credentials.username ?? ""}:${credentials.password ?? ""}`)}` };
  return {};
}

function utf8Base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function now(sandbox: Sandbox): Date {
  return sandboxNow(sandbox.state.clock, sandbox.clock());
}
