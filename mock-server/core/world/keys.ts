/**
 * Key secrets: made with Web Crypto, stored only as SHA-256 hashes, compared in constant time.
 * Runs unchanged in Node and in the browser.
 */
import { sha256, toHex } from "./sha256.ts";

const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const SECRET_LENGTH = 40;
/** How much of a secret the key list shows, for recognition. */
const PREFIX_LENGTH = 8;

/** A fresh secret: `pls_` and 40 random URL-safe characters (format assumed; see the README). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_LENGTH));
  // 256 % 62 skews a little towards the first characters; irrelevant for a sandbox secret.
  return "pls_" + Array.from(bytes, (b) => SECRET_ALPHABET[b % SECRET_ALPHABET.length]).join("");
}

/** The short prefix the key list shows instead of the secret. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, PREFIX_LENGTH);
}

/** Lower-case hex SHA-256 of the secret (synchronous underneath: see sha256.ts). */
export async function hashSecret(secret: string): Promise<string> {
  return toHex(sha256(secret));
}

/** Compares two equal-length hex hashes without stopping at the first difference. */
export function hashesEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
