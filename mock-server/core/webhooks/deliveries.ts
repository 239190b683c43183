/**
 * How a sandbox sends webhooks, and which deliveries are still running. Deliveries are fire and
 * forget for the request that caused them; tests and the guide wait for them with `idle()`, and a
 * server shutting down ends them with `stop()`. Attempts are paced (`maxAttemptsPerSecond`), so one
 * event fanned out to many subscriptions is not a burst of requests.
 */
import { createWebhookPolicy, type WebhookPolicy } from "./endpoint-policy.ts";

/** How deliveries are sent; every field has a default. */
export interface DeliveryOptions {
  /** The fetch to post with; by default `globalThis.fetch` as it is when a delivery starts (so MSW's patch applies). */
  fetch?: typeof fetch;
  /** Waits before the 2nd, 3rd, ... attempt; its length is the number of retries. Default 1 s, 5 s, 25 s. */
  retryDelaysMs?: readonly number[];
  /** How long one attempt may take before it counts as a network failure. Default 10 s. */
  timeoutMs?: number;
  /** How to wait between attempts (tests may pass an instant one). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts started per second at most, over all subscriptions. Default 20. */
  maxAttemptsPerSecond?: number;
  /** Private network ranges as receivers (loopback is always allowed). Default false. */
  allowPrivateNetworks?: boolean;
  /** Another sandbox's policy to share (a workspace shares its server's, which knows the server's own address). */
  policy?: WebhookPolicy;
}

/** A sandbox's delivery machinery. */
export interface Deliveries {
  readonly fetch: typeof fetch;
  readonly retryDelaysMs: readonly number[];
  readonly timeoutMs: number;
  /** Waits `ms`, or less once `stop()` is called. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Where deliveries may go (endpoint-policy.ts); servers add their own address to it. */
  readonly policy: WebhookPolicy;
  /** Resolves when the next attempt may start, keeping to `maxAttemptsPerSecond`. */
  pace(): Promise<void>;
  /** Aborted by `stop()`: attempts in flight end, and no new one starts. */
  readonly signal: AbortSignal;
  /** Starts watching a delivery; the promise must never reject (deliver() catches everything). */
  track(delivery: Promise<void>): void;
  /** Resolves once no delivery is running, including retries and deliveries started meanwhile. */
  idle(): Promise<void>;
  /** Ends every delivery at its next step (each records why) and resolves when none is left. */
  stop(): Promise<void>;
  /** How many deliveries are running now (in flight or waiting to retry). */
  readonly running: number;
  /** Resolves at the next `wake()`: held deliveries wait on it for the clock to move or a release. */
  nextWake(): Promise<void>;
  /** Wakes every held delivery to look again (the sandbox clock moved, a message was released, a reset). */
  wake(): void;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 25_000] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ATTEMPTS_PER_SECOND = 20;

/** Delivery machinery with the given options (or the defaults). */
export function createDeliveries(options: DeliveryOptions = {}): Deliveries {
  const pending = new Set<Promise<void>>();
  const stopping = new AbortController();
  const stopped = new Promise<void>((resolve) => stopping.signal.addEventListener("abort", () => resolve(), { once: true }));
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const interruptible = (ms: number) => (stopping.signal.aborted ? Promise.resolve() : Promise.race([sleep(ms), stopped]));
  const pace = pacer(options.maxAttemptsPerSecond ?? DEFAULT_ATTEMPTS_PER_SECOND, interruptible);
  let waiters: (() => void)[] = [];
  return {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: interruptible,
    policy: options.policy ?? createWebhookPolicy({ allowPrivateNetworks: options.allowPrivateNetworks }),
    pace,
    signal: stopping.signal,
    track(delivery) {
      const settled = delivery.catch(() => undefined).finally(() => pending.delete(settled));
      pending.add(settled);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async stop() {
      stopping.abort();
      this.wake();
      await this.idle();
    },
    get running() {
      return pending.size;
    },
    nextWake() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    wake() {
      const woken = waiters;
      waiters = [];
      for (const resolve of woken) resolve();
    },
  };
}

/**
 * At most `perSecond` attempts start in any one-second window: once a window's allowance is used,
 * the next attempts wait for the window to end (measured with `sleep`, never a clock, so an
 * instant sleep in tests means no waiting).
 */
function pacer(perSecond: number, sleep: (ms: number) => Promise<void>): () => Promise<void> {
  let left = perSecond;
  let window: Promise<void> | undefined;
  return async () => {
    while (left <= 0) {
      window ??= sleep(1_000).then(() => {
        left = perSecond;
        window = undefined;
      });
      await window;
    }
    left--;
  };
}
