/**
 * Webhook chaos: an event delivered twice (recognised by its webhook-id), out of order, late (until
 * the sandbox clock reaches it), or after attempts counted as failed; by the event's own `chaos` or
 * an armed rule; resending a past event; and the deliveries in the request journal.
 */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterEach, describe, expect, it } from "vitest";
import { createHandlers, DEFAULT_BASE_URL } from "../mock-server/adapters/msw.ts";
import { startServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox, type CreateSandboxOptions, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, NOW, refusal } from "./support/call.ts";
import { startReceiver, type Receiver } from "./support/receiver.ts";
import { NORDLYS_APS, readyMadeKey, seeded, UNKNOWN_ID, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;

interface Got {
  webhookId: string;
  timestamp: string;
  eventId: string;
  dataId: string;
}

/** A sandbox whose deliveries land in `got`; `sleep` is how holds and retries wait (default: not at all). */
async function sandboxWithReceiver(options: CreateSandboxOptions = {}, status = 204) {
  const got: Got[] = [];
  const sandbox = await createSandbox({
    clock: () => NOW,
    webhooks: { retryDelaysMs: [1, 1, 1], sleep: async () => {} , ...options.webhooks },
    fetch: async (_url, init) => {
      const headers = new Headers(init?.headers);
      const body = JSON.parse(String(init?.body)) as { eventId: string; data: { id: string } };
      got.push({ webhookId: headers.get("webhook-id")!, timestamp: headers.get("webhook-timestamp")!, eventId: body.eventId, dataId: body.data.id });
      return new Response(null, { status });
    },
  });
  const created = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.export-job.created", "v1.vendor.created"] } });
  return { sandbox, got, subscriptionId: dataOf<{ id: string }>(created).id };
}

/** Sends a test event of Nordlys ApS; returns its eventId and the id of its data. */
async function trigger(sandbox: Sandbox, extra: Record<string, unknown> = {}) {
  const response = await call(sandbox, "/sandbox/webhooks/test", {
    method: "POST",
    headers: { "x-sandbox-user": ADMIN },
    body: { companyId: NORDLYS_APS, eventType: "v1.vendor.created", ...extra },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return dataOf<{ eventId: string; data: { id: string }; deliveries: { webhookId: string }[] }>(response);
}

async function armRule(sandbox: Sandbox, body: Record<string, unknown>) {
  const response = await call(sandbox, "/sandbox/webhooks/chaos", { method: "POST", body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return dataOf<{ id: string }>(response).id;
}

/** A receiver that acts once per webhook-id, as Standard Webhooks advises. */
function processedOnce(deliveries: { webhookId: string }[]): number {
  return new Set(deliveries.map((d) => d.webhookId)).size;
}

describe("duplicate", () => {
  it("delivers the same message twice: same webhook-id, same event, so a receiver can recognise it", async () => {
    const { sandbox, got } = await sandboxWithReceiver();
    const event = await trigger(sandbox, { chaos: { mode: "duplicate" } });
    await sandbox.deliveries.idle();
    expect(got).toHaveLength(2);
    expect(got.map((g) => [g.webhookId, g.eventId])).toEqual([
      [event.deliveries[0]!.webhookId, event.eventId],
      [event.deliveries[0]!.webhookId, event.eventId],
    ]);
    expect(processedOnce(got)).toBe(1);
  });

  it("by an armed rule, for `times` events of a subscription, then no more", async () => {
    const { sandbox, got, subscriptionId } = await sandboxWithReceiver();
    await armRule(sandbox, { mode: "duplicate", subscriptionId, eventType: "v1.vendor.created", times: 1 });
    await trigger(sandbox);
    await trigger(sandbox);
    await sandbox.deliveries.idle();
    expect(got).toHaveLength(3);
    expect(dataOf(await call(sandbox, "/sandbox/webhooks/chaos"))).toEqual([]);
  });
});

describe("out of order", () => {
  it("holds an event back until the next one to its subscription has been delivered", async () => {
    // Holds wait for a release here, never for time.
    const { sandbox, got } = await sandboxWithReceiver({ webhooks: { sleep: () => new Promise(() => {}) } });
    await armRule(sandbox, { mode: "out-of-order", times: 1 });
    const first = await trigger(sandbox);
    const second = await trigger(sandbox);
    await sandbox.deliveries.idle();
    expect(got.map((g) => g.dataId)).toEqual([second.data.id, first.data.id]);
  });

  it("lets the held event go when the sandbox clock passes its hold, even without a next event", async () => {
    const { sandbox, got } = await sandboxWithReceiver({ webhooks: { sleep: () => new Promise(() => {}) } });
    await trigger(sandbox, { chaos: { mode: "out-of-order", delaySeconds: 30 } });
    expect(got).toEqual([]);
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 30 } });
    await sandbox.deliveries.idle();
    expect(got).toHaveLength(1);
  });
});

describe("late", () => {
  it("waits for the sandbox clock: moving it on delivers, stamped with the new time", async () => {
    const { sandbox, got } = await sandboxWithReceiver({ webhooks: { sleep: () => new Promise(() => {}) } });
    await trigger(sandbox, { chaos: { mode: "late", delaySeconds: 600 } });
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 599 } });
    await Promise.resolve();
    expect([got.length, sandbox.deliveries.running]).toEqual([0, 1]);
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 1 } });
    await sandbox.deliveries.idle();
    expect(got.map((g) => g.timestamp)).toEqual([String(NOW.getTime() / 1000 + 600)]);
  });

  it("is let go by a reset, which also forgets the subscription", async () => {
    const { sandbox, got } = await sandboxWithReceiver({ webhooks: { sleep: () => new Promise(() => {}) } });
    await trigger(sandbox, { chaos: { mode: "late", delaySeconds: 600 } });
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    await sandbox.deliveries.idle();
    expect(got).toEqual([]);
  });
});

describe("fail-first", () => {
  it("counts the first attempts as failed whatever the answer, so the retries arrive too", async () => {
    const { sandbox, got, subscriptionId } = await sandboxWithReceiver();
    await trigger(sandbox, { chaos: { mode: "fail-first", attempts: 2 } });
    await sandbox.deliveries.idle();
    expect(got).toHaveLength(3);
    expect(processedOnce(got)).toBe(1);
    const activities = dataOf<{ description: string }[]>(await call(sandbox, `/v1/subscriptions/${subscriptionId}/activities`, { key: "full-access", query: { operation_types: "DELIVERY" } }));
    expect(activities.map((a) => a.description)).toEqual([
      expect.stringMatching(/^Attempt 1 of 4 .*\[webhook chaos: fail-first\].*: HTTP 204, counted as failed \(fail-first\); retrying in 1 ms\.$/),
      expect.stringMatching(/^Attempt 2 of 4 .*: HTTP 204, counted as failed \(fail-first\); retrying in 1 ms\.$/),
      expect.stringMatching(/^Attempt 3 of 4 .*: HTTP 204; delivered\.$/),
    ]);
  });
});

describe("resend", () => {
  it("delivers a past event again with the same webhook-id and body", async () => {
    const { sandbox, got } = await sandboxWithReceiver();
    const event = await trigger(sandbox);
    await sandbox.deliveries.idle();
    const resent = await call(sandbox, "/sandbox/webhooks/resend", { method: "POST", body: { eventId: event.eventId } });
    expect(resent.status).toBe(202);
    expect(dataOf(resent)).toEqual({ eventId: event.eventId, eventType: "v1.vendor.created", deliveries: event.deliveries });
    await sandbox.deliveries.idle();
    expect(got.map((g) => [g.webhookId, g.dataId])).toEqual([
      [event.deliveries[0]!.webhookId, event.data.id],
      [event.deliveries[0]!.webhookId, event.data.id],
    ]);
  });

  it("refuses an event it does not remember, and a subscription the event did not go to", async () => {
    const { sandbox } = await sandboxWithReceiver();
    const event = await trigger(sandbox);
    const unknown = await call(sandbox, "/sandbox/webhooks/resend", { method: "POST", body: { eventId: UNKNOWN_ID } });
    expect(refusal(unknown)).toEqual({ status: 404, type: "EVENT_NOT_FOUND", reason: "not_found" });
    const elsewhere = await call(sandbox, "/sandbox/webhooks/resend", { method: "POST", body: { eventId: event.eventId, subscriptionId: UNKNOWN_ID } });
    expect(refusal(elsewhere).status).toBe(400);
  });
});

describe("rules and the journal", () => {
  it("lists and disarms rules, and refuses a subscription it does not know", async () => {
    const { sandbox } = await sandboxWithReceiver();
    const id = await armRule(sandbox, { mode: "late", delaySeconds: 5 });
    expect(dataOf(await call(sandbox, "/sandbox/webhooks/chaos"))).toEqual([{ id, mode: "late", delaySeconds: 5, used: 0, armedAt: "2026-11-24T12:00:00Z" }]);
    expect((await call(sandbox, `/sandbox/webhooks/chaos/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(sandbox, `/sandbox/webhooks/chaos/${id}`, { method: "DELETE" })).status).toBe(404);
    const bad = await call(sandbox, "/sandbox/webhooks/chaos", { method: "POST", body: { mode: "duplicate", subscriptionId: UNKNOWN_ID } });
    expect(messageOf(bad)).toContain(`no subscription ${UNKNOWN_ID}`);
  });

  it("shows each delivery attempt in the journal, with its event, webhook-id and chaos", async () => {
    const { sandbox, subscriptionId } = await sandboxWithReceiver();
    const event = await trigger(sandbox, { chaos: { mode: "duplicate" } });
    await sandbox.deliveries.idle();
    const entries = dataOf<Record<string, unknown>[]>(await call(sandbox, "/sandbox/requests", { query: { kind: "webhook" } }));
    expect(entries).toEqual([1, 2].map(() => ({
      at: NOW.toISOString(),
      kind: "webhook",
      method: "POST",
      path: "https://erp.example/hooks",
      status: 204,
      durationMs: 0,
      eventId: event.eventId,
      eventType: "v1.vendor.created",
      webhookId: event.deliveries[0]!.webhookId,
      subscriptionId,
      attempt: 1,
      chaos: "duplicate",
    })));
  });
});

describe("a webhook delivered twice and recognised by its id, in MSW and over HTTP", () => {
  const receivers: Receiver[] = [];
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });

  /** Subscribes, arms `duplicate`, emits one event through `base`, and returns the webhook-ids received. */
  async function twice(base: string, sandbox: Sandbox, endpointUrl: string, received: () => string[]) {
    const auth = { authorization: basicAuthorization(readyMadeKey(sandbox, "full-access").secret), "content-type": "application/json" };
    await fetch(`${base}/v1/subscriptions`, { method: "POST", headers: auth, body: JSON.stringify({ endpointUrl, eventTypes: ["v1.vendor.created"] }) });
    await fetch(`${base}/sandbox/webhooks/chaos`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode: "duplicate", times: 1 }) });
    const triggered = await fetch(`${base}/sandbox/webhooks/test`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-sandbox-user": ADMIN },
      body: JSON.stringify({ companyId: NORDLYS_APS, eventType: "v1.vendor.created" }),
    });
    const { deliveries } = ((await triggered.json()) as { data: { deliveries: { webhookId: string }[] } }).data;
    await sandbox.deliveries.idle();
    return { sent: deliveries.map((d) => d.webhookId), received: received() };
  }

  it("in-process, through MSW", async () => {
    const sandbox = await createSandbox({ clock: () => NOW });
    const ids: string[] = [];
    const server = setupServer(
      ...createHandlers(sandbox),
      http.post("https://erp.example/hooks/pleo", ({ request }) => {
        ids.push(request.headers.get("webhook-id")!);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    server.listen({ onUnhandledRequest: "error" });
    try {
      const { sent, received } = await twice(DEFAULT_BASE_URL, sandbox, "https://erp.example/hooks/pleo", () => ids);
      expect(received).toEqual([sent[0], sent[0]]);
    } finally {
      server.close();
    }
  });

  it("over HTTP, to a real receiver", async () => {
    const sandbox = await createSandbox();
    const running = await startServer(sandbox, { port: 0 });
    const endpoint = await startReceiver();
    receivers.push(endpoint);
    try {
      const { sent, received } = await twice(running.url, sandbox, endpoint.url, () => endpoint.received.map((r) => String(r.headers["webhook-id"])));
      expect(received).toEqual([sent[0], sent[0]]);
      expect(processedOnce(received.map((webhookId) => ({ webhookId })))).toBe(1);
    } finally {
      await running.close();
    }
  });
});
