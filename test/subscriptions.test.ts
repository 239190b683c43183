/** Pleo's webhook subscription API (/v1/subscriptions), through handle() with a fixed clock. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { NORDLYS_AB, NORDLYS_APS, NORDLYS_GROUP, UNKNOWN_ID, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const request = { endpointUrl: "https://erp.example/hooks/pleo", eventTypes: ["v1.export-job.created"] };

interface Model {
  id: string;
  endpointUrl: string;
  eventTypes: string[];
  status: string;
  customHeaders?: Record<string, string>;
  endpointAuth?: unknown;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
  deletedBy?: string;
}

async function create(body: unknown = request, key = "full-access"): Promise<Model> {
  const response = await call(sandbox, "/v1/subscriptions", { method: "POST", key, body });
  expect(response.status).toBe(200);
  return dataOf<Model>(response);
}

async function activityTypes(id: string, key = "full-access"): Promise<string[]> {
  const response = await call(sandbox, `/v1/subscriptions/${id}/activities`, { key });
  return dataOf<{ operationType: string }[]>(response).map((a) => a.operationType);
}

describe("creating and reading subscriptions", () => {
  it("answers 200 with the subscription, ACTIVE by default, and no secret in it", async () => {
    const response = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: request });
    expect(response.status).toBe(200);
    const model = dataOf(response);
    expect(model).toEqual({ id: expect.any(String), ...request, status: "ACTIVE", createdAt: "2026-11-24T12:00:00Z", updatedAt: "2026-11-24T12:00:00Z" });
    expect(JSON.stringify(response.body)).not.toContain("whsec_");
  });

  it("gets it back by id", async () => {
    const created = await create({ ...request, customHeaders: { "x-tenant": "acme" }, status: "INACTIVE" });
    const response = await call(sandbox, `/v1/subscriptions/${created.id}`, { key: "read-only" });
    expect(dataOf(response)).toEqual(created);
    expect(created.customHeaders).toEqual({ "x-tenant": "acme" });
  });

  it("gives a Standard Webhooks secret: whsec_ and base64 of at least 24 bytes", async () => {
    const { id } = await create();
    const { secretKey } = dataOf<{ secretKey: string }>(await call(sandbox, `/v1/subscriptions/${id}/secret`, { key: "full-access" }));
    expect(secretKey).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secretKey.slice("whsec_".length), "base64").length).toBeGreaterThanOrEqual(24);
    const other = await create();
    const second = dataOf<{ secretKey: string }>(await call(sandbox, `/v1/subscriptions/${other.id}/secret`, { key: "full-access" }));
    expect(second.secretKey).not.toBe(secretKey);
  });

  it("lists, filters by status and event_types, and pages", async () => {
    await create();
    await create({ endpointUrl: "https://erp.example/vendors", eventTypes: ["v1.vendor.created"], status: "INACTIVE" });
    await create({ endpointUrl: "https://erp.example/both", eventTypes: ["v1.vendor.created", "v1.export-job.created"] });

    const all = await call(sandbox, "/v1/subscriptions", { key: "full-access" });
    expect(dataOf<Model[]>(all)).toHaveLength(3);
    const active = await call(sandbox, "/v1/subscriptions", { key: "full-access", query: { status: "ACTIVE" } });
    expect(dataOf<Model[]>(active).map((s) => s.endpointUrl)).toEqual(["https://erp.example/hooks/pleo", "https://erp.example/both"]);
    const vendors = await call(sandbox, "/v1/subscriptions", { key: "full-access", query: { event_types: "v1.vendor.created" } });
    expect(dataOf<Model[]>(vendors).map((s) => s.endpointUrl)).toEqual(["https://erp.example/vendors", "https://erp.example/both"]);
    expect((vendors.body as { pagination: { currentRequestPagination: unknown } }).pagination.currentRequestPagination)
      .toMatchObject({ parameters: { event_types: ["v1.vendor.created"] } });

    const first = await call(sandbox, "/v1/subscriptions", { key: "full-access", query: { limit: "2" } });
    const pagination = (first.body as { pagination: { hasNextPage: boolean; endCursor: string; total: number } }).pagination;
    expect(pagination).toMatchObject({ hasNextPage: true, total: 3 });
    const next = await call(sandbox, "/v1/subscriptions", { key: "full-access", query: { limit: "2", after: pagination.endCursor } });
    expect(dataOf<Model[]>(next).map((s) => s.endpointUrl)).toEqual(["https://erp.example/both"]);
  });

  it("keeps subscriptions per company: another company's key gets 404, not its subscription", async () => {
    const { id } = await create();
    const made = await call(sandbox, "/sandbox/api-keys", {
      method: "POST",
      headers: { "x-sandbox-user": userWithRole(sandbox, "Nordlys AB", "admin").email },
      body: { name: "AB", expiresAt: "2027-06-01T00:00:00Z", accessLevel: { type: "company", companyId: NORDLYS_AB }, scopes: ["users:read"] },
    });
    const abKey = dataOf<{ key: string }>(made).key;
    const response = await call(sandbox, `/v1/subscriptions/${id}`, { key: abKey });
    expect(refusal(response)).toEqual({ status: 404, type: "SUBSCRIPTION_NOT_FOUND", reason: "not_found" });
    expect(dataOf<Model[]>(await call(sandbox, "/v1/subscriptions", { key: abKey }))).toEqual([]);
    expect(refusal(await call(sandbox, `/v1/subscriptions/${id}/secret`, { key: abKey })).status).toBe(404);
  });

  it("registers an organisation-level key's subscriptions for the organisation, apart from the company's", async () => {
    const own = await create();
    const orgs = await create(request, "organisation");
    expect(dataOf<Model[]>(await call(sandbox, "/v1/subscriptions", { key: "organisation" })).map((s) => s.id)).toEqual([orgs.id]);
    expect(refusal(await call(sandbox, `/v1/subscriptions/${own.id}`, { key: "organisation" })).status).toBe(404);
    const created = await call(sandbox, `/v1/subscriptions/${orgs.id}/activities`, { key: "organisation" });
    expect(dataOf<{ actorUrn: string }[]>(created)[0]!.actorUrn).toBe(`urn:pleo:organisation:${NORDLYS_GROUP}`);
  });

  it("needs no scope, but still refuses expired keys and companies without the feature", async () => {
    expect((await call(sandbox, "/v1/subscriptions", { key: "users-only" })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v1/subscriptions", { key: "expired" })).reason).toBe("key_expired");
    expect(refusal(await call(sandbox, "/v1/subscriptions", { key: "no-feature" })).reason).toBe("feature_not_enabled");
  });
});

describe("validation", () => {
  const invalid = async (body: unknown) => {
    const response = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    return (response.body as { message: string }).message;
  };

  it("wants an absolute http(s) endpointUrl", async () => {
    expect(await invalid({ ...request, endpointUrl: "/hooks" })).toContain("endpointUrl: must be an absolute http(s) URL such as https://example.com/webhooks/pleo");
    expect(await invalid({ ...request, endpointUrl: "ftp://erp.example/x" })).toContain('endpointUrl: must use http or https, not "ftp"');
    expect(await invalid({ eventTypes: request.eventTypes })).toContain("endpointUrl");
  });

  it("wants at least one known event type, each once", async () => {
    expect(await invalid({ ...request, eventTypes: [] })).toContain("eventTypes: subscribe to at least one event type (v1.export-job.created, v1.vendor.created)");
    expect(await invalid({ ...request, eventTypes: ["v1.invoice.created"] })).toContain('eventTypes.0: unknown event type "v1.invoice.created"');
    expect(await invalid({ ...request, eventTypes: ["v1.export.job-created"] })).toContain('is an older spelling; subscribe to "v1.export-job.created"');
    expect(await invalid({ ...request, eventTypes: ["v1.vendor.created", "v1.vendor.created"] })).toContain("lists an event type twice");
  });

  it("wants status ACTIVE or INACTIVE, credentials that fit the auth type, and headers the sender does not set", async () => {
    expect(await invalid({ ...request, status: "PAUSED" })).toContain("status");
    expect(await invalid({ ...request, endpointAuth: { type: "BASIC", credentials: { password: "x" } } })).toContain("endpointAuth.credentials.username: BASIC needs credentials.username");
    expect(await invalid({ ...request, endpointAuth: { type: "BEARER", credentials: { token: "t" } } })).toContain("endpointAuth.type: Invalid option");
  });

  it("refuses credentials the auth type would not send, rather than store and ignore them", async () => {
    expect(await invalid({ ...request, endpointAuth: { type: "NONE", credentials: { token: "t" } } })).toContain("endpointAuth.credentials.token: no endpointAuth.type sends a token");
    expect(await invalid({ ...request, endpointAuth: { credentials: { token: "t" } } })).toContain('customHeaders {"Authorization": "Bearer <token>"}');
    expect(await invalid({ ...request, endpointAuth: { type: "BASIC", credentials: { username: "u", token: "t" } } })).toContain("endpointAuth.credentials.token");
    expect(await invalid({ ...request, endpointAuth: { type: "NONE", credentials: { username: "u", password: "p" } } })).toContain("endpointAuth.credentials: NONE sends no credentials");
    expect(await invalid({ ...request, customHeaders: { "Webhook-Signature": "x" } })).toContain("customHeaders.Webhook-Signature: is set by the webhook sender itself");
    expect(await invalid({ ...request, customHeaders: { "bad header": "x" } })).toContain("is not a valid HTTP header name");
  });

  it("refuses a path id that is not a UUID, and unknown query values", async () => {
    expect(refusal(await call(sandbox, "/v1/subscriptions/42", { key: "full-access" })).status).toBe(400);
    const response = await call(sandbox, "/v1/subscriptions", { key: "full-access", query: { status: "PAUSED" } });
    expect(refusal(response).status).toBe(400);
    const { id } = await create();
    const activities = await call(sandbox, `/v1/subscriptions/${id}/activities`, { key: "full-access", query: { operation_types: "READ" } });
    expect((activities.body as { message: string }).message).toContain("operation_types");
  });

  it("answers 404 for an unknown subscription, naming the key's access level", async () => {
    const id = UNKNOWN_ID;
    const response = await call(sandbox, `/v1/subscriptions/${id}`, { key: "full-access" });
    expect((response.body as { message: string }).message).toBe(errors.subscriptionNotFound(id, `company ${NORDLYS_APS}`).message);
  });
});

describe("updating and deleting", () => {
  it("replaces the whole subscription on PUT, clearing omitted fields, and keeps the secret", async () => {
    const created = await create({ ...request, customHeaders: { "x-tenant": "acme" }, endpointAuth: { type: "BASIC", credentials: { username: "u", password: "p" } } });
    const secret = await call(sandbox, `/v1/subscriptions/${created.id}/secret`, { key: "full-access" });
    const later = new Date(NOW.getTime() + 60_000);
    const updated = dataOf(await call(sandbox, `/v1/subscriptions/${created.id}`, {
      method: "PUT", key: "full-access", now: later, body: { endpointUrl: "https://erp.example/v2", eventTypes: ["v1.vendor.created"], status: "INACTIVE" },
    }));
    expect(updated).toEqual({ id: created.id, endpointUrl: "https://erp.example/v2", eventTypes: ["v1.vendor.created"], status: "INACTIVE", createdAt: created.createdAt, updatedAt: "2026-11-24T12:01:00Z" });
    expect((await call(sandbox, `/v1/subscriptions/${created.id}/secret`, { key: "full-access" })).body).toEqual(secret.body);
    expect(await activityTypes(created.id)).toEqual(["CREATE", "UPDATE"]);
  });

  it("deletes with 204; the subscription is gone but its activities stay readable", async () => {
    const { id } = await create();
    const deleted = await call(sandbox, `/v1/subscriptions/${id}`, { method: "DELETE", key: "full-access" });
    expect(deleted.status).toBe(204);
    expect(refusal(await call(sandbox, `/v1/subscriptions/${id}`, { key: "full-access" })).status).toBe(404);
    expect(refusal(await call(sandbox, `/v1/subscriptions/${id}`, { method: "DELETE", key: "full-access" })).status).toBe(404);
    expect(dataOf<Model[]>(await call(sandbox, "/v1/subscriptions", { key: "full-access" }))).toEqual([]);
    expect(await activityTypes(id)).toEqual(["CREATE", "DELETE"]);
    const only = await call(sandbox, `/v1/subscriptions/${id}/activities`, { key: "full-access", query: { operation_types: "DELETE" } });
    expect(dataOf<{ operationType: string; actorUrn: string; subscriptionId: string }[]>(only)).toEqual([
      expect.objectContaining({ operationType: "DELETE", actorUrn: `urn:pleo:company:${NORDLYS_APS}`, subscriptionId: id }),
    ]);
  });
});
