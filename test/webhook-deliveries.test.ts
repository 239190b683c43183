/**
 * Real webhook deliveries: signed POSTs to a local HTTP receiver, retries recorded as activities,
 * and the triggering request answering before any delivery completes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createSandbox, type CreateSandboxOptions, type Sandbox } from "../mock-server/core/world/state.ts";
import { emitEvent } from "../mock-server/core/webhooks/emit-event.ts";
import { signWebhook } from "../mock-server/core/webhooks/signature.ts";
import { call, NOW, refusal } from "./support/call.ts";
import { expectedSignature, startReceiver, type Receiver } from "./support/receiver.ts";
import { NORDLYS_AB, NORDLYS_APS, seeded, UNKNOWN_ID, userWithRole } from "./support/world.ts";

/** Nordlys ApS's users, by role, as the test trigger's X-Sandbox-User. */
const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const ORGANISATION_ADMIN = userWithRole(seeded, "Nordlys ApS", "admin", true).email;
const BOOKKEEPER = userWithRole(seeded, "Nordlys ApS", "bookkeeper").email;
const EMPLOYEE = userWithRole(seeded, "Nordlys ApS", "employee").email;

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(status?: (n: number) => number): Promise<Receiver> {
  const started = await startReceiver(status);
  receivers.push(started);
  return started;
}

/** Retries without real waiting: tests must stay fast. */
function fastSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  return createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [1, 1], timeoutMs: 5_000 }, ...options });
}

async function subscribe(sandbox: Sandbox, body: Record<string, unknown>, key = "full-access") {
  const created = await call(sandbox, "/v1/subscriptions", { method: "POST", key, body: { eventTypes: ["v1.export-job.created"], ...body } });
  const { id } = (created.body as { data: { id: string } }).data;
  const secret = await call(sandbox, `/v1/subscriptions/${id}/secret`, { key });
  return { id, secretKey: (secret.body as { data: { secretKey: string } }).data.secretKey };
}

function trigger(sandbox: Sandbox, body: Record<string, unknown>, user = ADMIN) {
  return call(sandbox, "/sandbox/webhooks/test", { method: "POST", headers: { "x-sandbox-user": user }, body });
}

async function deliveryActivities(sandbox: Sandbox, id: string, key = "full-access"): Promise<string[]> {
  const response = await call(sandbox, `/v1/subscriptions/${id}/activities`, { key, query: { operation_types: "DELIVERY" } });
  return (response.body as { data: { description: string }[] }).data.map((a) => a.description);
}

describe("signing", () => {
  it("matches the Standard Webhooks test vector", async () => {
    const signature = await signWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}');
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("agrees with node:crypto's HMAC for a fresh secret and a non-ASCII body", async () => {
    const secret = `whsec_${Buffer.from("a 24-byte secret, really").toString("base64")}`;
    const body = JSON.stringify({ name: "Kontorforsyning ÆØÅ ApS" });
    expect(await signWebhook(secret, "msg_1", 1764000000, body)).toBe(expectedSignature(secret, "msg_1", 1764000000, body));
  });
});

describe("deliveries to a real endpoint", () => {
  it("POSTs a signed event the receiver can verify with the secret from /secret", async () => {
    const sandbox = await fastSandbox();
    const endpoint = await receiver();
    const { id, secretKey } = await subscribe(sandbox, { endpointUrl: endpoint.url, customHeaders: { "x-tenant": "acme" } });

    const answer = await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.export-job.created" });
    expect(answer.status).toBe(202);
    const result = (answer.body as { data: { eventId: string; data: { id: string }; deliveries: { subscriptionId: string; webhookId: string }[] } }).data;
    expect(result.deliveries).toEqual([{ subscriptionId: id, webhookId: expect.stringMatching(/^msg_/) }]);
    await sandbox.deliveries.idle();

    expect(endpoint.received).toHaveLength(1);
    const [{ headers, body }] = endpoint.received as [(typeof endpoint.received)[0]];
    expect(headers["webhook-id"]).toBe(result.deliveries[0]!.webhookId);
    expect(headers["webhook-timestamp"]).toBe(String(NOW.getTime() / 1000));
    expect(headers["webhook-signature"]).toBe(expectedSignature(secretKey, headers["webhook-id"] as string, headers["webhook-timestamp"] as string, body));
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-tenant"]).toBe("acme");
    expect(JSON.parse(body)).toEqual({
      eventId: result.eventId,
      eventType: "v1.export-job.created",
      data: expect.objectContaining({ id: result.data.id, companyId: NORDLYS_APS, status: "pending", expiresIn: 3600 }),
    });
    expect(await deliveryActivities(sandbox, id)).toEqual([expect.stringMatching(/^Attempt 1 of 3 .* HTTP 204; delivered\.$/)]);
  });

  it("stamps webhook-timestamp with the sandbox clock, not the real one", async () => {
    const sandbox = await fastSandbox();
    const endpoint = await receiver();
    await subscribe(sandbox, { endpointUrl: endpoint.url });
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "2027-01-01T00:00:00Z" } });
    await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.export-job.created" });
    await sandbox.deliveries.idle();
    expect(endpoint.received[0]!.headers["webhook-timestamp"]).toBe(String(Date.parse("2027-01-01T00:00:00Z") / 1000));
  });

  it("carries the credentials the subscription declares: BASIC as HTTP Basic, NONE nothing, a bearer token only as a custom header", async () => {
    const sandbox = await fastSandbox();
    const basic = await receiver();
    const none = await receiver();
    const bearer = await receiver();
    await subscribe(sandbox, { endpointUrl: basic.url, endpointAuth: { type: "BASIC", credentials: { username: "erp", password: "s3cret" } } });
    await subscribe(sandbox, { endpointUrl: none.url, endpointAuth: { type: "NONE" } });
    await subscribe(sandbox, { endpointUrl: bearer.url, endpointAuth: { type: "NONE" }, customHeaders: { Authorization: "Bearer tok_123" } });
    await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.export-job.created" });
    await sandbox.deliveries.idle();
    expect(basic.received[0]!.headers.authorization).toBe(`Basic ${Buffer.from("erp:s3cret").toString("base64")}`);
    expect(none.received[0]!.headers.authorization).toBeUndefined();
    expect(bearer.received[0]!.headers.authorization).toBe("Bearer tok_123");
  });

  it("retries a failing endpoint with the same webhook-id and records every attempt", async () => {
    const sandbox = await fastSandbox();
    const endpoint = await receiver((n) => (n <= 2 ? 500 : 200));
    const { id, secretKey } = await subscribe(sandbox, { endpointUrl: endpoint.url });
    await trigger(sandbox, { subscriptionId: id });
    await sandbox.deliveries.idle();

    expect(endpoint.received).toHaveLength(3);
    expect(new Set(endpoint.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
    for (const { headers, body } of endpoint.received) {
      expect(headers["webhook-signature"]).toBe(expectedSignature(secretKey, headers["webhook-id"] as string, headers["webhook-timestamp"] as string, body));
    }
    expect(await deliveryActivities(sandbox, id)).toEqual([
      expect.stringMatching(/^Attempt 1 of 3 .*: HTTP 500; retrying in 1 ms\.$/),
      expect.stringMatching(/^Attempt 2 of 3 .*: HTTP 500; retrying in 1 ms\.$/),
      expect.stringMatching(/^Attempt 3 of 3 .*: HTTP 200; delivered\.$/),
    ]);
  });

  it("gives up after the last attempt when the endpoint cannot be reached, without an unhandled rejection", async () => {
    const sandbox = await fastSandbox();
    const closed = await startReceiver();
    await closed.close(); // nothing listens on this port any more
    const { id } = await subscribe(sandbox, { endpointUrl: closed.url });
    await trigger(sandbox, { subscriptionId: id });
    await sandbox.deliveries.idle();
    const attempts = await deliveryActivities(sandbox, id);
    expect(attempts).toHaveLength(3);
    expect(attempts[2]).toMatch(/^Attempt 3 of 3 .*: network failure: .*; giving up\.$/);
  });

  it("stops retrying once the subscription is deleted", async () => {
    let sandbox!: Sandbox;
    let id = "";
    const endpoint = await receiver(() => 503);
    // The wait between attempts is where the integration deletes its subscription.
    const sleep = async () => {
      await call(sandbox, `/v1/subscriptions/${id}`, { method: "DELETE", key: "full-access" });
    };
    sandbox = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [1, 1], sleep } });
    ({ id } = await subscribe(sandbox, { endpointUrl: endpoint.url }));
    await trigger(sandbox, { subscriptionId: id });
    await sandbox.deliveries.idle();
    expect(endpoint.received).toHaveLength(1);
    expect((await deliveryActivities(sandbox, id))[1]).toMatch(/^Stopped delivering .* before attempt 2/);
  });

  it("stops retrying after a reset: the subscription is no longer in the world", async () => {
    let sandbox!: Sandbox;
    const endpoint = await receiver(() => 500);
    const sleep = async () => {
      await call(sandbox, "/sandbox/reset", { method: "POST" });
    };
    sandbox = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [1, 1], sleep } });
    const { id } = await subscribe(sandbox, { endpointUrl: endpoint.url });
    await trigger(sandbox, { subscriptionId: id });
    await sandbox.deliveries.idle();
    expect(endpoint.received).toHaveLength(1);
    expect(sandbox.state.subscriptions).toEqual([]);
  });
});

describe("who receives an event", () => {
  it("reaches ACTIVE subscriptions for that event type in that company or its organisation, no others", async () => {
    const sandbox = await fastSandbox();
    const own = await receiver();
    const organisation = await receiver();
    const inactive = await receiver();
    const vendorsOnly = await receiver();
    await subscribe(sandbox, { endpointUrl: own.url });
    await subscribe(sandbox, { endpointUrl: organisation.url }, "organisation");
    await subscribe(sandbox, { endpointUrl: inactive.url, status: "INACTIVE" });
    await subscribe(sandbox, { endpointUrl: vendorsOnly.url, eventTypes: ["v1.vendor.created"] });

    await trigger(sandbox, { companyId: NORDLYS_AB, eventType: "v1.export-job.created" }, ORGANISATION_ADMIN);
    await sandbox.deliveries.idle();
    expect([own, organisation, inactive, vendorsOnly].map((r) => r.received.length)).toEqual([0, 1, 0, 0]);

    await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.export-job.created" });
    await sandbox.deliveries.idle();
    expect([own, organisation, inactive, vendorsOnly].map((r) => r.received.length)).toEqual([1, 2, 0, 0]);
  });

  it("emitEvent returns the deliveries it started and leaves them running", async () => {
    const sandbox = await fastSandbox();
    const endpoint = await receiver();
    const { id } = await subscribe(sandbox, { endpointUrl: endpoint.url, eventTypes: ["v1.vendor.created"] });
    const emitted = emitEvent(sandbox, { companyId: NORDLYS_APS, eventType: "v1.vendor.created", data: { id: "v-1" } });
    expect(emitted.deliveries.map((d) => d.subscriptionId)).toEqual([id]);
    expect(sandbox.deliveries.running).toBe(1);
    await sandbox.deliveries.idle();
    expect(sandbox.deliveries.running).toBe(0);
    expect(JSON.parse(endpoint.received[0]!.body)).toEqual({ eventId: emitted.eventId, eventType: "v1.vendor.created", data: { id: "v-1" } });
  });
});

describe("the triggering request", () => {
  it("answers before the delivery completes", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fetched = 0;
    let answered = false;
    // A receiver that does not answer until the test lets it: if handle() awaited deliveries, the call below would never return.
    const fetch: typeof globalThis.fetch = async () => {
      fetched++;
      await gate;
      answered = true;
      return new Response(null, { status: 204 });
    };
    const sandbox = await fastSandbox({ fetch });
    const { id } = await subscribe(sandbox, { endpointUrl: "https://erp.example/hooks" });
    const response = await trigger(sandbox, { subscriptionId: id });
    expect(response.status).toBe(202);
    expect(answered).toBe(false);
    expect(sandbox.deliveries.running).toBe(1);
    release();
    await sandbox.deliveries.idle();
    expect([fetched, answered]).toEqual([1, true]);
  });
});

describe("the test trigger's refusals", () => {
  it("wants an admin or bookkeeper of the company", async () => {
    const sandbox = await fastSandbox();
    expect(refusal(await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.vendor.created" }, EMPLOYEE)).reason).toBe("role_insufficient");
    expect(refusal(await trigger(sandbox, { companyId: NORDLYS_AB, eventType: "v1.vendor.created" })).reason).toBe("role_insufficient");
    expect(refusal(await call(sandbox, "/sandbox/webhooks/test", { method: "POST", body: { companyId: NORDLYS_APS, eventType: "v1.vendor.created" } })).reason).toBe("user_missing");
    expect((await trigger(sandbox, { companyId: NORDLYS_APS, eventType: "v1.vendor.created" }, BOOKKEEPER)).status).toBe(202);
  });

  it("names what is wrong with the body, the subscription or the event type", async () => {
    const sandbox = await fastSandbox();
    expect(refusal(await trigger(sandbox, {})).status).toBe(400);
    expect(refusal(await trigger(sandbox, { companyId: NORDLYS_APS })).status).toBe(400);
    expect(refusal(await trigger(sandbox, { subscriptionId: UNKNOWN_ID })).status).toBe(404);
    const { id } = await subscribe(sandbox, { endpointUrl: "https://erp.example/hooks", status: "INACTIVE" });
    expect((await trigger(sandbox, { subscriptionId: id })).body).toMatchObject({ type: "VALIDATION_FAILED", message: expect.stringContaining("is INACTIVE") });
    const active = await subscribe(sandbox, { endpointUrl: "https://erp.example/hooks" });
    const wrongType = await trigger(sandbox, { subscriptionId: active.id, eventType: "v1.vendor.created" });
    expect((wrongType.body as { message: string }).message).toContain("does not subscribe to v1.vendor.created");
  });
});
