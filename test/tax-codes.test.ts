/** Tax codes (/v0/tax-codes), through handle() with a fixed clock. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { TaxCode } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { NORDLYS_AB, NORDLYS_APS, UNKNOWN_ID, usedIds } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const request = { companyId: NORDLYS_APS, name: "Reduced (12 %)", code: "12", rate: 0.12, type: "exclusive", archived: false };
const codesOf = (companyId: string) => world().taxCodes.filter((t) => t.companyId === companyId);

describe("POST /v0/tax-codes", () => {
  it("creates a tax code for the body's companyId (200, Pleo's default response)", async () => {
    const response = await call(sandbox, "/v0/tax-codes", { method: "POST", key: "full-access", body: request });
    expect(response.status).toBe(200);
    const created = dataOf<TaxCode>(response);
    expect(created).toMatchObject({ ...request, createdAt: "2026-11-24T12:00:00Z", updatedAt: "2026-11-24T12:00:00Z" });
    expect(dataOf(await call(sandbox, `/v0/tax-codes/${created.id}`, { key: "full-access" }))).toEqual(created);
  });

  it("checks the body: required fields, the type enum, a decimal rate", async () => {
    for (const body of [{ ...request, type: "vat" }, { ...request, rate: 25 }, { name: "x" }]) {
      expect(refusal(await call(sandbox, "/v0/tax-codes", { method: "POST", key: "full-access", body }))).toMatchObject({ status: 400, reason: "invalid_request" });
    }
  });

  it("refuses a companyId the key does not cover (403) and a malformed one (400)", async () => {
    const foreign = await call(sandbox, "/v0/tax-codes", { method: "POST", key: "full-access", body: { ...request, companyId: NORDLYS_AB } });
    expect(refusal(foreign)).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
    expect(messageOf(foreign)).toContain("sent as companyId");
    const malformed = await call(sandbox, "/v0/tax-codes", { method: "POST", key: "full-access", body: { ...request, companyId: "nope" } });
    expect(refusal(malformed).status).toBe(400);
  });
});

describe("/v0/tax-codes/{taxCodeId}", () => {
  it("updates in place, keeping left-out optional fields and clearing null ones", async () => {
    const code = codesOf(NORDLYS_APS).find((t) => t.ingoingTaxAccount !== undefined)!;
    const body = { companyId: NORDLYS_APS, name: "Renamed", rate: 0.2, type: "inclusive", archived: true, code: null };
    const response = await call(sandbox, `/v0/tax-codes/${code.id}`, { method: "PUT", key: "full-access", body });
    const updated = dataOf<TaxCode>(response);
    expect(updated).toMatchObject({ name: "Renamed", rate: 0.2, archived: true, ingoingTaxAccount: code.ingoingTaxAccount });
    expect(updated).not.toHaveProperty("code");
  });

  it("refuses to move a tax code to another company (400)", async () => {
    const code = codesOf(NORDLYS_APS)[0]!;
    const response = await call(sandbox, `/v0/tax-codes/${code.id}`, { method: "PUT", key: "organisation", body: { ...request, companyId: NORDLYS_AB } });
    expect(messageOf(response)).toBe(errors.companyMismatch("tax code", code.id, NORDLYS_APS, NORDLYS_AB).message);
  });

  it("deletes an unused tax code (204) and refuses one an entry uses (409)", async () => {
    const used = usedIds(sandbox);
    const unused = codesOf(NORDLYS_APS).find((t) => !used.has(t.id))!;
    expect((await call(sandbox, `/v0/tax-codes/${unused.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/v0/tax-codes/${unused.id}`, { key: "full-access" }))).toEqual({ status: 404, type: "TAX_CODE_NOT_FOUND", reason: "not_found" });
    const inUse = codesOf(NORDLYS_APS).find((t) => used.has(t.id))!;
    expect(refusal(await call(sandbox, `/v0/tax-codes/${inUse.id}`, { method: "DELETE", key: "full-access" }))).toEqual({ status: 409, type: "RESOURCE_IN_USE", reason: "conflict" });
  });

  it("answers 404 for an unknown id", async () => {
    for (const method of ["GET", "DELETE"]) {
      expect(refusal(await call(sandbox, `/v0/tax-codes/${UNKNOWN_ID}`, { method, key: "full-access" })).status).toBe(404);
    }
    expect(refusal(await call(sandbox, `/v0/tax-codes/${UNKNOWN_ID}`, { method: "PUT", key: "full-access", body: request })).status).toBe(404);
  });
});

describe("POST /v0/tax-codes:search", () => {
  it("returns a page of the company's codes, archived and active alike without a filter, also with no body", async () => {
    const response = await call(sandbox, "/v0/tax-codes:search", { method: "POST", key: "full-access", query: { company_id: NORDLYS_APS }, body: {} });
    expect(dataOf<TaxCode[]>(response).map((t) => t.id).sort()).toEqual(codesOf(NORDLYS_APS).map((t) => t.id).sort());
    expect(response.body).toHaveProperty("pagination");
    const noBody = await call(sandbox, "/v0/tax-codes:search", { method: "POST", key: "full-access" });
    expect(dataOf<TaxCode[]>(noBody)).toHaveLength(codesOf(NORDLYS_APS).length);
  });

  it("filters by archived, code, ids and type", async () => {
    const [first, second] = codesOf(NORDLYS_AB) as [TaxCode, TaxCode];
    const search = (body: object) => call(sandbox, "/v0/tax-codes:search", { method: "POST", key: "organisation", query: { company_id: NORDLYS_AB }, body });
    expect(dataOf<TaxCode[]>(await search({ taxCodeIds: [first.id, second.id] }))).toHaveLength(2);
    expect(dataOf<TaxCode[]>(await search({ code: first.code })).map((t) => t.id)).toContain(first.id);
    const exclusive = dataOf<TaxCode[]>(await search({ type: "exclusive", archived: false }));
    expect(exclusive.every((t) => t.type === "exclusive" && !t.archived)).toBe(true);
    expect(exclusive).toHaveLength(codesOf(NORDLYS_AB).filter((t) => t.type === "exclusive" && !t.archived).length);
  });

  it("needs company_id from an organisation key, and refuses a bad filter", async () => {
    expect(messageOf(await call(sandbox, "/v0/tax-codes:search", { method: "POST", key: "organisation", body: {} }))).toBe(errors.companyRequired("company_id").message);
    expect(refusal(await call(sandbox, "/v0/tax-codes:search", { method: "POST", key: "full-access", body: { type: "vat" } })).status).toBe(400);
  });
});
