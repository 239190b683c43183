/**
 * Sandbox time is the adapter's "now" plus an offset the control plane moves, so keys and export
 * jobs expire by it. The core never reads Date.now(): time comes in with each request.
 */
export interface ClockState {
  offsetMs: number;
}

/** The sandbox's time for a request that arrived at `realNow`. */
export function sandboxNow(clock: ClockState, realNow: Date): Date {
  return new Date(realNow.getTime() + clock.offsetMs);
}

/** Sets the sandbox's time to `target`, from the request that arrived at `realNow`. */
export function setSandboxTime(clock: ClockState, realNow: Date, target: Date): void {
  clock.offsetMs = target.getTime() - realNow.getTime();
}

/** ISO-8601 UTC without milliseconds, as Pleo writes timestamps. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
