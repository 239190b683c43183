/** Vendors (/v1/vendors), through handle() with a fixed clock, and the v1.vendor.created webhook. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Vendor } from "../mock-server/openapi/types.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { expectedSignature, startReceiver, type Receiver } from "./support/receiver.ts";
import { NORDLYS_AB, NORDLYS_APS, UNKNOWN_ID } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const request = { companyId: NORDLYS_APS, name: "Kontorforsyning ApS", defaultCurrency: "DKK", country: "DK", externalId: "ERP-V2001", code: "V-2001" };
const vendorsOf = (companyId: string) => world().vendors.filter((v) => v.companyId === companyId);
const post = (body: unknown, key = "full-access") => call(sandbox, "/v1/vendors", { method: "POST", key, body });
const get = (id: string) => call(sandbox, `/v1/vendors/${id}`, { key: "full-access" });

describe("POST /v1/vendors", () => {
  it("creates an ACTIVE vendor when it has an externalId (201), a DRAFT one without", async () => {
    const response = await post(request);
    expect(response.status).toBe(201);
    const vendor = dataOf<Vendor>(response);
    expect(vendor).toEqual({ id: vendor.id, ...request, state: "ACTIVE", createdAt: "2026-11-24T12:00:00Z", updatedAt: "2026-11-24T12:00:00Z" });
    expect(dataOf(await get(vendor.id))).toEqual(vendor);

    const { externalId: _e, code: _c, ...draft } = request;
    expect(dataOf<Vendor>(await post(draft)).state).toBe("DRAFT");
  });

  it("answers 409 when the company already has a vendor with that externalId", async () => {
    const existing = vendorsOf(NORDLYS_APS).find((v) => v.externalId)!;
    const response = await post({ ...request, externalId: existing.externalId });
    expect(refusal(response)).toEqual({ status: 409, type: "VENDOR_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(response)).toBe(errors.vendorExists(existing.externalId!, NORDLYS_APS, existing.id).message);
  });

  it("answers 400 for missing fields, a lower-case currency and a three-letter country", async () => {
    for (const body of [{ companyId: NORDLYS_APS, name: "x" }, { ...request, defaultCurrency: "dkk" }, { ...request, country: "DNK" }]) {
      expect(refusal(await post(body))).toMatchObject({ status: 400, reason: "invalid_request" });
    }
  });

  it("refuses a read-only key (scope_missing) and another company's companyId (company_not_covered)", async () => {
    expect(refusal(await post(request, "read-only"))).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "scope_missing" });
    expect(refusal(await post({ ...request, companyId: NORDLYS_AB }))).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
    expect(vendorsOf(NORDLYS_APS)).toHaveLength(15);
  });
});

describe("/v1/vendors/{id}", () => {
  it("updates in place, keeping left-out optional fields", async () => {
    const vendor = vendorsOf(NORDLYS_APS).find((v) => v.state === "DRAFT")!;
    const body = { companyId: NORDLYS_APS, name: "Renamed", defaultCurrency: "EUR", externalId: "ERP-NEW", state: "ACTIVE" };
    const updated = dataOf<Vendor>(await call(sandbox, `/v1/vendors/${vendor.id}`, { method: "PUT", key: "full-access", body }));
    expect(updated).toMatchObject({ ...body, id: vendor.id, country: vendor.country, updatedAt: "2026-11-24T12:00:00Z" });
  });

  it("answers 409 for another vendor's externalId, 400 for another company or a missing state, 404 for an unknown id", async () => {
    const [vendor, other] = vendorsOf(NORDLYS_APS).filter((v) => v.externalId) as [Vendor, Vendor];
    const body = { companyId: NORDLYS_APS, name: vendor.name, defaultCurrency: "DKK", externalId: other.externalId, state: "ACTIVE" };
    const put = (id: string, b: unknown, key = "full-access") => call(sandbox, `/v1/vendors/${id}`, { method: "PUT", key, body: b });
    expect(refusal(await put(vendor.id, body))).toEqual({ status: 409, type: "CONFLICTING_VENDOR_UPDATE", reason: "conflict" });
    const moved = await put(vendor.id, { ...body, externalId: "ERP-X", companyId: NORDLYS_AB }, "organisation");
    expect(messageOf(moved)).toBe(errors.companyMismatch("vendor", vendor.id, NORDLYS_APS, NORDLYS_AB).message);
    const { state: _s, ...stateless } = body;
    expect(refusal(await put(vendor.id, stateless)).status).toBe(400);
    expect(refusal(await put(UNKNOWN_ID, { ...body, externalId: "ERP-X" }))).toEqual({ status: 404, type: "VENDOR_NOT_FOUND", reason: "not_found" });
    expect(refusal(await get(UNKNOWN_ID)).status).toBe(404);
  });

  it("activates a DRAFT vendor with its ERP ids (204) and archives one (204)", async () => {
    const draft = vendorsOf(NORDLYS_APS).find((v) => v.state === "DRAFT")!;
    const activated = await call(sandbox, `/v1/vendors/${draft.id}:activate`, { method: "POST", key: "full-access", body: { externalId: "ERP-ACT", code: "V-ACT" } });
    expect(activated.status).toBe(204);
    expect(dataOf(await get(draft.id))).toMatchObject({ state: "ACTIVE", externalId: "ERP-ACT", code: "V-ACT" });

    expect((await call(sandbox, `/v1/vendors/${draft.id}:archive`, { method: "POST", key: "full-access" })).status).toBe(204);
    expect(dataOf<Vendor>(await get(draft.id)).state).toBe("ARCHIVED");
  });

  it("needs an externalId to activate (400), and answers 404 for unknown vendors", async () => {
    const draft = vendorsOf(NORDLYS_APS).find((v) => v.state === "DRAFT")!;
    expect(refusal(await call(sandbox, `/v1/vendors/${draft.id}:activate`, { method: "POST", key: "full-access", body: {} })).status).toBe(400);
    expect(refusal(await call(sandbox, `/v1/vendors/${UNKNOWN_ID}:activate`, { method: "POST", key: "full-access", body: { externalId: "x" } })).status).toBe(404);
    expect(refusal(await call(sandbox, `/v1/vendors/${UNKNOWN_ID}:archive`, { method: "POST", key: "full-access" })).status).toBe(404);
  });
});

describe("POST /v1/vendors:search", () => {
  const search = (body: unknown, query: Record<string, string> = { company_id: NORDLYS_APS }, key = "full-access") =>
    call(sandbox, "/v1/vendors:search", { method: "POST", key, query, body });

  it("pages the company's vendors, with or without a body", async () => {
    const response = await search({}, { company_id: NORDLYS_APS, limit: "10" });
    expect(dataOf<Vendor[]>(response)).toHaveLength(10);
    expect((response.body as { pagination: { total: number } }).pagination.total).toBe(15);
    expect(dataOf<Vendor[]>(await search(undefined))).toHaveLength(15);
  });

  it("filters by ids, externalIds, codes, countries, states, tax numbers and name", async () => {
    const [a, b] = vendorsOf(NORDLYS_APS).filter((v) => v.externalId) as [Vendor, Vendor];
    expect(dataOf<Vendor[]>(await search({ ids: [a.id, b.id] }))).toHaveLength(2);
    expect(dataOf<Vendor[]>(await search({ externalIds: [a.externalId], codes: [a.code] })).map((v) => v.id)).toEqual([a.id]);
    expect(dataOf<Vendor[]>(await search({ taxRegistrationNumbers: [a.taxRegistrationNumber] })).map((v) => v.id)).toContain(a.id);
    expect(dataOf<Vendor[]>(await search({ states: ["DRAFT"] }))).toHaveLength(vendorsOf(NORDLYS_APS).filter((v) => v.state === "DRAFT").length);
    expect(dataOf<Vendor[]>(await search({ countries: [a.country] })).every((v) => v.country === a.country)).toBe(true);
    expect(dataOf<Vendor[]>(await search({ name: a.name.toLowerCase() })).map((v) => v.id)).toContain(a.id);
    expect(dataOf<Vendor[]>(await search({ accountingSystems: ["xero"] }))).toEqual([]);
  });

  it("requires company_id (400), refuses one the key does not cover (403) and over-long filters (400)", async () => {
    const missing = await search({}, {});
    expect(refusal(missing).status).toBe(400);
    expect(messageOf(missing)).toMatch(/company_id/);
    expect(refusal(await search({}, { company_id: NORDLYS_AB }))).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
    expect(refusal(await search({ codes: Array.from({ length: 101 }, (_, i) => `c${i}`) })).status).toBe(400);
  });
});

describe("the v1.vendor.created webhook", () => {
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
  });

  it("reaches a subscriber of the vendor's company, signed with the subscription's secret", async () => {
    const fast = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [] } });
    receiver = await startReceiver();
    const subscription = await call(fast, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: receiver.url, eventTypes: ["v1.vendor.created"] } });
    const subscriptionId = dataOf<{ id: string }>(subscription).id;
    const { secretKey } = dataOf<{ secretKey: string }>(await call(fast, `/v1/subscriptions/${subscriptionId}/secret`, { key: "full-access" }));
    const other = await call(fast, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: `${receiver.url}/exports`, eventTypes: ["v1.export-job.created"] } });
    expect(other.status).toBe(200);

    const created = await call(fast, "/v1/vendors", { method: "POST", key: "full-access", body: request });
    expect(created.status).toBe(201);
    await fast.deliveries.idle();

    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received as [(typeof receiver.received)[0]];
    expect(headers["webhook-signature"]).toBe(expectedSignature(secretKey, headers["webhook-id"] as string, headers["webhook-timestamp"] as string, body));
    expect(JSON.parse(body)).toEqual({ eventId: expect.any(String), eventType: "v1.vendor.created", data: dataOf(created) });
  });

  it("is not sent when the create is refused", async () => {
    const fast = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [] } });
    receiver = await startReceiver();
    await call(fast, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: receiver.url, eventTypes: ["v1.vendor.created"] } });
    const existing = fast.state.world.vendors.find((v) => v.companyId === NORDLYS_APS && v.externalId)!;
    expect((await call(fast, "/v1/vendors", { method: "POST", key: "full-access", body: { ...request, externalId: existing.externalId } })).status).toBe(409);
    await fast.deliveries.idle();
    expect(receiver.received).toEqual([]);
  });
});
