/** PKCE (RFC 7636), S256 only: the challenge is BASE64URL(SHA-256(ASCII(code_verifier))). */
import { base64url } from "./jwt.ts";

/** 43 to 128 unreserved characters (RFC 7636 §4.1). */
export const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** A SHA-256 digest in base64url: 43 characters. */
export const CODE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** The S256 challenge of a verifier. */
export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
