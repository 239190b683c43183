/** Gjoll's accounting entries and receipts through handle(): scoping, filters and Pleo's pagination. */
import { beforeEach, describe, expect, it } from "vitest";
import type { CursorPageInfo, Receipt } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { call, messageOf, newSandbox, refusal } from "./support/call.ts";
import { companyNamed, entriesOf, UNKNOWN_ID } from "./support/world.ts";

interface Entry { id: string; companyId: string; family: string; performedAt: string; exportStatus: string; note?: string; deletedAt?: string; receiptIds: string[]; tags: { tagId?: string }[] }
interface Page<T> { data: T[]; pagination: CursorPageInfo }

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const company = (name: string) => companyNamed(sandbox, name);
const searchAs = async (key: string, body: unknown, query: Record<string, string | string[]>) =>
  call(sandbox, "/v1/accounting-entries:search", { method: "POST", key, query, body });
/** A search of the full-access key's company (Gjoll wants company_id or organization_id named). */
const search = async (body: unknown, query: Record<string, string | string[]> = {}, key = "full-access") =>
  searchAs(key, body, { company_id: company("Nordlys ApS").id, ...query });
const page = (response: { body?: unknown }) => response.body as Page<Entry>;

describe("POST /v1/accounting-entries:search", () => {
  it("gives a company's live entries, 20 a page, with the total", async () => {
    const response = await search({ includeDeleted: false });
    expect(response.status).toBe(200);
    const live = entriesOf(sandbox, "Nordlys ApS").filter((e) => e.deletedAt === undefined);
    expect(page(response).data).toHaveLength(20);
    expect(page(response).pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false, total: live.length });
    expect(page(response).pagination.currentRequestPagination).toEqual({ parameters: { company_id: [company("Nordlys ApS").id] }, limit: 20 });
    expect(page(response).data[0]).not.toHaveProperty("details");
  });

  it("returns every entry exactly once when walking after=endCursor", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 50; guard++) {
      const current = page(await search({ includeDeleted: true }, { limit: "37", ...(after && { after }) }));
      seen.push(...current.data.map((e) => e.id));
      if (!current.pagination.hasNextPage) break;
      after = current.pagination.endCursor;
    }
    expect(seen).toHaveLength(entriesOf(sandbox, "Nordlys ApS").length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("pages back with before=startCursor", async () => {
    const second = page(await search({ includeDeleted: false }, { limit: "10", after: page(await search({ includeDeleted: false }, { limit: "10" })).pagination.endCursor! }));
    const back = page(await search({ includeDeleted: false }, { limit: "10", before: second.pagination.startCursor! }));
    const first = page(await search({ includeDeleted: false }, { limit: "10" }));
    expect(back.data.map((e) => e.id)).toEqual(first.data.map((e) => e.id));
    expect(second.pagination.hasPreviousPage).toBe(true);
  });

  it("sorts by sorting_keys and sorting_order and echoes them", async () => {
    const response = page(await search({ includeDeleted: false }, { sorting_keys: ["performedAt"], sorting_order: ["DESC"], limit: "100" }));
    const dates = response.data.map((e) => e.performedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(response.pagination.currentRequestPagination).toMatchObject({ sortingKeys: ["performedAt"], sortingOrder: ["DESC"] });
  });

  it.each([
    [{ limit: "0" }, { includeDeleted: false }],
    [{ limit: "101" }, { includeDeleted: false }],
    [{ sorting_keys: "amount" }, { includeDeleted: false }],
    [{ sorting_keys: ["id", "performedAt"], sorting_order: "ASC" }, { includeDeleted: false }],
    [{ before: "GE======", after: "GE======" }, { includeDeleted: false }],
    [{ after: "not-a-cursor" }, { includeDeleted: false }],
    [{}, {}],
    [{}, { includeDeleted: "no" }],
    [{}, { includeDeleted: false, performedAtStart: "2026-09-01T00:00:00Z", settledAtEnd: "2026-10-01T00:00:00Z" }],
    [{}, { includeDeleted: false, families: ["GROCERIES"] }],
  ])("answers 400 for query %j and body %j", async (query, body) => {
    expect(refusal(await search(body, query))).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("filters by family, export status, a date window, a tag and a note", async () => {
    const all = entriesOf(sandbox, "Nordlys ApS").filter((e) => e.deletedAt === undefined);
    const families = page(await search({ includeDeleted: false, families: ["MILEAGE", "PER_DIEM"] }, { limit: "100" }));
    expect(families.pagination.total).toBe(all.filter((e) => ["MILEAGE", "PER_DIEM"].includes(e.family)).length);
    expect(families.data.every((e) => ["MILEAGE", "PER_DIEM"].includes(e.family))).toBe(true);

    const queued = page(await search({ includeDeleted: false, exportStatus: ["QUEUED"] }, { limit: "100" }));
    expect(queued.pagination.total).toBe(all.filter((e) => e.exportStatus === "QUEUED").length);

    const window = { performedAtStart: "2026-09-01T00:00:00Z", performedAtEnd: "2026-09-30T23:59:59Z" };
    const september = page(await search({ includeDeleted: false, ...window }, { limit: "100" }));
    expect(september.pagination.total).toBe(all.filter((e) => e.performedAt >= "2026-09-01" && e.performedAt < "2026-10").length);

    const tagId = all.find((e) => e.tags.length > 0)!.tags[0]!.tagId!;
    const tagged = page(await search({ includeDeleted: false, tagRowIds: [tagId] }, { limit: "100" }));
    expect(tagged.data.length).toBeGreaterThan(0);
    expect(tagged.data.every((e) => e.tags.some((t) => t.tagId === tagId))).toBe(true);

    const noted = page(await search({ includeDeleted: false, hasNote: true }, { limit: "100" }));
    expect(noted.pagination.total).toBe(all.filter((e) => e.note !== undefined).length);
  });

  it("hides deleted entries unless includeDeleted is true", async () => {
    const withDeleted = page(await search({ includeDeleted: true }));
    const without = page(await search({ includeDeleted: false }));
    expect(withDeleted.pagination.total! - without.pagination.total!).toBe(entriesOf(sandbox, "Nordlys ApS").filter((e) => e.deletedAt).length);
  });

  it("refuses a company_id the key does not cover", async () => {
    expect(refusal(await search({ includeDeleted: false }, { company_id: company("Nordlys AB").id })).reason).toBe("company_not_covered");
  });

  it.each(["full-access", "organisation"])("refuses a search that names neither company_id nor organization_id (%s key), as Gjoll does", async (key) => {
    const response = await searchAs(key, { includeDeleted: false }, {});
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(response)).toBe(errors.companyOrOrganisationFor("accounting entries").message);
  });

  it("ignores body fields Pleo's schema does not have (its schema allows them)", async () => {
    const response = await search({ includeDeleted: false, familes: ["MILEAGE"] });
    expect(response.status).toBe(200);
    expect(page(response).pagination.total).toBe(page(await search({ includeDeleted: false })).pagination.total);
  });

  it("lets an organisation-level key name the company or the organisation", async () => {
    const ab = page(await search({ includeDeleted: false }, { company_id: company("Nordlys AB").id }, "organisation"));
    expect(new Set(ab.data.map((e) => e.companyId))).toEqual(new Set([company("Nordlys AB").id]));
    expect(ab.pagination.currentRequestPagination.parameters).toEqual({ company_id: [company("Nordlys AB").id] });
    const organisationId = company("Nordlys AB").organisationId;
    const group = page(await searchAs("organisation", { includeDeleted: false }, { organization_id: organisationId, limit: "100" }));
    const expected = sandbox.fixtures.accountingEntries.filter((e) => e.deletedAt === undefined && company("Fjordlys Studio AS").id !== e.companyId);
    expect(group.pagination.total).toBe(expected.length);
  });

  it("needs accounting-entries:read", async () => {
    expect(refusal(await search({ includeDeleted: false }, {}, "users-only")).reason).toBe("scope_missing");
  });

  it("treats :search as a literal (GET on it is 405, not an entry id)", async () => {
    expect(refusal(await call(sandbox, "/v1/accounting-entries:search", { key: "full-access" })).status).toBe(405);
  });
});

describe("GET /v1/accounting-entries/{accountingEntryId}", () => {
  it("gets an entry of the key's company", async () => {
    const entry = entriesOf(sandbox, "Nordlys ApS")[3]!;
    const response = await call(sandbox, `/v1/accounting-entries/${entry.id}`, { key: "read-only" });
    const { details: _details, ...served } = entry;
    expect(response.body).toEqual({ data: served });
  });

  it("finds a deleted entry only with include_deleted=true", async () => {
    const deleted = entriesOf(sandbox, "Nordlys ApS").find((e) => e.deletedAt)!;
    expect((await call(sandbox, `/v1/accounting-entries/${deleted.id}`, { key: "full-access" })).status).toBe(404);
    expect((await call(sandbox, `/v1/accounting-entries/${deleted.id}`, { key: "full-access", query: { include_deleted: "true" } })).status).toBe(200);
  });

  it("lets the entry's own company decide: another company's entry is not covered, an unknown one is 404", async () => {
    const other = entriesOf(sandbox, "Nordlys AB")[0]!;
    expect(refusal(await call(sandbox, `/v1/accounting-entries/${other.id}`, { key: "full-access" })).reason).toBe("company_not_covered");
    expect((await call(sandbox, `/v1/accounting-entries/${other.id}`, { key: "organisation" })).status).toBe(200);
    const unknown = await call(sandbox, `/v1/accounting-entries/${UNKNOWN_ID}`, { key: "full-access" });
    expect(refusal(unknown)).toEqual({ status: 404, type: "ACCOUNTING_ENTRY_NOT_FOUND", reason: "not_found" });
  });
});

describe("receipts", () => {
  const withReceipts = (count: number) => entriesOf(sandbox, "Nordlys ApS").find((e) => e.receiptIds.length === count)!;

  it("lists an entry's receipts, ten a page by default, with URLs for the asked file type", async () => {
    const entry = withReceipts(2);
    const response = await call(sandbox, `/v1/accounting-entries/${entry.id}/receipts`, { key: "full-access", query: { file_type: "THUMBNAIL" } });
    const body = response.body as Page<Receipt>;
    expect(body.data.map((r) => r.id).sort()).toEqual([...entry.receiptIds].sort());
    expect(body.data.every((r) => r.fileType === "THUMBNAIL" && r.url.includes("/thumbnail?expires=2026-11-25T12:00:00Z"))).toBe(true);
    expect(body.pagination.currentRequestPagination).toMatchObject({ limit: 10, parameters: { file_type: ["THUMBNAIL"] } });
  });

  it("sorts receipts by size", async () => {
    const entry = withReceipts(2);
    const body = (await call(sandbox, `/v1/accounting-entries/${entry.id}/receipts`, { key: "full-access", query: { sorting_keys: "size", sorting_order: "DESC" } })).body as Page<Receipt>;
    expect(body.data[0]!.sizeInBytes).toBeGreaterThanOrEqual(body.data[1]!.sizeInBytes);
  });

  it("gets one receipt, and 404s a receipt of another entry", async () => {
    const entry = withReceipts(1);
    const ok = await call(sandbox, `/v1/accounting-entries/${entry.id}/receipts/${entry.receiptIds[0]}`, { key: "full-access" });
    expect((ok.body as { data: Receipt }).data).toMatchObject({ id: entry.receiptIds[0], accountingEntryId: entry.id, fileType: "ORIGINAL" });
    const foreign = withReceipts(2).receiptIds[0]!;
    expect(refusal(await call(sandbox, `/v1/accounting-entries/${entry.id}/receipts/${foreign}`, { key: "full-access" }))).toEqual({ status: 404, type: "RECEIPT_NOT_FOUND", reason: "not_found" });
  });
});
