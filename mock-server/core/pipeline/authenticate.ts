/**
 * Authorization header -> the credential it carries, or the refusal that explains what was wrong:
 * `Basic base64("<key>:")` for API keys (Standalone or Integrated), `Bearer <JWT>` for OAuth access
 * tokens (pleo-api-facts.md §2). A Bearer that is not JWT-shaped (an API key, say) is malformed.
 */
import { errors } from "../http/errors.ts";
import { oauthErrors } from "../http/refusals/oauth.ts";
import { hashesEqual, hashSecret, secretPrefix } from "../world/keys.ts";
import { keyWithHash } from "../world/key-index.ts";
import type { SandboxState, StoredKey } from "../world/state.ts";
import type { Credential } from "./access.ts";
import { appInstallationOf, tokenCredential } from "./app-credential.ts";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const JWT_SHAPED = /^[^.\s]+\.[^.\s]+\.[^.\s]+$/;

/** What an Authorization header carries. */
export type SentCredential = { scheme: "basic"; secret: string } | { scheme: "bearer"; token: string };

/** The key or token inside the header; throws why the header is neither. */
export function parseCredential(header: string | undefined): SentCredential {
  if (header === undefined || header.trim() === "") throw errors.credentialMissing();
  const [scheme = "", encoded = "", ...rest] = header.trim().split(/\s+/);
  if (/^bearer$/i.test(scheme)) {
    if (rest.length > 0 || !JWT_SHAPED.test(encoded)) throw errors.credentialBearer();
    return { scheme: "bearer", token: encoded };
  }
  if (!/^basic$/i.test(scheme)) throw errors.credentialScheme(scheme);
  if (rest.length > 0 || encoded === "" || !BASE64.test(encoded)) throw errors.credentialNotBase64();
  const decoded = atob(encoded);
  const colon = decoded.indexOf(":");
  if (colon < 0) throw errors.credentialNoColon();
  if (decoded.slice(colon + 1) !== "") throw errors.credentialPassword();
  return { scheme: "basic", secret: decoded.slice(0, colon) };
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

/** A stored key as the checks see it; an integrated key brings its installation's state. */
export function keyCredential(key: StoredKey, state: SandboxState): Credential {
  const { hash: _hash, prefix: _prefix, createdBy: _createdBy, installationId, ...rest } = key;
  if (installationId === undefined) return { ...rest, kind: "api-key" };
  return { ...rest, kind: "integrated-key", installation: appInstallationOf(state.oauth, installationId) };
}

/** Throws why a found credential cannot be used now: deleted or revoked, uninstalled, expired. */
export function checkUsable(credential: Credential, now: Date): void {
  const { installation, deletedAt } = credential;
  if (credential.kind === "access-token") {
    if (deletedAt !== undefined) throw oauthErrors.tokenRevoked(deletedAt, credential.revokedBecause ?? "it was revoked");
  } else if (deletedAt !== undefined) {
    throw errors.keyRevoked(credential.name, deletedAt);
  }
  if (installation?.removedAt !== undefined) {
    throw oauthErrors.appNotInstalled(installation.appName, installation.resource, installation.removedAt, credential.kind === "access-token" ? "access token" : "integrated API key");
  }
  if (Date.parse(credential.expiresAt) <= now.getTime()) {
    throw credential.kind === "access-token" ? oauthErrors.tokenExpired(credential.expiresAt) : errors.keyExpired(credential.expiresAt);
  }
}

/** The credential a parsed header names (a key, or an access token); throws why it names none. */
export async function identify(sent: SentCredential, state: SandboxState, now: Date): Promise<Credential> {
  if (sent.scheme === "basic") return keyCredential(await findKey(sent.secret, state.keys), state);
  return tokenCredential(sent.token, state.oauth, state.world, now);
}

/** Whether two parsed headers carry the same key or token. */
export function sameCredential(a: SentCredential, b: SentCredential): boolean {
  return a.scheme === "basic" ? b.scheme === "basic" && a.secret === b.secret : b.scheme === "bearer" && a.token === b.token;
}
