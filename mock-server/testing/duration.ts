/** Durations as a test writes them: "90s", "15m", "2h", "400d", or milliseconds. */

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds in `90s`, `15m`, `2h`, `400d` (or a number of milliseconds). */
export function durationMs(by: number | string): number {
  if (typeof by === "number") return by;
  const match = DURATION.exec(by.trim());
  if (!match) throw new Error(`"${by}" is not a duration: write a number of milliseconds, or e.g. "90s", "15m", "2h", "400d".`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A date as the control plane takes it: ISO 8601 in UTC, whole seconds. */
export const isoSeconds = (date: Date | string): string => (typeof date === "string" ? date : date.toISOString().replace(/\.\d{3}Z$/, "Z"));
