/**
 * What the adapters do with a fault the core asks for: wait out its latency (a timer per request,
 * so other requests go on), and hold an answer back for `timeout` until the client gives up (or
 * HANG_MS passes). Runs in Node and in the browser.
 */
import { HANG_MS } from "../core/chaos/faults.ts";

/** Resolves after `ms`, or at once when `signal` aborts (the client gave up). */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    // In Node, a pending fault must not keep the process alive.
    (timer as { unref?: () => void }).unref?.();
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

/** How long `timeout` holds a request without answering. */
export const HOLD_MS = HANG_MS;
