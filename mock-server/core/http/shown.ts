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

/** A Content-Type as a message may name it: only when it is plainly a media type, never a header value that could be a secret. */
export function mediaTypeShown(contentType: string): string {
  const type = contentType.split(";")[0]!.trim();
  if (type === "") return "none";
  return /^(application|text|multipart|image|audio|video|font|model|message)\/[\w.+-]{1,48}$/i.test(type) ? `"${type}"` : "another media type";
}
