/**
 * SHA-256, synchronous, from @noble/hashes (audited, pure JavaScript, the same in Node and the
 * browser). Web Crypto's digest is asynchronous and, in Node, a round trip to a worker thread: for
 * the short texts hashed on every request (a key's secret, a stable id's name) that cost showed in
 * the profile (bench/RESULTS.md).
 */
import { sha256 as digest } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** The SHA-256 digest of `input` (a string is hashed as its UTF-8 bytes). */
export function sha256(input: string | Uint8Array): Uint8Array {
  return digest(typeof input === "string" ? utf8ToBytes(input) : input);
}

/** Lower-case hex of `bytes`. */
export const toHex: (bytes: Uint8Array) => string = bytesToHex;
