/**
 * Standard Webhooks signing (https://www.standardwebhooks.com), the scheme Pleo's headers follow:
 * HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64-decoded part of
 * the `whsec_` secret, sent as `webhook-signature: v1,<base64>`. Web Crypto only, so it runs anywhere.
 */

const SECRET_PREFIX = "whsec_";
/** 24 random bytes, as in Pleo's example secret (32 base64 characters). */
const SECRET_BYTES = 24;

/** A fresh subscription secret: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** The `webhook-signature` header value for one delivery. */
export async function signWebhook(secretKey: string, webhookId: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", secretBytes(secretKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signed = new TextEncoder().encode(`${webhookId}.${timestamp}.${body}`);
  return `v1,${toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, signed)))}`;
}

function secretBytes(secretKey: string): Uint8Array<ArrayBuffer> {
  const encoded = secretKey.startsWith(SECRET_PREFIX) ? secretKey.slice(SECRET_PREFIX.length) : secretKey;
  return Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
