/** Pleo's cursor pagination on the employee list (the same module serves every list). */
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../mock-server/core/http/pagination.ts";
import type { CursorPageInfo, Employee } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, refusal } from "./support/call.ts";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await newSandbox();
});

type Page = { data: Employee[]; pagination: CursorPageInfo };
const page = async (query: Record<string, string | string[]>) =>
  (await call(sandbox, "/v2/employees", { key: "organisation", query })).body as Page;

describe("cursors", () => {
  it("round-trip positions and match Pleo's cursor pattern", () => {
    for (const position of [0, 7, 19, 20, 123456]) {
      expect(encodeCursor(position)).toMatch(/^[A-Z2-7=~]+$/);
      expect(decodeCursor(encodeCursor(position))).toBe(position);
    }
  });

  it("visit every item exactly once when walking after=endCursor", async () => {
    const seen: string[] = [];
    let current = await page({ limit: "7" });
    const total = current.pagination.total!;
    for (let guard = 0; guard < 100; guard++) {
      seen.push(...current.data.map((e) => e.id));
      if (!current.pagination.hasNextPage) break;
      current = await page({ limit: "7", after: current.pagination.endCursor! });
    }
    expect(total).toBe(72); // three companies of the organisation, 24 employees each
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("walk back with before=startCursor to the previous page", async () => {
    const first = await page({ limit: "10" });
    const second = await page({ limit: "10", after: first.pagination.endCursor! });
    const back = await page({ limit: "10", before: second.pagination.startCursor! });
    expect(back.data).toEqual(first.data);
    expect(back.pagination.hasPreviousPage).toBe(false);
    expect(second.pagination.hasPreviousPage).toBe(true);
  });

  it("echo the request in currentRequestPagination", async () => {
    const result = await page({ limit: "5", offset: "10", email: "nobody@example.com" });
    expect(result.pagination).toEqual({
      currentRequestPagination: { parameters: { email: ["nobody@example.com"] }, offset: 10, limit: 5 },
      hasNextPage: false,
      hasPreviousPage: false,
      total: 0,
    });
  });
});

describe("offset, limit and sorting", () => {
  it("defaults to 20 items", async () => {
    expect((await page({})).data).toHaveLength(20);
  });

  it("pages by offset", async () => {
    const all = (await page({ limit: "100" })).data;
    expect((await page({ offset: "30", limit: "5" })).data).toEqual(all.slice(30, 35));
  });

  it("sorts by a key, in either order, and keeps sorting across pages", async () => {
    const asc = (await page({ limit: "100", sorting_keys: "lastName", sorting_order: "ASC" })).data.map((e) => e.lastName);
    expect(asc).toEqual([...asc].sort());
    const desc = (await page({ limit: "100", sorting_keys: "lastName", sorting_order: "DESC" })).data.map((e) => e.lastName);
    expect(desc).toEqual([...asc].reverse());
  });

  it.each([
    ["limit not a number", { limit: "many" }],
    ["a negative limit", { limit: "-1" }],
    ["a limit beyond int32", { limit: "2147483648" }],
    ["negative offset", { offset: "-1" }],
    ["after and offset together", { after: encodeCursor(3), offset: "2" }],
    ["before and after together", { after: encodeCursor(3), before: encodeCursor(9) }],
    ["a cursor that is not base32", { after: "abc" }],
    ["a base32 cursor the sandbox never gave", { after: "MZXW6===" }],
    ["an unknown sorting order", { sorting_keys: "lastName", sorting_order: "UP" }],
    ["orders without keys", { sorting_order: "ASC" }],
  ])("refuses %s with a 400", async (_what, query) => {
    const response = await call(sandbox, "/v2/employees", { key: "organisation", query });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});

describe("limits and sorting keys as each document states them", () => {
  it("takes any limit on a list whose document states no maximum, and limit 0 for an empty page", async () => {
    expect((await page({ limit: "101" })).data).toHaveLength(72);
    const empty = await page({ limit: "0" });
    expect(empty.data).toEqual([]);
    expect(empty.pagination).toMatchObject({ hasNextPage: true, total: 72, currentRequestPagination: { limit: 0 } });
  });

  it("reads an empty limit as the default", async () => {
    expect((await page({ limit: "" })).data).toHaveLength(20);
  });

  it("takes a sorting key its document types as a free string, keeping the order when no item has it", async () => {
    const plain = (await page({ limit: "30" })).data;
    expect((await page({ limit: "30", sorting_keys: "salary", sorting_order: "DESC" })).data).toEqual(plain);
  });

  it("takes limit 0 on the Export lists, whose document gives 0 as the minimum", async () => {
    const response = await call(sandbox, "/v3/export-jobs", { key: "full-access", query: { limit: "0" } });
    expect(response.status).toBe(200);
    expect((response.body as Page).data).toEqual([]);
  });

  it.each([
    ["limit 0", { limit: "0" }],
    ["limit 101", { limit: "101" }],
    ["a sorting key outside Gjoll's enum", { sorting_keys: "amount" }],
  ])("refuses %s on Gjoll's entry search, whose document says 1 to 100 and names its keys", async (_what, query) => {
    const response = await call(sandbox, "/v1/accounting-entries:search", { method: "POST", key: "full-access", query, body: { includeDeleted: false } });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("sorts numbers as numbers: receipts by size", async () => {
    const entry = sandbox.state.world.accountingEntries.find((e) => {
      const sizes = sandbox.state.world.receipts.filter((r) => e.receiptIds.includes(r.id)).map((r) => String(r.sizeInBytes).length);
      return new Set(sizes).size > 1; // sizes of different lengths sort differently as text
    })!;
    const sizes = async (order: string) =>
      ((await call(sandbox, `/v1/accounting-entries/${entry.id}/receipts`, { key: "full-access", query: { sorting_keys: "size", sorting_order: order } }))
        .body as { data: { sizeInBytes: number }[] }).data.map((r) => r.sizeInBytes);
    const ascending = await sizes("ASC");
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await sizes("DESC")).toEqual([...ascending].reverse());
  });
});
