/**
 * How a sandbox sends webhooks, and which deliveries are still running. Deliveries are fire and
 * forget for the request that caused them; tests and the guide wait for them with `idle()`.
 */

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
}

/** A sandbox's delivery machinery. */
export interface Deliveries {
  readonly fetch: typeof fetch;
  readonly retryDelaysMs: readonly number[];
  readonly timeoutMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Starts watching a delivery; the promise must never reject (deliver() catches everything). */
  track(delivery: Promise<void>): void;
  /** Resolves once no delivery is running, including retries and deliveries started meanwhile. */
  idle(): Promise<void>;
  /** How many deliveries are running now. */
  readonly running: number;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 25_000] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Delivery machinery with the given options (or the defaults). */
export function createDeliveries(options: DeliveryOptions = {}): Deliveries {
  const pending = new Set<Promise<void>>();
  return {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    track(delivery) {
      const settled = delivery.catch(() => undefined).finally(() => pending.delete(settled));
      pending.add(settled);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    get running() {
      return pending.size;
    },
  };
}
