/**
 * A delivery with its webhook chaos applied: held back (late, or out of order until a later message
 * to the subscription has been delivered), attempts counted as failed, or delivered twice. Holds
 * follow the sandbox clock: moving it releases them. Never rejects.
 */
import type { Sandbox, StoredSubscription } from "../world/state.ts";
import { deliver, now, type WebhookMessage } from "./deliver.ts";
import type { DeliveryPlan, Held, WebhookChaosState } from "./webhook-chaos.ts";

/** Delivers `message` as `plan` says (plainly without one), then lets go a message it overtook. */
export async function deliverPlanned(sandbox: Sandbox, subscription: StoredSubscription, message: WebhookMessage, plan: DeliveryPlan | undefined): Promise<void> {
  const chaos = sandbox.state.chaos.webhooks;
  // Taken at once (before any await), so "the next message" is the next one emitted.
  const overtaken = chaos.held[subscription.id];
  delete chaos.held[subscription.id];
  try {
    const holdUntil = now(sandbox).getTime() + (plan?.holdSeconds ?? 0) * 1000;
    if (plan?.mode === "late") await waitUntil(sandbox, chaos, holdUntil);
    if (plan?.mode === "out-of-order" && !overtaken) {
      const held: Held = { released: false };
      chaos.held[subscription.id] = held;
      await waitUntil(sandbox, chaos, holdUntil, () => held.released);
      if (chaos.held[subscription.id] === held) delete chaos.held[subscription.id];
    }
    await deliver(sandbox, subscription, message, { ...(plan && { mode: plan.mode }), failFirst: plan?.failFirst ?? 0 });
    if (plan?.mode === "duplicate") await deliver(sandbox, subscription, message, { mode: "duplicate" });
  } finally {
    if (overtaken) {
      overtaken.released = true;
      sandbox.deliveries.wake();
    }
  }
}

/**
 * Waits until sandbox time reaches `due`, `released()` says so, or the sandbox is reset. The real
 * wait is `sandbox.deliveries.sleep` (tests make it instant); moving the clock wakes it early.
 */
async function waitUntil(sandbox: Sandbox, chaos: WebhookChaosState, due: number, released: () => boolean = () => false): Promise<void> {
  for (;;) {
    if (chaos.closed || released()) return;
    const remaining = due - now(sandbox).getTime();
    if (remaining <= 0) return;
    const slept = await Promise.race([sandbox.deliveries.sleep(remaining).then(() => true), sandbox.deliveries.nextWake().then(() => false)]);
    if (slept) return;
  }
}
