/**
 * pleo-sandbox/testing as a partner uses it: a sync function under test, one sandbox per test, and
 * each helper (mint a key, move the clock, force a scenario, read deliveries, reset) in one line.
 * Also: the same kit driving a running server over HTTP, and under node's own test runner.
 */
import { spawn } from "node:child_process";
import { get } from "node:https";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { createTestSandbox, durationMs, usePleoSandbox } from "../mock-server/exports/testing.ts";

type SyncResult = { status: "ok"; employees: number } | { status: "re-authenticate" } | { status: "missing-permission"; detail: string } | { status: "contact-pleo" };

/** The partner's code under test: it takes a fetch and a base URL, as well-behaved clients do. */
async function syncEmployees({ apiKey, fetch, baseUrl = "https://external.staging.pleo.io" }: { apiKey: string; fetch: typeof globalThis.fetch; baseUrl?: string }): Promise<SyncResult> {
  const headers = { authorization: `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}` };
  let employees = 0;
  for (let after: string | undefined; ; ) {
    const response = await fetch(`${baseUrl}/v2/employees?limit=100${after ? `&after=${after}` : ""}`, { headers });
    if (response.status === 401) return { status: "re-authenticate" };
    const body = (await response.json()) as { type?: string; message?: string; data: unknown[]; pagination: { hasNextPage: boolean; endCursor?: string } };
    if (response.status === 403) return body.type === "FEATURE_NOT_ENABLED" ? { status: "contact-pleo" } : { status: "missing-permission", detail: body.message! };
    employees += body.data.length;
    if (!body.pagination.hasNextPage) return { status: "ok", employees };
    after = body.pagination.endCursor;
  }
}

describe("one sandbox per test", () => {
  const pleo = usePleoSandbox({ beforeEach, afterEach });

  it("syncs a company's employees with a key that has users:read", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"] });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "ok", employees: 24 });
  });

  it("given an expired key, the sync reports 're-authenticate'", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"], expired: true });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "re-authenticate" });
  });

  it("given a revoked key, the sync reports 're-authenticate'", async () => {
    const key = await pleo().mintKey({ revoked: true });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "re-authenticate" });
  });

  it("given a key without users:read, the sync names the missing scope", async () => {
    const key = await pleo().mintKey({ scopes: ["companies:read"] });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "missing-permission", detail: expect.stringContaining("Missing scope users:read") });
  });

  it("an organisation-level key syncs every company of the organisation", async () => {
    const key = await pleo().mintKey({ access: "organisation", scopes: ["users:read"] });
    expect(key.organisationId).toBeDefined();
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "ok", employees: 72 });
  });

  it("forces a scenario for a number of requests, then answers naturally again", async () => {
    const key = pleo().readyMadeKey("full-access");
    pleo().forceScenario("feature-not-enabled", { times: 1 });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "contact-pleo" });
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "ok", employees: 24 });
    expect(() => pleo().forceScenario("export-job-expired")).toThrow(/not a scenario that can be forced; these can: expired-key/);
  });

  it("counts the calls that reached the sandbox, and says what it saw when the count is wrong", async () => {
    const key = pleo().readyMadeKey("full-access");
    await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch });
    await pleo().expectCalls({ method: "GET", path: "/v2/employees", status: 200 }, 1);
    await expect(pleo().expectCalls({ path: "/v2/employees" }, 2)).rejects.toThrow(/Expected 2 calls to \/v2\/employees; the sandbox.s journal holds 1, newest first:\n.* GET \/v2\/employees\?limit=100 -> 200/);
  });

  it("a dropped connection reaches the client as fetch's network error", async () => {
    const key = pleo().readyMadeKey("full-access");
    const dropped = pleo().fetch("/v2/employees", { headers: { authorization: key.authorization, "x-sandbox-fault": "reset" } });
    await expect(dropped).rejects.toThrow(TypeError);
  });

  it("moves the clock past a key's expiry", async () => {
    const key = await pleo().mintKey({ expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    expect((await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).status).toBe("ok");
    const later = await pleo().advanceClock("31d");
    expect(later.getTime()).toBeGreaterThan(Date.parse(key.expiresAt));
    expect(await syncEmployees({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "re-authenticate" });
  });

  it("reads what a webhook receiver gets, retries included, and resets", async () => {
    const key = pleo().readyMadeKey("full-access");
    const subscribe = await pleo().fetch("/v1/subscriptions", {
      method: "POST",
      headers: { authorization: key.authorization, "content-type": "application/json" },
      body: JSON.stringify({ endpointUrl: "https://erp.example.com/pleo-webhooks", eventTypes: ["v1.vendor.created"] }),
    });
    expect(subscribe.status).toBe(200);
    const admin = pleo().sandbox!.fixtures.users.find((u) => u.role === "admin" && u.companyId === key.companyId)!;
    const sent = await pleo().fetch("/sandbox/webhooks/test", {
      method: "POST",
      headers: { "x-sandbox-user": admin.id, "content-type": "application/json" },
      body: JSON.stringify({ companyId: key.companyId, eventType: "v1.vendor.created" }),
    });
    expect(sent.status).toBe(202);
    const [delivery, ...more] = await pleo().webhooks.settled();
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ url: "https://erp.example.com/pleo-webhooks", status: 200, body: { eventType: "v1.vendor.created", data: { companyId: key.companyId } } });
    expect(delivery!.headers).toMatchObject({ "webhook-id": expect.stringMatching(/^msg_/), "webhook-signature": expect.stringMatching(/^v1,/) });

    await pleo().reset();
    expect(pleo().webhooks.deliveries).toEqual([]);
    expect((await pleo().fetch("/v1/subscriptions", { headers: { authorization: key.authorization } })).status).toBe(200);
  });
});

describe("a receiver that fails", () => {
  it("sees every retry at once, without waiting for the delays", async () => {
    const kit = await createTestSandbox({ receiver: () => 503 });
    const key = kit.readyMadeKey("full-access");
    await kit.fetch("/v1/subscriptions", {
      method: "POST",
      headers: { authorization: key.authorization, "content-type": "application/json" },
      body: JSON.stringify({ endpointUrl: "https://erp.example.com/hook", eventTypes: ["v1.vendor.created"] }),
    });
    const admin = kit.sandbox!.fixtures.users.find((u) => u.role === "admin" && u.companyId === key.companyId)!;
    // The retry delays (1 s, 5 s, 25 s) are not waited for: otherwise this test would outlast its timeout.
    await kit.fetch("/sandbox/webhooks/test", { method: "POST", headers: { "x-sandbox-user": admin.id, "content-type": "application/json" }, body: JSON.stringify({ companyId: key.companyId, eventType: "v1.vendor.created" }) });
    expect((await kit.webhooks.settled()).map((d) => d.status)).toEqual([503, 503, 503, 503]);
    await kit.close();
  });
});

describe("isolation", () => {
  it("gives each sandbox its own keys and clock", async () => {
    const [a, b] = await Promise.all([createTestSandbox(), createTestSandbox()]);
    const key = await a.mintKey({ scopes: ["users:read"] });
    await a.advanceClock("2h");
    expect(await syncEmployees({ apiKey: key.secret, fetch: a.fetch })).toMatchObject({ status: "ok" });
    expect(await syncEmployees({ apiKey: key.secret, fetch: b.fetch })).toEqual({ status: "re-authenticate" });
    // a is two hours ahead of b: b's clock did not move with a's.
    expect((await a.now()).getTime() - (await b.now()).getTime()).toBeGreaterThan(7_000_000);
  });

  it("pins the clock when asked, and reads durations", async () => {
    const kit = await createTestSandbox({ now: "2026-11-24T12:00:00Z" });
    expect(await kit.now()).toEqual(new Date("2026-11-24T12:00:00Z"));
    expect(await kit.advanceClock("90s")).toEqual(new Date("2026-11-24T12:01:30Z"));
    expect(await kit.setClock("2027-01-01T00:00:00Z")).toEqual(new Date("2027-01-01T00:00:00Z"));
    expect([durationMs("15m"), durationMs("2h"), durationMs(5)]).toEqual([900_000, 7_200_000, 5]);
    expect(() => durationMs("soon")).toThrow(/not a duration/);
  });
});

describe("intercepting Pleo's hosts for code that takes no fetch", () => {
  const pleo = usePleoSandbox({ beforeEach, afterEach, intercept: true });

  it("answers global fetch and node:https from this test's sandbox", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"] });
    expect(await syncEmployees({ apiKey: key.secret, fetch: globalThis.fetch })).toEqual({ status: "ok", employees: 24 });
    pleo().forceScenario("expired-key");
    const status = await new Promise<number>((resolve, reject) =>
      get("https://external.pleo.io/v2/employees", { headers: { authorization: key.authorization } }, (res) => (res.resume(), resolve(res.statusCode!))).on("error", reject),
    );
    expect(status).toBe(401);
    pleo().clearScenario();
    const dropped = fetch("https://external.staging.pleo.io/v2/employees", { headers: { authorization: key.authorization, "x-sandbox-fault": "reset" } });
    await expect(dropped).rejects.toThrow(TypeError);
  });
});

const running: RunningServer = await startServer(await createSandbox(), { port: 0 });
afterAll(() => running.close());

describe("driving a running sandbox over HTTP", () => {
  const pleo = usePleoSandbox({ beforeEach, afterEach, url: running.url });
  let minted = "";

  it("mints keys, moves the clock and forces scenarios through the control plane", async () => {
    expect(pleo().baseUrl).toBe(running.url);
    const kit = pleo();
    const key = await kit.mintKey({ scopes: ["users:read"] });
    minted = key.secret;
    expect(await syncEmployees({ apiKey: key.secret, fetch: kit.fetch, baseUrl: kit.baseUrl })).toEqual({ status: "ok", employees: 24 });
    kit.forceScenario("missing-scope", { times: 1 });
    expect(await syncEmployees({ apiKey: key.secret, fetch: kit.fetch, baseUrl: kit.baseUrl })).toMatchObject({ status: "missing-permission" });
    const expired = await kit.mintKey({ expired: true });
    expect(await syncEmployees({ apiKey: expired.secret, fetch: kit.fetch, baseUrl: kit.baseUrl })).toEqual({ status: "re-authenticate" });
    await kit.expectCalls({ path: "/v2/employees", status: 403 }, 1);
    expect(() => kit.webhooks.deliveries).toThrow(/needs an in-process sandbox/);
    await expect(kit.intercept()).rejects.toThrow(/needs an in-process sandbox/);
  });

  it("resets the server before the next test", async () => {
    expect(minted).not.toBe("");
    expect(await syncEmployees({ apiKey: minted, fetch: pleo().fetch, baseUrl: pleo().baseUrl })).toEqual({ status: "re-authenticate" });
    // Its clock is back on real time: it reads what a sandbox made now reads.
    const fresh = await createTestSandbox();
    const apart = Math.abs((await pleo().now()).getTime() - (await fresh.now()).getTime());
    expect(apart).toBeLessThan(60_000);
  });
});

describe("under node's own test runner", () => {
  it("runs a node:test file with a sandbox per test", async () => {
    const file = fileURLToPath(new URL("./node-runner/kit.node.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", file], { cwd: fileURLToPath(new URL("..", import.meta.url)) });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(out).toMatch(/# pass 3\n/);
    expect(out).toMatch(/# fail 0\n/);
    expect(code).toBe(0);
  }, 60_000);
});
