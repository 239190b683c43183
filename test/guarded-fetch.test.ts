/** The Node servers' delivery fetch: the webhook policy applied to where a name resolves, when connecting. */
import { afterEach, describe, expect, it } from "vitest";
import { createGuardedFetch, type Resolve } from "../mock-server/adapters/guarded-fetch.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, NOW } from "./support/call.ts";
import { startReceiver, type Receiver } from "./support/receiver.ts";
import { NORDLYS_APS, seeded, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

/** Every name resolves to `address`. */
const resolvesTo = (address: string): Resolve => async () => [{ address, family: address.includes(":") ? 6 : 4 }];

async function sandboxResolving(address: string): Promise<Sandbox> {
  const sandbox: Sandbox = await createSandbox({
    clock: () => NOW,
    fetch: createGuardedFetch(() => sandbox.deliveries.policy, resolvesTo(address)),
    webhooks: { retryDelaysMs: [], sleep: async () => {} },
  });
  return sandbox;
}

/** Subscribes to `endpointUrl`, sends one test event, and returns the DELIVERY activities. */
async function deliverOnce(sandbox: Sandbox, endpointUrl: string): Promise<string[]> {
  const created = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl, eventTypes: ["v1.vendor.created"] } });
  const { id } = dataOf<{ id: string }>(created);
  await call(sandbox, "/sandbox/webhooks/test", { method: "POST", headers: { "x-sandbox-user": ADMIN }, body: { companyId: NORDLYS_APS, eventType: "v1.vendor.created" } });
  await sandbox.deliveries.idle();
  const activities = await call(sandbox, `/v1/subscriptions/${id}/activities`, { key: "full-access", query: { operation_types: "DELIVERY" } });
  return dataOf<{ description: string }[]>(activities).map((a) => a.description);
}

describe("the guarded delivery fetch", () => {
  it("delivers to a name that resolves to loopback, where a partner's receiver runs", async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const port = new URL(receiver.url).port;
    const sandbox = await sandboxResolving("127.0.0.1");
    const [attempt] = await deliverOnce(sandbox, `http://erp.test:${port}/hooks/pleo`);
    expect(attempt).toContain("HTTP 204; delivered.");
    expect(receiver.received).toHaveLength(1);
  });

  it("refuses a name that resolves to the metadata service, and says so", async () => {
    const sandbox = await sandboxResolving("169.254.169.254");
    const [attempt] = await deliverOnce(sandbox, "http://erp.test/hooks");
    expect(attempt).toContain("network failure: erp.test resolves to an address that points at a cloud metadata service");
  });

  it("refuses a name that resolves to a private range, or to the sandbox's own port", async () => {
    const sandbox = await sandboxResolving("10.1.2.3");
    expect((await deliverOnce(sandbox, "http://erp.test/hooks"))[0]).toContain("is in a private network range");
    const own = await sandboxResolving("127.0.0.1");
    own.deliveries.policy.ownPorts.push(4999);
    expect((await deliverOnce(own, "http://erp.test:4999/hooks"))[0]).toContain("is this sandbox itself");
  });

  it("refuses a literal address by itself, without resolving anything", async () => {
    const fetch = createGuardedFetch(() => ({ allowPrivateNetworks: false, ownOrigins: [], ownPorts: [], ownAddresses: [] }), () => {
      throw new Error("no lookup expected");
    });
    const failure = await fetch("http://169.254.169.254/latest/meta-data/", { method: "POST" }).catch((err: Error) => err);
    expect(failure).toBeInstanceOf(TypeError);
    expect(((failure as Error).cause as Error).name).toBe("WebhookDestinationRefused");
  });
});
