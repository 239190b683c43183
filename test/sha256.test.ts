/** The core's synchronous SHA-256 (@noble/hashes, UTF-8 in) gives Web Crypto's digest for every length around the block edges, and for any text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256, toHex } from "../mock-server/core/world/sha256.ts";

const webCrypto = async (text: string) => toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));

describe("sha256", () => {
  it("matches the standard's test vectors", () => {
    expect(toHex(sha256(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("matches Web Crypto for every length from 0 to 200 bytes (one to four blocks)", async () => {
    for (let length = 0; length <= 200; length++) {
      const text = "pls_".concat("x".repeat(length)).slice(0, length);
      expect(toHex(sha256(text)), `length ${length}`).toBe(await webCrypto(text));
    }
  });

  it("matches Web Crypto for any text, multi-byte characters included", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => toHex(sha256(text)) === (await webCrypto(text))), { numRuns: 300 });
  });
});
