/**
 * Pleo's rate limit, 600 requests a minute per key on a sliding window of the sandbox clock: off
 * in-process unless turned on, on over HTTP unless turned off, forceable as `rate-limited`; and a
 * client with Retry-After logic recovering from 429 and 503, in-process (MSW) and over HTTP.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandlers } from "../mock-server/adapters/msw.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { fetchWithRetry } from "./support/retrying-client.ts";
import { readyMadeKey, seeded } from "./support/world.ts";

async function limitTo(sandbox: Sandbox, body: Record<string, unknown>) {
  const response = await call(sandbox, "/sandbox/rate-limit", { method: "POST", body });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return dataOf(response);
}

const employees = (sandbox: Sandbox, key = "full-access") => call(sandbox, "/v2/employees", { key });
const advance = (sandbox: Sandbox, seconds: number) => call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: seconds } });

describe("in-process", () => {
  it("is off by default, at Pleo's 600 a minute when turned on", async () => {
    const sandbox = await newSandbox();
    expect(dataOf(await call(sandbox, "/sandbox/rate-limit"))).toEqual({ enabled: false, requestsPerMinute: 600, windowSeconds: 60 });
    expect(await limitTo(sandbox, { enabled: true })).toEqual({ enabled: true, requestsPerMinute: 600, windowSeconds: 60 });
  });

  it("lets 600 requests of a key through in a minute and refuses the 601st with 429 and Retry-After", async () => {
    const sandbox = await newSandbox();
    await limitTo(sandbox, { enabled: true });
    for (let i = 0; i < 600; i++) expect((await employees(sandbox)).status).toBe(200);
    const refused = await employees(sandbox);
    expect(refusal(refused)).toEqual({ status: 429, type: "TOO_MANY_REQUESTS", reason: "rate_limited" });
    expect(refused.headers["retry-after"]).toBe("60");
    expect(messageOf(refused)).toBe(errors.rateLimited(600, 60).message);
  });

  it("slides on the sandbox clock: Retry-After is when the oldest request leaves the window", async () => {
    const sandbox = await newSandbox();
    await limitTo(sandbox, { enabled: true, requestsPerMinute: 3 });
    expect((await employees(sandbox)).status).toBe(200); // t = 0
    await advance(sandbox, 20);
    expect((await employees(sandbox)).status).toBe(200); // t = 20
    await advance(sandbox, 20);
    expect((await employees(sandbox)).status).toBe(200); // t = 40
    await advance(sandbox, 10);
    expect((await employees(sandbox)).headers["retry-after"]).toBe("10"); // t = 50: the t = 0 request leaves at 60
    await advance(sandbox, 10);
    expect((await employees(sandbox)).status).toBe(200); // t = 60
    expect((await employees(sandbox)).headers["retry-after"]).toBe("20"); // the t = 20 request leaves at 80
  });

  it("counts each key alone, and neither unknown keys nor the control plane", async () => {
    const sandbox = await newSandbox();
    await limitTo(sandbox, { enabled: true, requestsPerMinute: 1 });
    expect((await employees(sandbox)).status).toBe(200);
    expect((await employees(sandbox)).status).toBe(429);
    expect((await employees(sandbox, "read-only")).status).toBe(200);
    expect(refusal(await employees(sandbox, "pls_nobody")).reason).toBe("key_unknown");
    for (let i = 0; i < 3; i++) expect((await call(sandbox, "/sandbox/clock")).status).toBe(200);
  });

  it("does not count refused requests: waiting out Retry-After is enough", async () => {
    const sandbox = await newSandbox();
    await limitTo(sandbox, { enabled: true, requestsPerMinute: 1 });
    await employees(sandbox);
    for (let i = 0; i < 5; i++) expect((await employees(sandbox)).status).toBe(429);
    await advance(sandbox, 60);
    expect((await employees(sandbox)).status).toBe(200);
  });

  it("is forced by the rate-limited scenario even when off, with Retry-After 1", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "rate-limited" } });
    expect(refusal(response)).toEqual({ status: 429, type: "TOO_MANY_REQUESTS", reason: "rate_limited" });
    expect([response.headers["retry-after"], response.headers["x-sandbox-scenario"]]).toEqual(["1", "rate-limited"]);
  });

  it("goes back to the sandbox's setting on reset, and can start on", async () => {
    const sandbox = await newSandbox();
    await limitTo(sandbox, { enabled: true, requestsPerMinute: 5 });
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    expect(dataOf(await call(sandbox, "/sandbox/rate-limit"))).toEqual({ enabled: false, requestsPerMinute: 600, windowSeconds: 60 });
    const on = await createSandbox({ clock: () => NOW, rateLimit: { requestsPerMinute: 2 } });
    expect(dataOf(await call(on, "/sandbox/rate-limit"))).toEqual({ enabled: true, requestsPerMinute: 2, windowSeconds: 60 });
  });

  it.each([[{}], [{ requestsPerMinute: 0 }], [{ enabled: "yes" }]])("refuses the setting %j", async (body) => {
    const sandbox = await newSandbox();
    expect(refusal(await call(sandbox, "/sandbox/rate-limit", { method: "POST", body })).status).toBe(400);
  });
});

describe("over HTTP", () => {
  it("is on by default, off with rateLimit: false, and a reset keeps the server's setting", async () => {
    const on = await startServer(await createSandbox(), { port: 0 });
    const off = await startServer(await createSandbox(), { port: 0, rateLimit: false });
    try {
      const enabled = async (url: string) => ((await (await fetch(`${url}/sandbox/rate-limit`)).json()) as { data: { enabled: boolean } }).data.enabled;
      expect([await enabled(on.url), await enabled(off.url)]).toEqual([true, false]);
      await fetch(`${on.url}/sandbox/reset`, { method: "POST" });
      expect(await enabled(on.url)).toBe(true);
    } finally {
      await Promise.all([on.close(), off.close()]);
    }
  });
});

describe("a client that obeys Retry-After", () => {
  const AUTH = { authorization: basicAuthorization(readyMadeKey(seeded, "full-access").secret) };
  let running: RunningServer;
  let msw: ReturnType<typeof setupServer>;
  beforeAll(async () => {
    running = await startServer(await createSandbox(), { port: 0 });
    msw = setupServer(...createHandlers(await createSandbox()));
    msw.listen({ onUnhandledRequest: "bypass" });
  });
  afterAll(async () => {
    msw.close();
    await running.close();
  });

  describe.each(["MSW", "HTTP"] as const)("over %s", (name) => {
    const base = () => (name === "MSW" ? "https://external.staging.pleo.io" : running.url);
    const control = (path: string, body?: unknown) =>
      fetch(`${base()}${path}`, { method: body === undefined ? "DELETE" : "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    /** Waiting is moving the sandbox clock on, so the test does not sleep. */
    const sleep = async (seconds: number) => void (await control("/sandbox/clock", { advanceSeconds: seconds }));

    it("recovers from 429: it waits the minute out and gets its answer", async () => {
      await control("/sandbox/reset", {});
      await control("/sandbox/rate-limit", { enabled: true, requestsPerMinute: 2 });
      for (let i = 0; i < 2; i++) expect((await fetch(`${base()}/v1/companies`, { headers: AUTH })).status).toBe(200);
      const { response, waited } = await fetchWithRetry(fetch, `${base()}/v1/companies`, { headers: AUTH }, { sleep });
      expect(response.status).toBe(200);
      expect(waited).toEqual([60]);
    });

    it("recovers from 503: it retries after Retry-After until the armed fault is spent", async () => {
      await control("/sandbox/reset", {});
      await control("/sandbox/faults", { fault: "status=503", times: 2 });
      const { response, waited } = await fetchWithRetry(fetch, `${base()}/v1/companies`, { headers: AUTH }, { sleep });
      expect(response.status).toBe(200);
      expect(waited).toEqual([1, 1]);
    });
  });
});
