/** Operations that emit events: creating an export job delivers v1.export-job.created, signed, to the company's subscribers. */
import { afterEach, describe, expect, it } from "vitest";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { call, NOW } from "./support/call.ts";
import { expectedSignature, startReceiver, type Receiver } from "./support/receiver.ts";
import { companyNamed, entriesOf } from "./support/world.ts";

let endpoint: Receiver | undefined;
afterEach(() => endpoint?.close());

describe("v1.export-job.created", () => {
  it("reaches an organisation subscription when a job is created for one of its companies", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [] } });
    endpoint = await startReceiver();
    const subscribed = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "organisation", body: { endpointUrl: endpoint.url, eventTypes: ["v1.export-job.created"] } });
    const subscriptionId = (subscribed.body as { data: { id: string } }).data.id;
    const secret = ((await call(sandbox, `/v1/subscriptions/${subscriptionId}/secret`, { key: "organisation" })).body as { data: { secretKey: string } }).data.secretKey;

    const company = companyNamed(sandbox, "Nordlys AB");
    const entries = entriesOf(sandbox.state.world, company.name).filter((e) => e.deletedAt === undefined).slice(0, 3);
    const created = await call(sandbox, "/v3/export-jobs", { method: "POST", key: "organisation", body: { companyId: company.id, accountingEntryIds: entries.map((e) => e.id) } });
    expect(created.status).toBe(201);
    const job = (created.body as { data: { id: string } }).data;
    expect(endpoint.received).toHaveLength(0); // the answer came first; the delivery runs after it

    await sandbox.deliveries.idle();
    expect(endpoint.received).toHaveLength(1);
    const { headers, body } = endpoint.received[0]!;
    expect(headers["webhook-signature"]).toBe(expectedSignature(secret, String(headers["webhook-id"]), String(headers["webhook-timestamp"]), body));
    expect(JSON.parse(body)).toMatchObject({ eventType: "v1.export-job.created", data: { ...job, status: "pending", numberOfItems: 3 } });
  });
});
