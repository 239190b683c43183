/** Ids that must be the same in every run and every adapter (so parity and docs can rely on them). */
import { sha256 } from "./sha256.ts";

/** A UUID (version 8, RFC 9562) derived from a name with SHA-256. */
export async function stableUuid(name: string): Promise<string> {
  const digest = sha256(name);
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
