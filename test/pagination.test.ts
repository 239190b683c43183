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
    ["limit 0", { limit: "0" }],
    ["limit 101", { limit: "101" }],
    ["limit not a number", { limit: "many" }],
    ["negative offset", { offset: "-1" }],
    ["after and offset together", { after: encodeCursor(3), offset: "2" }],
    ["before and after together", { after: encodeCursor(3), before: encodeCursor(9) }],
    ["a cursor that is not base32", { after: "abc" }],
    ["a base32 cursor the sandbox never gave", { after: "MZXW6===" }],
    ["an unknown sorting key", { sorting_keys: "salary" }],
    ["an unknown sorting order", { sorting_keys: "lastName", sorting_order: "UP" }],
    ["orders without keys", { sorting_order: "ASC" }],
  ])("refuses %s with a 400", async (_what, query) => {
    const response = await call(sandbox, "/v2/employees", { key: "organisation", query });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});
