/** Gjoll's receipt search and the core model of an accounting entry, each checked against Pleo's own schema. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { CursorPageInfo, Receipt, Schemas } from "../mock-server/openapi/types.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { companyNamed, entriesOf, NORDLYS_APS, NORDLYS_GROUP } from "./support/world.ts";

interface Page<T> { data: T[]; pagination: CursorPageInfo }

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const SEARCH = "/v1/accounting-entries/receipts:search";
const search = async (body: unknown, query: Record<string, string> = { company_id: NORDLYS_APS }, key = "full-access") => {
  const response = await call(sandbox, SEARCH, { method: "POST", key, query, body });
  if (response.status === 200) expect(pleoResponseProblems("pleo-gjoll-openapi.yml", "POST", SEARCH, response)).toEqual([]);
  return response;
};
const page = (response: { body?: unknown }) => response.body as Page<Receipt>;
/** The receipts of a company's entries, live ones only unless `deleted`. */
const receiptsOf = (name: string, deleted = false) => {
  const entries = entriesOf(sandbox, name).filter((e) => deleted || e.deletedAt === undefined);
  return sandbox.state.world.receipts.filter((r) => entries.some((e) => e.receiptIds.includes(r.id)));
};

describe("POST /v1/accounting-entries/receipts:search", () => {
  it("gives the company's receipts, ten a page, with the total", async () => {
    const response = await search({ includeDeleted: false });
    expect(response.status).toBe(200);
    expect(page(response).data).toHaveLength(10);
    expect(page(response).pagination).toMatchObject({ total: receiptsOf("Nordlys ApS").length, hasNextPage: true, currentRequestPagination: { limit: 10 } });
  });

  it("counts a deleted entry's receipts as deleted", async () => {
    const all = page(await search({ includeDeleted: true }, { company_id: NORDLYS_APS, limit: "1" })).pagination.total;
    expect(all).toBe(receiptsOf("Nordlys ApS", true).length);
    expect(all).toBeGreaterThan(receiptsOf("Nordlys ApS").length);
  });

  it("filters by entry, employee, MIME type and source, and points the URLs at the asked file type", async () => {
    const entry = entriesOf(sandbox, "Nordlys ApS").find((e) => e.receiptIds.length === 2)!;
    const byEntry = page(await search({ includeDeleted: false, accountingEntryIds: [entry.id], fileType: "THUMBNAIL" }));
    expect(byEntry.data.map((r) => r.id).sort()).toEqual([...entry.receiptIds].sort());
    expect(byEntry.data.every((r) => r.fileType === "THUMBNAIL" && r.url.includes("/thumbnail?"))).toBe(true);

    const byEmployee = page(await search({ includeDeleted: false, employeeIds: [entry.employeeId!] }, { company_id: NORDLYS_APS, limit: "100" }));
    expect(byEmployee.data.every((r) => entriesOf(sandbox, "Nordlys ApS").find((e) => e.id === r.accountingEntryId)!.employeeId === entry.employeeId)).toBe(true);

    const pdfs = page(await search({ includeDeleted: false, mimeType: ["application/pdf"], source: ["EMAIL_FORWARDING"] }, { company_id: NORDLYS_APS, limit: "100" }));
    const expected = receiptsOf("Nordlys ApS").filter((r) => r.mimeType === "application/pdf" && r.source === "EMAIL_FORWARDING");
    expect(pdfs.data.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it("sorts by size as numbers", async () => {
    const sizes = page(await search({ includeDeleted: false }, { company_id: NORDLYS_APS, limit: "100", sorting_keys: "size", sorting_order: "DESC" })).data.map((r) => r.sizeInBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("searches an organisation's companies with organization_id", async () => {
    const group = page(await search({ includeDeleted: false }, { organization_id: NORDLYS_GROUP, limit: "1" }, "organisation"));
    const expected = ["Nordlys ApS", "Nordlys AB", "Nordlys Ltd"].reduce((n, name) => n + receiptsOf(name).length, 0);
    expect(group.pagination.total).toBe(expected);
  });

  it.each([
    ["neither company_id nor organization_id", {}, { includeDeleted: false }],
    ["limit 101", { company_id: NORDLYS_APS, limit: "101" }, { includeDeleted: false }],
    ["a sorting key outside Gjoll's enum", { company_id: NORDLYS_APS, sorting_keys: "mimeType" }, { includeDeleted: false }],
    ["no includeDeleted", { company_id: NORDLYS_APS }, {}],
    ["an unknown source", { company_id: NORDLYS_APS }, { includeDeleted: false, source: ["FAX"] }],
  ])("answers 400 for %s", async (_what, query, body) => {
    expect(refusal(await search(body, query))).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("says which parameter is missing, and refuses a company the key does not cover", async () => {
    expect(messageOf(await search({ includeDeleted: false }, {}))).toBe(errors.companyOrOrganisationFor("receipts").message);
    expect(refusal(await search({ includeDeleted: false }, { company_id: companyNamed(sandbox, "Nordlys AB").id })).reason).toBe("company_not_covered");
  });
});

describe("GET /v1/accounting-entries/{accountingEntryId}/core", () => {
  const core = (id: string, query: Record<string, string> = {}) => call(sandbox, `/v1/accounting-entries/${id}/core`, { key: "full-access", query });

  it("gives the entry in Gjoll's core model, with the deprecated bill values by the tax arithmetic", async () => {
    const entry = entriesOf(sandbox, "Nordlys ApS").find((e) => e.taxCodeId && e.tags.length > 0 && e.totalBillValue)!;
    const response = await core(entry.id);
    expect(response.status).toBe(200);
    expect(pleoResponseProblems("pleo-gjoll-openapi.yml", "GET", "/v1/accounting-entries/{accountingEntryId}/core", response)).toEqual([]);
    const data = dataOf<Schemas["AccountingEntryCore"]>(response);
    expect(data).toMatchObject({ id: entry.id, companyId: entry.companyId, fees: {}, transactionWalletValue: entry.totalBillValue, reconciliationId: entry.details.reconciliationId });
    expect(data).not.toHaveProperty("tags");
    const calculated = await call(sandbox, "/v0/tax-codes:calculate-tax-amounts", {
      method: "POST", key: "full-access", body: { amountsByTaxCodeId: { [entry.taxCodeId!]: [{ id: "bill", amount: entry.totalBillValue }] } },
    });
    const { gross, net, tax } = dataOf<Schemas["CalculateTaxesData"]["data"]>(calculated).taxes[entry.taxCodeId!]![0]!.amountTaxBreakdown;
    expect([data.grossBillValue, data.netBillValue, data.taxBillValue]).toEqual([gross, net, tax]);
  });

  it("finds a deleted entry only with include_deleted=true, and 404s an unknown one", async () => {
    const deleted = entriesOf(sandbox, "Nordlys ApS").find((e) => e.deletedAt)!;
    expect(refusal(await core(deleted.id))).toEqual({ status: 404, type: "ACCOUNTING_ENTRY_NOT_FOUND", reason: "not_found" });
    expect(dataOf<Schemas["AccountingEntryCore"]>(await core(deleted.id, { include_deleted: "true", include_hidden: "true" })).deletedAt).toBe(deleted.deletedAt);
    expect(refusal(await core(deleted.id, { include_deleted: "maybe" })).status).toBe(400);
  });

  it("refuses another company's entry and a key without accounting-entries:read", async () => {
    expect(refusal(await core(entriesOf(sandbox, "Nordlys AB")[0]!.id)).reason).toBe("company_not_covered");
    expect(refusal(await call(sandbox, `/v1/accounting-entries/${entriesOf(sandbox, "Nordlys ApS")[0]!.id}/core`, { key: "users-only" })).reason).toBe("scope_missing");
  });
});
