/**
 * Authorization header -> stored key, or the refusal that explains what was wrong with it.
 * Only `Basic base64("<key>:")` is accepted (pleo-api-facts.md §2).
 */
import { errors } from "../http/errors.ts";
import { hashesEqual, hashSecret, secretPrefix } from "../world/keys.ts";
import { keyWithHash } from "../world/key-index.ts";
import type { StoredKey } from "../world/state.ts";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The secret inside a Basic credential; throws why the header is not one. */
export function parseCredential(header: string | undefined): string {
  if (header === undefined || header.trim() === "") throw errors.credentialMissing();
  const [scheme = "", encoded = "", ...rest] = header.trim().split(/\s+/);
  if (/^bearer$/i.test(scheme)) throw errors.credentialBearer();
  if (!/^basic$/i.test(scheme)) throw errors.credentialScheme(scheme);
  if (rest.length > 0 || encoded === "" || !BASE64.test(encoded)) throw errors.credentialNotBase64();
  const decoded = atob(encoded);
  const colon = decoded.indexOf(":");
  if (colon < 0) throw errors.credentialNoColon();
  if (decoded.slice(colon + 1) !== "") throw errors.credentialPassword();
  return decoded.slice(0, colon);
}

/**
 * The stored key whose hash matches the secret, found by its SHA-256 in a map (world/key-index.ts).
 * The map is keyed by the hash, never the secret, so a lookup's timing tells nothing about how close
 * a guess was; the match is confirmed in constant time.
 */
export async function findKey(secret: string, keys: readonly StoredKey[]): Promise<StoredKey> {
  const hash = await hashSecret(secret);
  const candidate = keyWithHash(keys, hash);
  const found = candidate && hashesEqual(candidate.hash, hash) ? candidate : undefined;
  if (!found) throw errors.keyUnknown(secret.startsWith("pls_") && secret.length >= 20 ? secretPrefix(secret) : undefined);
  return found;
}

/** Throws why a found key cannot be used now (deleted, expired). */
export function checkKeyUsable(key: StoredKey, now: Date): void {
  if (key.deletedAt !== undefined) throw errors.keyRevoked(key.name, key.deletedAt);
  if (Date.parse(key.expiresAt) <= now.getTime()) throw errors.keyExpired(key.expiresAt);
}
