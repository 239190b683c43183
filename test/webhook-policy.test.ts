/**
 * Webhooks that cannot be turned on anyone: where a subscription may point, which headers it may
 * add, what its activities show, how fast one event fans out, and how many deliveries may wait.
 */
import { describe, expect, it } from "vitest";
import { addressKind } from "../mock-server/core/webhooks/addresses.ts";
import { emitEvent } from "../mock-server/core/webhooks/emit-event.ts";
import { createSandbox, type CreateSandboxOptions, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, NOW, refusal } from "./support/call.ts";
import { NORDLYS_APS, seeded, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const INVALID = { status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" };

/** A sandbox whose deliveries go to `fetch` and whose retries do not wait. */
function sandboxWith(fetch: typeof globalThis.fetch = async () => new Response(null, { status: 204 }), options: CreateSandboxOptions = {}) {
  return createSandbox({ clock: () => NOW, fetch, webhooks: { retryDelaysMs: [1], sleep: async () => {}, ...options.webhooks }, ...options });
}

const subscribe = (sandbox: Sandbox, body: Record<string, unknown>) =>
  call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.export-job.created"], ...body } });

const trigger = (sandbox: Sandbox) =>
  call(sandbox, "/sandbox/webhooks/test", { method: "POST", headers: { "x-sandbox-user": ADMIN }, body: { companyId: NORDLYS_APS, eventType: "v1.export-job.created" } });

async function activities(sandbox: Sandbox, id: string): Promise<string> {
  return JSON.stringify(dataOf(await call(sandbox, `/v1/subscriptions/${id}/activities`, { key: "full-access", query: { limit: "100" } })));
}

describe("where a webhook may point", () => {
  it("never at a cloud metadata service or a link-local address, however the address is written", async () => {
    const sandbox = await sandboxWith();
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://2852039166/",
      "http://0xA9.0xFE.0xA9.0xFE/",
      "http://[::ffff:169.254.169.254]/",
      "http://[64:ff9b::a9fe:a9fe]/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://169.254.10.1/",
      "http://[fe80::1]/",
      "http://0.0.0.0:4010/",
      "http://224.0.0.1/",
    ]) {
      const response = await subscribe(sandbox, { endpointUrl: url });
      expect(refusal(response), url).toEqual(INVALID);
      expect(messageOf(response), url).toMatch(/metadata service|link-local|no receiver can have/);
    }
    expect(sandbox.state.subscriptions).toEqual([]);
  });

  it("at a private range only when the sandbox allows it; loopback always", async () => {
    const strict = await sandboxWith();
    for (const url of ["http://10.0.0.5/hooks", "http://192.168.1.20:8080/hooks", "http://172.16.0.1/", "http://[fd12::1]/"]) {
      const response = await subscribe(strict, { endpointUrl: url });
      expect(refusal(response), url).toEqual(INVALID);
      expect(messageOf(response)).toContain("--allow-private-webhooks");
    }
    for (const url of ["http://127.0.0.1:9999/hooks", "http://localhost:3000/hooks", "http://[::1]:3000/hooks"]) {
      expect((await subscribe(strict, { endpointUrl: url })).status, url).toBe(200);
    }
    const lenient = await sandboxWith(undefined, { webhooks: { allowPrivateNetworks: true } });
    expect((await subscribe(lenient, { endpointUrl: "http://10.0.0.5/hooks" })).status).toBe(200);
  });

  it("never at the sandbox itself: its own MSW origin, or its own port on loopback", async () => {
    const sandbox = await sandboxWith();
    sandbox.deliveries.policy.ownOrigins.push("https://external.staging.pleo.io");
    sandbox.deliveries.policy.ownPorts.push(4010);
    for (const url of ["https://external.staging.pleo.io/sandbox/reset", "http://127.0.0.1:4010/sandbox/reset", "http://localhost:4010/v1/subscriptions", "http://127.0.0.2:4010/"]) {
      const response = await subscribe(sandbox, { endpointUrl: url });
      expect(messageOf(response), url).toBe("Invalid body: endpointUrl: is this sandbox itself; a webhook cannot call the sandbox.");
    }
    expect((await subscribe(sandbox, { endpointUrl: "http://127.0.0.1:4011/hooks" })).status).toBe(200);
  });

  it("with no user name or password in the URL, and without repeating it", async () => {
    const sandbox = await sandboxWith();
    const response = await subscribe(sandbox, { endpointUrl: "https://erp:hunter2secret@erp.example/hooks" });
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toContain("must not hold a user name or password");
    expect(JSON.stringify(response.body)).not.toContain("hunter2secret");
  });

  it("refuses the same URLs on update, and re-checks before every attempt", async () => {
    const sandbox = await sandboxWith(undefined, { webhooks: { allowPrivateNetworks: true } });
    const { id } = dataOf<{ id: string }>(await subscribe(sandbox, { endpointUrl: "http://10.0.0.5/hooks" }));
    const update = await call(sandbox, `/v1/subscriptions/${id}`, { method: "PUT", key: "full-access", body: { endpointUrl: "http://169.254.169.254/", eventTypes: ["v1.export-job.created"] } });
    expect(refusal(update)).toEqual(INVALID);
    sandbox.deliveries.policy.allowPrivateNetworks = false; // e.g. restarted without the flag
    expect((await trigger(sandbox)).status).toBe(202);
    await sandbox.deliveries.idle();
    expect(await activities(sandbox, id)).toContain("Stopped delivering v1.export-job.created");
    expect(await activities(sandbox, id)).toContain("is in a private network range");
  });
});

describe("what a subscription may send", () => {
  it("refuses custom headers that would break or bend HTTP", async () => {
    const sandbox = await sandboxWith();
    for (const customHeaders of [
      { "x-tenant": "a\r\nInjected: yes" },
      { "Transfer-Encoding": "chunked" },
      { Connection: "close" },
      { "Proxy-Authorization": "Basic abc" },
      { "x-name": "Zoë" },
      { "x-padded": " value" },
      { "x-long": "v".repeat(1_025) },
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`x-h${i}`, "1"])),
    ]) {
      expect(refusal(await subscribe(sandbox, { customHeaders })), JSON.stringify(customHeaders).slice(0, 60)).toEqual(INVALID);
    }
    expect((await subscribe(sandbox, { customHeaders: { "x-tenant": "acme", "x-api-version": "2" } })).status).toBe(200);
  });

  it("refuses endpoint credentials that would break the Authorization header", async () => {
    const sandbox = await sandboxWith();
    const bearer = await subscribe(sandbox, { endpointAuth: { type: "BEARER", credentials: { token: "abc\r\nx: y" } } });
    expect(refusal(bearer)).toEqual(INVALID);
    const basic = await subscribe(sandbox, { endpointAuth: { type: "BASIC", credentials: { username: "a:b", password: "p" } } });
    expect(messageOf(basic)).toContain("must not contain a colon");
  });

  it("keeps credentials and the query out of every activity", async () => {
    const sandbox = await sandboxWith(async () => new Response(null, { status: 500 }));
    const { id } = dataOf<{ id: string }>(
      await subscribe(sandbox, { endpointUrl: "https://erp.example/hooks?token=query-secret-123", endpointAuth: { type: "BASIC", credentials: { username: "erp", password: "basic-secret-456" } } }),
    );
    await trigger(sandbox);
    await sandbox.deliveries.idle();
    const history = await activities(sandbox, id);
    expect(history).toContain("https://erp.example/hooks?…");
    expect(history).not.toMatch(/query-secret-123|basic-secret-456/);
  });
});

describe("fan-out", () => {
  it("starts at most maxAttemptsPerSecond attempts, then waits for the next second", async () => {
    let started = 0;
    const seconds: (() => void)[] = [];
    const sandbox = await sandboxWith(
      async () => {
        started++;
        return new Response(null, { status: 204 });
      },
      { webhooks: { maxAttemptsPerSecond: 5, sleep: (ms) => (ms === 1_000 ? new Promise<void>((resolve) => seconds.push(resolve)) : Promise.resolve()) } },
    );
    for (let i = 0; i < 12; i++) expect((await subscribe(sandbox, { endpointUrl: `https://erp.example/hooks/${i}` })).status).toBe(200);
    expect(dataOf<{ deliveries: unknown[] }>(await trigger(sandbox)).deliveries).toHaveLength(12);
    await expect.poll(() => started).toBe(5);
    expect(seconds).toHaveLength(1); // the rest wait for the next second
    seconds.shift()!();
    await expect.poll(() => started).toBe(10);
    seconds.shift()!();
    await sandbox.deliveries.idle();
    expect(started).toBe(12);
  });

  it("answers 429 to a test event that would exceed the pending deliveries, and drops a natural one with a note", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const sandbox = await sandboxWith(
      async () => {
        await held;
        return new Response(null, { status: 204 });
      },
      { limits: { pendingDeliveries: 2 } },
    );
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(dataOf<{ id: string }>(await subscribe(sandbox, { endpointUrl: `https://erp.example/hooks/${i}` })).id);
    const busy = await trigger(sandbox);
    expect(refusal(busy)).toEqual({ status: 429, type: "TOO_MANY_REQUESTS", reason: "limit_reached" });
    expect(busy.headers["retry-after"]).toBe("5");
    expect(sandbox.deliveries.running).toBe(0);

    const emitted = emitEvent(sandbox, { companyId: NORDLYS_APS, eventType: "v1.export-job.created", data: {} });
    expect(emitted.deliveries).toHaveLength(2);
    release();
    await sandbox.deliveries.idle();
    expect(await activities(sandbox, ids[2]!)).toContain("deliveries were pending, the most the sandbox runs at a time");
  });
});

describe("stopping", () => {
  it("ends a delivery waiting to retry at once, and says why", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, fetch: async () => new Response(null, { status: 503 }), webhooks: { retryDelaysMs: [60_000] } });
    const { id } = dataOf<{ id: string }>(await subscribe(sandbox, {}));
    await trigger(sandbox);
    await expect.poll(() => activities(sandbox, id)).toContain("retrying in 60000 ms");
    await sandbox.deliveries.stop();
    expect(sandbox.deliveries.running).toBe(0);
    expect(await activities(sandbox, id)).toContain("before attempt 2: the sandbox is shutting down");
  });
});

describe("address kinds", () => {
  it("classifies addresses as a resolver returns them too", () => {
    expect(["::ffff:169.254.169.254", "fd00:ec2::254", "100.100.100.200"].map(addressKind)).toEqual(["metadata", "metadata", "metadata"]);
    expect(["127.0.0.1", "::1", "api.localhost"].map(addressKind)).toEqual(["loopback", "loopback", "loopback"]);
    expect(["10.1.2.3", "100.64.0.1", "fc00::1"].map(addressKind)).toEqual(["private", "private", "private"]);
    expect(["8.8.8.8", "2001:db8::1", "erp.example"].map(addressKind)).toEqual(["public", "public", "name"]);
  });
});
