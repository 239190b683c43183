/**
 * A secret pasted into the wrong header never comes back: messages say what was wrong, not what was
 * sent. Through handle(), so every adapter answers alike.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { call, messageOf, newSandbox, refusal } from "./support/call.ts";
import { readyMadeKey } from "./support/world.ts";

let sandbox: Sandbox;
let secret: string;
beforeAll(async () => {
  sandbox = await newSandbox();
  secret = readyMadeKey(sandbox, "full-access").secret;
});

/** Every way the secret could show up in an answer: whole, or its random part. */
function expectNoEcho(response: { body?: unknown; headers: Record<string, string> }, value: string) {
  const text = JSON.stringify(response);
  expect(text).not.toContain(value);
  expect(text).not.toContain(value.slice(8, 24));
}

describe("header values that could be secrets are never repeated", () => {
  it("X-Sandbox-Scenario holding a key", async () => {
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": secret } });
    expect(refusal(response).reason).toBe("invalid_request");
    expect(messageOf(response)).toContain("X-Sandbox-Scenario names no scenario");
    expectNoEcho(response, secret);
  });

  it("X-Sandbox-User holding a key", async () => {
    const response = await call(sandbox, "/sandbox/api-keys", { headers: { "x-sandbox-user": secret } });
    expect(refusal(response).reason).toBe("user_unknown");
    expectNoEcho(response, secret);
  });

  it("a raw key as the whole Authorization header, or after an unknown scheme", async () => {
    for (const authorization of [secret, `Token ${secret}`, `${secret} ${secret}`]) {
      const response = await call(sandbox, "/v2/employees", { authorization });
      expect(refusal(response).reason).toBe("credential_malformed");
      expectNoEcho(response, secret);
    }
    expect(messageOf(await call(sandbox, "/v2/employees", { authorization: "Digest abc" }))).toContain('scheme "Digest"');
  });

  it("a short password sent as a key: not even a prefix of it", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: basicAuthorization("hunter2") });
    expect(refusal(response).reason).toBe("key_unknown");
    expect(messageOf(response)).not.toContain("hunter");
    expect(messageOf(response)).toContain("does not look like a sandbox key");
  });

  it("a Content-Type that is not a media type", async () => {
    const response = await call(sandbox, "/sandbox/clock", { method: "POST", body: "{}", headers: { "content-type": secret } });
    expect(refusal(response).reason).toBe("invalid_request");
    expect(messageOf(response)).toContain("got another media type");
    expectNoEcho(response, secret);
    expect(messageOf(await call(sandbox, "/sandbox/clock", { method: "POST", body: "{}", headers: { "content-type": "text/plain" } }))).toContain('got "text/plain"');
  });
});
