/** Pleo's Basic credential, written and read back by the one pair of helpers every part uses. */
import { describe, expect, it } from "vitest";
import { basicAuthorization, basicKeyOf } from "../mock-server/core/http/basic-credential.ts";

describe("basicKeyOf", () => {
  it("reads back the key basicAuthorization sends, whatever the scheme's case and the spaces around", () => {
    const key = "pls_abc123~ci-job-7";
    expect(basicKeyOf(basicAuthorization(key))).toBe(key);
    expect(basicKeyOf(`  basic   ${btoa(`${key}:`)}  `)).toBe(key);
  });

  it.each([
    ["no header", undefined],
    ["another scheme", `Bearer ${btoa("pls_x:")}`],
    ["a password", `Basic ${btoa("pls_x:secret")}`],
    ["no colon", `Basic ${btoa("pls_x")}`],
    ["an empty key", `Basic ${btoa(":")}`],
    ["not base64", "Basic pls_x:"],
    ["base64 of the wrong length", "Basic abc"],
    ["two credentials", `Basic ${btoa("a:")} ${btoa("b:")}`],
  ])("gives nothing for %s", (_what, header) => {
    expect(basicKeyOf(header)).toBeUndefined();
  });
});
