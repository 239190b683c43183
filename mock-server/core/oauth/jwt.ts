/**
 * HS256 JSON Web Tokens with Web Crypto, so the same code signs in Node and in the browser. The
 * signing input is built by a pure function the fixtures script shares (it signs with node:crypto).
 */

const encoder = new TextEncoder();

/** RFC 4648 §5 base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of a base64url string; undefined when it is not one. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The header every access token has: HS256, typed as an OAuth access token (RFC 9068). */
export const JWT_HEADER = { alg: "HS256", typ: "at+jwt" } as const;

/** `base64url(header).base64url(claims)`: what the signature covers. */
export function signingInput(claims: object): string {
  const part = (value: object) => base64url(encoder.encode(JSON.stringify(value)));
  return `${part(JWT_HEADER)}.${part(claims)}`;
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

/** A signed JWT carrying `claims`. */
export async function signJwt(claims: object, secret: string): Promise<string> {
  const input = signingInput(claims);
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}

/** The claims of a JWT this secret signed (HS256), or what is wrong with it. */
export type Verified = { ok: true; claims: Record<string, unknown> } | { ok: false; problem: string };

/** Checks the form, the header and the signature (in constant time, by Web Crypto); not the claims. */
export async function verifyJwt(token: string, secret: string): Promise<Verified> {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, problem: "it is not a JWT: a JWT has three dot-separated parts" };
  const [header, claims, signature] = parts.map(fromBase64url);
  const decoded = { header: parseJson(header), claims: parseJson(claims) };
  if (!decoded.header || !decoded.claims || !signature) return { ok: false, problem: "it is not a JWT: its parts are not base64url JSON" };
  if (decoded.header.alg !== JWT_HEADER.alg) return { ok: false, problem: `its algorithm is ${JSON.stringify(decoded.header.alg)}, not HS256` };
  const valid = await crypto.subtle.verify("HMAC", await hmacKey(secret), signature, encoder.encode(`${parts[0]}.${parts[1]}`));
  if (!valid) return { ok: false, problem: "its signature does not verify: another sandbox, or another world, signed it, or it was changed" };
  return { ok: true, claims: decoded.claims };
}

function parseJson(bytes: Uint8Array<ArrayBuffer> | undefined): Record<string, unknown> | undefined {
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
