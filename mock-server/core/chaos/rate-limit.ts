/**
 * Pleo's rate limit: 600 requests a minute per key, as a sliding window on the sandbox clock (so
 * moving the clock a minute on frees it). Off by default in-process, on by default over HTTP.
 */
import { errors } from "../http/errors.ts";
import { FAULT_RETRY_AFTER_SECONDS } from "./faults.ts";

export const PLEO_REQUESTS_PER_MINUTE = 600;
export const WINDOW_MS = 60_000;

export interface RateLimitSettings {
  enabled: boolean;
  requestsPerMinute: number;
}

export interface RateLimitState extends RateLimitSettings {
  /** Sandbox times (ms) of each key's requests inside the window, oldest first, by key id (plain data: the guide saves the state as JSON). */
  windows: Record<string, number[]>;
}

export function createRateLimit(settings: RateLimitSettings): RateLimitState {
  return { ...settings, windows: {} };
}

/**
 * Counts a request of the key at `now`, or throws 429 when the key has used up its window.
 * `forced` (the `rate-limited` scenario) answers as if it had, with Retry-After 1 s, whether the
 * limit is on or not. A refused request does not count.
 */
export function countRequest(state: RateLimitState, keyId: string, now: Date, forced: boolean): void {
  if (forced) throw errors.rateLimited(state.requestsPerMinute, FAULT_RETRY_AFTER_SECONDS);
  if (!state.enabled) return;
  const at = now.getTime();
  const window = state.windows[keyId] ?? [];
  // Drop what left the window, and what the clock, moved back, has not reached yet.
  let expired = 0;
  while (expired < window.length && window[expired]! <= at - WINDOW_MS) expired++;
  const live = window.slice(expired).filter((t) => t <= at);
  if (live.length >= state.requestsPerMinute) {
    state.windows[keyId] = live;
    const oldest = live[live.length - state.requestsPerMinute]!;
    throw errors.rateLimited(state.requestsPerMinute, Math.max(1, Math.ceil((oldest + WINDOW_MS - at) / 1000)));
  }
  live.push(at);
  state.windows[keyId] = live;
}
