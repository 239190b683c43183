/**
 * What start-up and the hot path skip or keep, and that nothing kept serves a stale answer: the
 * shipped world needs no parse (parsing it changes nothing); a key's lookup follows writes, resets,
 * the clock, scenarios and workspaces; a page built lazily is the page built in full.
 */
import defaultFixtures from "../fixtures/world.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { paginateBuilt } from "../mock-server/core/http/built-page.ts";
import { paginate, type PageParams } from "../mock-server/core/http/pagination.ts";
import { fixturesSchema } from "../mock-server/core/world/fixtures.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { call, newSandbox, NOW, refusal } from "./support/call.ts";
import { companyNamed, pendingExportJob, userWithRole } from "./support/world.ts";

describe("the shipped world", () => {
  it("is valid as it is: parsing it changes nothing, so a sandbox made without fixtures skips the parse", () => {
    expect(fixturesSchema.parse(defaultFixtures)).toStrictEqual(defaultFixtures);
  });

  it("is served the same made with or without fixtures given, and each sandbox has its own copy", async () => {
    const skipped = await createSandbox({ clock: () => NOW });
    const parsed = await createSandbox({ clock: () => NOW, fixtures: defaultFixtures });
    expect(skipped.fixtures).toEqual(parsed.fixtures);
    expect(skipped.state.world).toEqual(parsed.state.world);
    skipped.fixtures.employees.pop();
    expect((await createSandbox()).fixtures.employees).toHaveLength(defaultFixtures.employees.length);
  });
});

describe("no stale answer", () => {
  const employees = (sandbox: Awaited<ReturnType<typeof newSandbox>>, authorization: string, headers: Record<string, string> = {}) =>
    call(sandbox, "/v2/employees", { authorization, headers }).then((r) => r.status);

  async function madeKey(sandbox: Awaited<ReturnType<typeof newSandbox>>, expiresAt = "2027-06-30T00:00:00Z", workspace?: Record<string, string>) {
    const admin = userWithRole(sandbox, "Nordlys ApS", "admin");
    const response = await call(sandbox, "/sandbox/api-keys", {
      method: "POST",
      headers: { "x-sandbox-user": admin.id, ...workspace },
      body: { name: "cache probe", expiresAt, accessLevel: { type: "company", companyId: companyNamed(sandbox, "Nordlys ApS").id }, scopes: ["users:read"] },
    });
    const { id, key } = (response.body as { data: { id: string; key: string } }).data;
    return { id, authorization: basicAuthorization(key), admin: admin.id };
  }

  it("after a write: a deleted key is refused on its next request", async () => {
    const sandbox = await newSandbox();
    const key = await madeKey(sandbox);
    expect(await employees(sandbox, key.authorization)).toBe(200);
    await call(sandbox, `/sandbox/api-keys/${key.id}`, { method: "DELETE", headers: { "x-sandbox-user": key.admin } });
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: key.authorization })).reason).toBe("key_revoked");
  });

  it("after a reset: a key made before it is unknown", async () => {
    const sandbox = await newSandbox();
    const key = await madeKey(sandbox);
    expect(await employees(sandbox, key.authorization)).toBe(200);
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: key.authorization })).reason).toBe("key_unknown");
  });

  it("after the clock moves: a key past its expiry is refused, and works again when the clock moves back", async () => {
    const sandbox = await newSandbox();
    const key = await madeKey(sandbox, "2026-11-25T00:00:00Z");
    expect(await employees(sandbox, key.authorization)).toBe(200);
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 2 * 86_400 } });
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: key.authorization })).reason).toBe("key_expired");
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "2026-11-24T12:00:00Z" } });
    expect(await employees(sandbox, key.authorization)).toBe(200);
  });

  it("with a scenario, then without: each request gets its own answer", async () => {
    const sandbox = await newSandbox();
    const key = await madeKey(sandbox);
    expect(await employees(sandbox, key.authorization, { "x-sandbox-scenario": "expired-key" })).toBe(401);
    expect(await employees(sandbox, key.authorization)).toBe(200);
  });

  it("across workspaces: a key of one is unknown in another, and its own still knows it", async () => {
    const sandbox = await newSandbox();
    const key = await madeKey(sandbox);
    expect(await employees(sandbox, key.authorization)).toBe(200);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: key.authorization, headers: { "x-sandbox-workspace": "other" } })).reason).toBe("key_unknown");
    expect(await employees(sandbox, key.authorization)).toBe(200);
  });

  it("export items change as soon as what they show does, page by page", async () => {
    const sandbox = await newSandbox();
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    type Page = { data: { accountingEntryLines: { tags: { id: string; code: string }[] }[] }[] };
    const page = async () => (await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "100" } })).body as Page;
    const codes = (p: Page) => p.data.flatMap((item) => item.accountingEntryLines.flatMap((line) => line.tags.map((t) => t.code)));
    const tagged = (await page()).data.flatMap((item) => item.accountingEntryLines.flatMap((line) => line.tags))[0]!;
    const renamed = await call(sandbox, `/v0/tags/${tagged.id}`, { method: "PUT", key: "full-access", body: { archived: false, code: "RENAMED-AFTER-FIRST-PAGE" } });
    expect(renamed.status).toBe(200);
    expect(codes(await page())).toContain("RENAMED-AFTER-FIRST-PAGE");
  });
});

describe("a page built lazily", () => {
  const items = Array.from({ length: 57 }, (_, i) => ({ n: i, name: `item ${(i * 37) % 57}` }));
  const pages: Partial<PageParams>[] = [{}, { limit: 10 }, { offset: 50, limit: 10 }, { limit: 0 }, { limit: 10, sorting_keys: ["name"], sorting_order: ["DESC"] }];

  it.each(pages)("is the page built in full (%o), and builds only its own items without a sort", async (params) => {
    const page = { limit: 20, ...params } as PageParams;
    const built: number[] = [];
    const build = (item: (typeof items)[number]) => (built.push(item.n), { ...item, built: true });
    const lazily = await paginateBuilt(items, build, page, {});
    expect(lazily).toEqual(paginate(items.map((i) => ({ ...i, built: true })), page, {}));
    expect(built).toHaveLength(page.sorting_keys ? items.length : lazily.data.length);
  });
});
