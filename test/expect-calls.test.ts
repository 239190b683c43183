/** expectCalls: "expect N calls to this operation", from the journal, in-process and over HTTP. */
import { describe, expect, it } from "vitest";
import { startServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { countCalls, expectCalls } from "../mock-server/testing/expect-calls.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { call, newSandbox } from "./support/call.ts";
import { readyMadeKey, seeded } from "./support/world.ts";

describe("in-process", () => {
  it("counts the calls to an operation and says what it saw when the count is wrong", async () => {
    const sandbox = await newSandbox();
    await call(sandbox, "/v1/companies", { key: "full-access" });
    await call(sandbox, "/v1/companies", { key: "read-only" });
    await call(sandbox, "/v2/employees", { key: "full-access" });
    await expectCalls(sandbox, { method: "GET", path: "/v1/companies" }, 2);
    expect(await countCalls(sandbox, { path: "/v1/*", keyId: readyMadeKey(sandbox, "read-only").id })).toBe(1);
    await expect(expectCalls(sandbox, { method: "GET", path: "/v1/companies" }, 3)).rejects.toThrow(
      /^Expected 3 calls to GET \/v1\/companies; the sandbox's journal holds 2, newest first:\n  \S+ GET \/v1\/companies -> 200\n/,
    );
  });
});

describe("over HTTP", () => {
  it("reads a running sandbox's journal, and one workspace's", async () => {
    const running = await startServer(await createSandbox(), { port: 0 });
    const authorization = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
    try {
      await fetch(`${running.url}/v2/employees`, { headers: { authorization } });
      await fetch(`${running.url}/v2/employees`, { headers: { authorization, "x-sandbox-workspace": "job-1" } });
      await fetch(`${running.url}/v2/employees`, { headers: { authorization, "x-sandbox-workspace": "job-1" } });
      await expectCalls({ url: running.url }, { path: "/v2/employees", status: 200 }, 1);
      await expectCalls({ url: running.url, workspace: "job-1" }, { path: "/v2/employees" }, 2);
    } finally {
      await running.close();
    }
  });
});
