/** How a message quotes what a client sent: never whole, so an answer stays small. */
import { LIMITS } from "./limits.ts";

/**
 * `value` in double quotes, cut to `max` characters (with `…` when cut) and with control
 * characters escaped. Only for values that cannot be secrets: headers are never quoted.
 */
export function shown(value: string, max: number = LIMITS.echoedChars): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
