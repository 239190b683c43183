/**
 * One event to one subscription: a signed POST, retried with the configured delays on a non-2xx
 * answer or a network failure, every attempt recorded as a DELIVERY activity (with the endpoint
 * shown without credentials or query) and in the request journal. Stops when the subscription stops
 * wanting the event, when the endpoint is refused by the webhook policy, or when the sandbox stops.
 * Never rejects.
 */
import { record } from "../chaos/journal.ts";
import { redactUrl } from "../chaos/redact.ts";
import { sandboxNow } from "../world/clock.ts";
import type { SubscriptionModel, WebhookEventType } from "../../openapi/types.ts";
import type { Sandbox, StoredSubscription } from "../world/state.ts";
import { recordActivity, WEBHOOK_SENDER_URN } from "./activities.ts";
import { endpointProblem, endpointShown } from "./endpoint-policy.ts";
import { signWebhook } from "./signature.ts";
import type { WebhookChaosMode } from "./webhook-chaos.ts";

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
  /** The receiver's status; none after a network failure. */
  status?: number;
}

/** Webhook chaos acting on the attempts themselves. */
export interface AttemptChaos {
  /** Named in the activities and the journal. */
  mode?: WebhookChaosMode;
  /** How many first attempts count as failed, whatever the receiver answers. */
  failFirst?: number;
}

/** Delivers until a 2xx, the attempts run out, or the subscription stops wanting the event. */
export async function deliver(sandbox: Sandbox, subscription: StoredSubscription, message: WebhookMessage, chaos: AttemptChaos = {}): Promise<void> {
  const { retryDelaysMs } = sandbox.deliveries;
  const attempts = retryDelaysMs.length + 1;
  const label = `${message.eventType} (event ${message.eventId}, webhook-id ${message.webhookId})${chaos.mode ? ` [webhook chaos: ${chaos.mode}]` : ""}`;
  const record = (description: string) => {
    recordActivity(subscription, "DELIVERY", description, WEBHOOK_SENDER_URN, now(sandbox));
    sandbox.persistence.changed();
  };
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await sandbox.deliveries.pace();
      const stop = stopReason(sandbox, subscription, message.eventType);
      if (stop !== undefined) {
        record(`Stopped delivering ${label} before attempt ${attempt}: ${stop}.`);
        return;
      }
      const started = sandbox.clock().getTime();
      const answered = await attemptOnce(sandbox, subscription, message);
      const outcome = attempt <= (chaos.failFirst ?? 0) ? { ...answered, ok: false, detail: `${answered.detail}, counted as failed (fail-first)` } : answered;
      journal(sandbox, subscription, message, attempt, outcome, sandbox.clock().getTime() - started, chaos.mode);
      const delay = retryDelaysMs[attempt - 1];
      const next = outcome.ok ? "delivered." : delay === undefined ? "giving up." : `retrying in ${delay} ms.`;
      record(`Attempt ${attempt} of ${attempts} to deliver ${label} to ${endpointShown(subscription.endpointUrl)}: ${outcome.detail}; ${next}`);
      if (outcome.ok || delay === undefined) return;
      await sandbox.deliveries.sleep(delay);
    }
  } catch (cause) {
    record(`Delivery of ${label} failed inside the sandbox: ${cause instanceof Error ? cause.message : String(cause)}.`);
  }
}

/** One attempt in the request journal. */
function journal(sandbox: Sandbox, subscription: StoredSubscription, message: WebhookMessage, attempt: number, outcome: AttemptOutcome, tookMs: number, mode: WebhookChaosMode | undefined): void {
  record(sandbox.state.chaos.journal, {
    at: now(sandbox).toISOString(),
    kind: "webhook",
    method: "POST",
    path: redactUrl(subscription.endpointUrl),
    status: outcome.status ?? 0,
    durationMs: Math.max(0, tookMs),
    eventId: message.eventId,
    eventType: message.eventType,
    webhookId: message.webhookId,
    subscriptionId: subscription.id,
    attempt,
    ...(mode && { chaos: mode }),
  });
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
      signal: AbortSignal.any([AbortSignal.timeout(sandbox.deliveries.timeoutMs), sandbox.deliveries.signal]),
    });
    await response.arrayBuffer().catch(() => undefined); // read to the end so the connection is freed
    return { ok: response.status >= 200 && response.status < 300, detail: `HTTP ${response.status}`, status: response.status };
  } catch (cause) {
    return { ok: false, detail: `network failure: ${failureOf(cause)}` };
  }
}

/**
 * What went wrong, without addresses or URLs: the error's code (ECONNREFUSED, a timeout) or, for
 * a destination the adapter refused, its reason.
 */
function failureOf(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  if (inner instanceof Error && inner.name === "WebhookDestinationRefused") return inner.message;
  if (inner instanceof Error && (inner.name === "TimeoutError" || inner.name === "AbortError")) {
    const timedOut = inner.name === "TimeoutError" || (inner.cause instanceof Error && inner.cause.name === "TimeoutError");
    return timedOut ? "timed out" : "aborted";
  }
  const code = (inner as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  return inner instanceof Error ? inner.message.slice(0, 120) : "unknown";
}

/** Deleted, deactivated, edited, reset away, refused or stopping: no (re)sending. */
export function stillWanted(sandbox: Sandbox, subscription: StoredSubscription, eventType: WebhookEventType): boolean {
  return stopReason(sandbox, subscription, eventType) === undefined;
}

/** Why no more attempts should go out: deleted, deactivated, edited, reset away, refused, or the sandbox stopping. */
function stopReason(sandbox: Sandbox, subscription: StoredSubscription, eventType: WebhookEventType): string | undefined {
  if (sandbox.deliveries.signal.aborted) return "the sandbox is shutting down";
  const wanted =
    sandbox.state.subscriptions.includes(subscription) &&
    subscription.deletedAt === undefined &&
    subscription.status === "ACTIVE" &&
    subscription.eventTypes.includes(eventType);
  if (!wanted) return "the subscription was deleted, deactivated or no longer lists the event type";
  const refused = endpointProblem(subscription.endpointUrl, sandbox.deliveries.policy);
  return refused === undefined ? undefined : `the endpoint ${refused}`;
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

/** Sandbox time now. */
export function now(sandbox: Sandbox): Date {
  return sandboxNow(sandbox.state.clock, sandbox.clock());
}
