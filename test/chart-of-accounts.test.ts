/** The chart of accounts (/v1/chart-of-accounts), through handle() with a fixed clock. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Account, Schemas } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { NORDLYS_AB, NORDLYS_APS, UNKNOWN_ID, usedIds } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const accountsOf = (companyId: string) => world().accounts.filter((a) => a.companyId === companyId);
const request = { companyId: NORDLYS_APS, externalId: "GL-7777", name: "Bank charges", archived: false, code: "7777" };
const post = (body: unknown, key = "full-access") => call(sandbox, "/v1/chart-of-accounts", { method: "POST", key, body });

describe("POST /v1/chart-of-accounts", () => {
  it("creates an account (201), readable by id", async () => {
    const response = await post(request);
    expect(response.status).toBe(201);
    const account = dataOf<Account>(response);
    expect(account).toEqual({ id: account.id, ...request });
    expect(dataOf(await call(sandbox, `/v1/chart-of-accounts/${account.id}`, { key: "full-access" }))).toEqual(account);
  });

  it("answers 200 with the existing account when the request matches it, 409 when the externalId holds other values", async () => {
    const existing = accountsOf(NORDLYS_APS)[0]!;
    const { id: _id, ...same } = existing;
    const matched = await post(same);
    expect(matched.status).toBe(200);
    expect(dataOf(matched)).toEqual(existing);

    const clash = await post({ ...same, name: "Something else" });
    expect(refusal(clash)).toEqual({ status: 409, type: "EXTERNAL_ID_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(clash)).toBe(errors.externalIdTaken(existing.externalId, NORDLYS_APS, existing.id).message);
    expect(accountsOf(NORDLYS_APS)).toHaveLength(14);
  });

  it("lets another company use the same externalId", async () => {
    expect((await post(request)).status).toBe(201);
    const response = await post({ ...request, companyId: NORDLYS_AB, name: "Other name" }, "organisation");
    expect(response.status).toBe(201);
  });

  it("answers 400 for missing fields, an empty or over-long externalId, and an unknown taxCodeExternalId", async () => {
    for (const body of [{ companyId: NORDLYS_APS, name: "x" }, { ...request, externalId: "" }, { ...request, externalId: "x".repeat(256) }]) {
      expect(refusal(await post(body))).toMatchObject({ status: 400, reason: "invalid_request" });
    }
    const unknownTax = await post({ ...request, taxCodeExternalId: "NOPE" });
    expect(messageOf(unknownTax)).toMatch(/taxCodeExternalId "NOPE" is not the code of any tax code/);
  });
});

describe("POST /v1/chart-of-accounts/batch", () => {
  it("creates the good items (201) and reports each failed one with Pleo's reasons", async () => {
    const taken = accountsOf(NORDLYS_APS)[0]!.externalId;
    const items = [
      { externalId: "B-1", name: "One", archived: false },
      { externalId: taken, name: "Taken", archived: false },
      { externalId: "", name: "", archived: false },
      { externalId: "B-1", name: "Twice in the batch", archived: false },
      { externalId: "B-2", name: "n".repeat(256), archived: false, code: "c".repeat(256) },
      { externalId: "B-3", name: "Unknown tax", archived: false, taxCodeExternalId: "NOPE" },
    ];
    const response = await call(sandbox, "/v1/chart-of-accounts/batch", { method: "POST", key: "full-access", body: { companyId: NORDLYS_APS, items } });
    expect(response.status).toBe(201);
    const result = dataOf<Schemas["AccountBatchResult"]>(response);
    expect(result.created.map((a) => a.externalId)).toEqual(["B-1"]);
    expect(result.failed.map((f) => f.reasons)).toEqual([
      ["EXTERNAL_ID_ALREADY_EXISTS"],
      ["EXTERNAL_ID_EMPTY", "NAME_EMPTY"],
      ["EXTERNAL_ID_ALREADY_EXISTS"],
      ["NAME_TOO_LONG", "CODE_TOO_LONG"],
      ["OTHER"],
    ]);
    expect(result.failed[0]!.request).toEqual(items[1]);
    expect(accountsOf(NORDLYS_APS)).toHaveLength(15);
  });

  it("answers 400 for an empty batch or an item without its required fields", async () => {
    for (const items of [[], [{ name: "no externalId", archived: false }]]) {
      const response = await call(sandbox, "/v1/chart-of-accounts/batch", { method: "POST", key: "full-access", body: { companyId: NORDLYS_APS, items } });
      expect(refusal(response).status).toBe(400);
    }
  });
});

describe("/v1/chart-of-accounts/{accountId}", () => {
  it("updates in place: left-out optional fields stay, null clears, a new code reaches the entries", async () => {
    const account = accountsOf(NORDLYS_APS).find((a) => usedIds(sandbox).has(a.id) && a.taxCodeExternalId)!;
    const body = { name: "Renamed", archived: true, code: "9999" };
    const updated = dataOf<Account>(await call(sandbox, `/v1/chart-of-accounts/${account.id}`, { method: "PUT", key: "full-access", body }));
    expect(updated).toMatchObject({ ...body, taxCodeExternalId: account.taxCodeExternalId, externalId: account.externalId });
    const entries = world().accountingEntries.filter((e) => e.accountId === account.id);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.accountCode === "9999")).toBe(true);

    const cleared = dataOf<Account>(await call(sandbox, `/v1/chart-of-accounts/${account.id}`, { method: "PUT", key: "full-access", body: { ...body, taxCodeExternalId: null } }));
    expect(cleared).not.toHaveProperty("taxCodeExternalId");
  });

  it("answers 400 for an unknown tax code or a missing name, 404 for an unknown account", async () => {
    const account = accountsOf(NORDLYS_APS)[0]!;
    const put = (id: string, body: unknown) => call(sandbox, `/v1/chart-of-accounts/${id}`, { method: "PUT", key: "full-access", body });
    expect(refusal(await put(account.id, { name: "x", archived: false, taxCodeExternalId: "NOPE" })).status).toBe(400);
    expect(refusal(await put(account.id, { archived: false })).status).toBe(400);
    expect(refusal(await put(UNKNOWN_ID, { name: "x", archived: false }))).toEqual({ status: 404, type: "ACCOUNT_NOT_FOUND", reason: "not_found" });
    expect(refusal(await call(sandbox, `/v1/chart-of-accounts/${UNKNOWN_ID}`, { key: "full-access" })).status).toBe(404);
  });

  it("deletes an account no entry uses (204), refuses one in use (409) and an unknown one (404)", async () => {
    const used = usedIds(sandbox);
    const unused = accountsOf(NORDLYS_APS).find((a) => !used.has(a.id))!;
    expect((await call(sandbox, `/v1/chart-of-accounts/${unused.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/v1/chart-of-accounts/${unused.id}`, { method: "DELETE", key: "full-access" })).status).toBe(404);
    const inUse = accountsOf(NORDLYS_APS).find((a) => used.has(a.id))!;
    const refused = await call(sandbox, `/v1/chart-of-accounts/${inUse.id}`, { method: "DELETE", key: "full-access" });
    expect(refusal(refused)).toEqual({ status: 409, type: "RESOURCE_IN_USE", reason: "conflict" });
    expect(messageOf(refused)).toContain(`PUT /v1/chart-of-accounts/${inUse.id}`);
  });

  it("counts split items as use", async () => {
    const entry = world().accountingEntries.find((e) => e.splitItems.some((s) => s.accountId))!;
    const account = world().accounts.find((a) => a.companyId === entry.companyId && !usedIds(sandbox).has(a.id))!;
    entry.splitItems.find((s) => s.accountId)!.accountId = account.id;
    const key = entry.companyId === NORDLYS_APS ? "full-access" : "organisation";
    expect(refusal(await call(sandbox, `/v1/chart-of-accounts/${account.id}`, { method: "DELETE", key })).status).toBe(409);
  });
});

describe("POST /v1/chart-of-accounts:search", () => {
  const search = (body: object, query: Record<string, string> = {}) =>
    call(sandbox, "/v1/chart-of-accounts:search", { method: "POST", key: "full-access", body: { companyId: NORDLYS_APS, ...body }, query });

  it("pages the body's company's accounts", async () => {
    const response = await search({}, { limit: "5" });
    expect(dataOf<Account[]>(response)).toHaveLength(5);
    expect((response.body as { pagination: { total: number } }).pagination.total).toBe(14);
  });

  it("filters by archived, codes, externalId, ids and name", async () => {
    const [a, b] = accountsOf(NORDLYS_APS) as [Account, Account];
    expect(dataOf<Account[]>(await search({ ids: [a.id, b.id] }))).toHaveLength(2);
    expect(dataOf<Account[]>(await search({ externalId: a.externalId })).map((x) => x.id)).toEqual([a.id]);
    expect(dataOf<Account[]>(await search({ codes: [a.code, b.code] }))).toHaveLength(2);
    expect(dataOf<Account[]>(await search({ name: a.name.toUpperCase().slice(0, 5) })).map((x) => x.id)).toContain(a.id);
    const archived = dataOf<Account[]>(await search({ archived: true }));
    expect(archived.length).toBe(accountsOf(NORDLYS_APS).filter((x) => x.archived).length);
  });

  it("needs companyId in the body (400) and refuses one the key does not cover (403)", async () => {
    const missing = await call(sandbox, "/v1/chart-of-accounts:search", { method: "POST", key: "full-access", body: {} });
    expect(refusal(missing).status).toBe(400);
    expect(messageOf(missing)).toMatch(/companyId/);
    expect(refusal(await search({ companyId: NORDLYS_AB }))).toMatchObject({ status: 403, reason: "company_not_covered" });
  });
});
