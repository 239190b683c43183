/**
 * Remembered answers (pipeline/answer-memo.ts): a read asked again is answered from the bytes of the
 * first answer, and never after anything it depends on changed: a write, a reset, the clock, time
 * settling an export job, another workspace, another credential, a read still running when a write
 * came. The searches sent as POST change nothing, so they are remembered too.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { handle, POSTS_THAT_READ } from "../mock-server/core/handle.ts";
import { bodyText, type SandboxResponse } from "../mock-server/core/http/http.ts";
import { MEMO_LIMITS } from "../mock-server/core/pipeline/answer-memo.ts";
import { matchRoute } from "../mock-server/core/pipeline/route-table.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createMemoryStore } from "../mock-server/core/world/persistence.ts";
import { serialiseState } from "../mock-server/core/world/snapshot.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox, NOW } from "./support/call.ts";
import { NORDLYS_APS, NORDLYS_GROUP, pendingExportJob, secretOf } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const bytesOf = (response: SandboxResponse) => response.bytes ?? new TextEncoder().encode(bodyText(response));

describe("a read asked again", () => {
  it("is answered from the first answer's bytes, the same as a fresh sandbox gives", async () => {
    const first = await call(sandbox, "/v2/employees", { key: "full-access" });
    const again = await call(sandbox, "/v2/employees", { key: "full-access" });
    expect(again.bytes).toBeDefined();
    expect(again.bytes).toBe(first.bytes);
    const fresh = await call(await newSandbox(), "/v2/employees", { key: "full-access" });
    expect(new TextDecoder().decode(again.bytes)).toBe(bodyText(fresh));
    expect(again.body).toEqual(fresh.body);
  });

  it("still goes through the credential's checks, the scenarios and the journal each time", async () => {
    await call(sandbox, "/v2/employees", { key: "full-access" });
    const forced = await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "expired-key" } });
    expect(forced.status).toBe(401);
    expect((await call(sandbox, "/v2/employees", { key: "read-only" })).status).toBe(200);
    const journal = dataOf<{ status: number }[]>(await call(sandbox, "/sandbox/requests"));
    expect(journal.map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it("differs by credential: another key's companies give another answer", async () => {
    const company = await call(sandbox, "/v2/employees", { key: "full-access", query: { limit: "100" } });
    const organisation = await call(sandbox, "/v2/employees", { key: "organisation", query: { limit: "100" } });
    expect(dataOf<unknown[]>(organisation).length).toBeGreaterThan(dataOf<unknown[]>(company).length);
    expect(dataOf<unknown[]>(await call(sandbox, "/v2/employees", { key: "full-access", query: { limit: "100" } }))).toHaveLength(dataOf<unknown[]>(company).length);
  });

  it("differs by body: a search for other criteria is searched afresh", async () => {
    const search = (body: unknown) => call(sandbox, "/v1/accounting-entries:search", { method: "POST", key: "full-access", query: { company_id: NORDLYS_APS, limit: "100" }, body });
    const total = (response: SandboxResponse) => (response.body as { pagination: { total: number } }).pagination.total;
    const all = await search({ includeDeleted: true });
    const live = await search({ includeDeleted: false });
    expect(total(all)).toBeGreaterThan(total(live));
    expect(all.bytes).toBeInstanceOf(Uint8Array);
    expect((await search({ includeDeleted: true })).bytes).toBe(all.bytes);
  });
});

describe("what makes a remembered answer stale", () => {
  const vendors = () => call(sandbox, "/v1/vendors:search", { method: "POST", key: "full-access", query: { company_id: NORDLYS_APS, limit: "100" }, body: {} });
  const addVendor = (name: string) =>
    call(sandbox, "/v1/vendors", { method: "POST", key: "full-access", body: { companyId: NORDLYS_APS, name, defaultCurrency: "DKK", country: "DK" } });
  const names = async () => dataOf<{ name: string }[]>(await vendors()).map((v) => v.name);

  it("a write: the next read sees it", async () => {
    expect(await names()).not.toContain("Memo Test ApS");
    expect((await addVendor("Memo Test ApS")).status).toBe(201);
    expect(await names()).toContain("Memo Test ApS");
  });

  it("a reset: the next read sees the seeded world again", async () => {
    const before = await names();
    await addVendor("Memo Test ApS");
    expect(await names()).toContain("Memo Test ApS");
    expect((await call(sandbox, "/sandbox/reset", { method: "POST" })).status).toBe(204);
    expect(await names()).toEqual(before);
  });

  it("the sandbox clock: receipt links are dated afresh each second", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const items = (now: Date) => call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "100" }, now });
    const urls = (response: SandboxResponse) => JSON.stringify(response.body).match(/expires=[^"&]+/g) ?? [];
    const first = await items(NOW);
    expect(urls(first).length).toBeGreaterThan(0);
    expect(first.bytes).toBeInstanceOf(Uint8Array);
    expect((await items(new Date(NOW.getTime() + 999))).bytes).toBe(first.bytes);
    const nextSecond = await items(later(1));
    expect(urls(nextSecond)).not.toEqual(urls(first));
    expect((await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 60 }, now: later(1) })).status).toBe(200);
    expect(urls(await items(later(1)))).not.toEqual(urls(nextSecond));
  });

  it("time settling an export job: its entries' status changes without a write", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const entryId = sandbox.state.world.exportJobItems.find((i) => i.exportJobId === job.id)!.accountingEntryId;
    const status = async (from: Sandbox) =>
      dataOf<{ exportStatus: string }>(await call(from, `/v1/accounting-entries/${entryId}`, { key: "full-access", now: later(7200) })).exportStatus;
    // An export operation settles the job that expired an hour after its last update; nothing is written.
    const settle = async (from: Sandbox) => expect((await call(from, `/v3/export-jobs/${job.id}`, { key: "full-access", now: later(7200) })).status).toBe(200);
    const before = await status(sandbox);
    await settle(sandbox);
    const fresh = await newSandbox();
    await settle(fresh);
    expect(await status(sandbox)).toBe(await status(fresh));
    expect(await status(sandbox)).not.toBe(before);
  });

  it("a workspace: a write in one is not seen in the other, and each remembers its own", async () => {
    const inWorkspace = (path: string, options: Parameters<typeof call>[2] = {}) =>
      call(sandbox, path, { ...options, headers: { ...options.headers, "x-sandbox-workspace": "memo" } });
    await names();
    await inWorkspace("/v1/vendors", { method: "POST", key: "full-access", body: { companyId: NORDLYS_APS, name: "Workspace Vendor", defaultCurrency: "DKK", country: "DK" } });
    const workspaceNames = dataOf<{ name: string }[]>(
      await inWorkspace("/v1/vendors:search", { method: "POST", key: "full-access", query: { company_id: NORDLYS_APS, limit: "100" }, body: {} }),
    ).map((v) => v.name);
    expect(workspaceNames).toContain("Workspace Vendor");
    expect(await names()).not.toContain("Workspace Vendor");
  });

  it("a write that came while the read was running: the read's answer is not given again", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const items = (from: Sandbox) => call(from, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "100" } });
    const fail = (from: Sandbox) => call(from, "/v3/export-job-events", { method: "POST", key: "full-access", body: { jobId: job.id, event: "failed", failureReason: "No ERP token", failureReasonType: "missing_configuration" } });
    // The write starts a few steps after the read, so at some offsets it runs while the read builds its items.
    for (let offset = 0; offset < 40; offset += 4) {
      const fresh = await newSandbox();
      const reading = items(fresh);
      for (let step = 0; step < offset; step++) await Promise.resolve();
      expect((await fail(fresh)).status).toBe(202);
      await reading;
      expect((await items(fresh)).status, `write ${offset} steps after the read`).toBe(422);
    }
  });
});

describe("what is never remembered", () => {
  it("an answer that read the sandbox's own records (subscriptions, changed by deliveries)", async () => {
    const listed = await call(sandbox, "/v1/subscriptions", { key: "full-access" });
    expect(listed.status).toBe(200);
    expect(sandbox.answers.size).toBe(0);
    await call(sandbox, "/v2/employees", { key: "full-access" });
    expect(sandbox.answers.size).toBe(1);
  });

  it("a refusal, or a control-plane answer", async () => {
    await call(sandbox, "/v2/employees", { key: "expired" });
    await call(sandbox, "/v2/employees/not-a-uuid", { key: "full-access" });
    await call(sandbox, "/sandbox/world");
    expect(sandbox.answers.size).toBe(0);
  });

  it("anything once cleared: the count and bytes start again from nothing", async () => {
    await call(sandbox, "/v2/employees", { key: "full-access" });
    expect(sandbox.answers.bytes).toBeGreaterThan(0);
    sandbox.answers.clear();
    expect([sandbox.answers.size, sandbox.answers.bytes]).toEqual([0, 0]);
    const first = await call(sandbox, "/v2/employees", { key: "full-access" });
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).bytes).toBe(first.bytes);
    expect(sandbox.answers.bytes).toBe(first.bytes!.length);
  });

  it("more than its bounds: the least recently used go first", async () => {
    for (let i = 0; i < MEMO_LIMITS.entries + 20; i++) await call(sandbox, "/v2/employees", { key: "full-access", query: { limit: String((i % 100) + 1), code: `c${i}` } });
    expect(sandbox.answers.size).toBe(MEMO_LIMITS.entries);
    expect(sandbox.answers.bytes).toBeLessThanOrEqual(MEMO_LIMITS.bytes);
    expect([...sandbox.answers.keys()].some((k) => k.includes("code=c0\n"))).toBe(false);
    expect([...sandbox.answers.keys()].some((k) => k.includes(`code=c${MEMO_LIMITS.entries + 19}\n`))).toBe(true);
  });
});

describe("the searches sent as POST", () => {
  const ids = (s: Sandbox) => {
    const taxCode = s.state.world.taxCodes.find((t) => t.companyId === NORDLYS_APS)!;
    return { taxCode };
  };
  const searches: [string, Record<string, string>, (s: Sandbox) => unknown][] = [
    ["/v1/accounting-entries:search", { company_id: NORDLYS_APS }, () => ({ includeDeleted: true })],
    ["/v1/accounting-entries/receipts:search", { company_id: NORDLYS_APS }, () => ({ includeDeleted: false })],
    ["/v0/tags:search", { company_id: NORDLYS_APS }, () => ({})],
    ["/v0/aggregations/tags", { company_id: NORDLYS_APS }, () => ({ includeArchived: true })],
    ["/v0/tax-codes:search", { company_id: NORDLYS_APS }, () => ({})],
    ["/v0/tax-codes:calculate-tax-amounts", {}, (s) => ({ amountsByTaxCodeId: { [ids(s).taxCode.id]: [{ id: "a", amount: { currency: "DKK", minors: 100 } }] } })],
    ["/v1/chart-of-accounts:search", {}, () => ({ companyId: NORDLYS_APS })],
    ["/v1/vendors:search", { company_id: NORDLYS_APS }, () => ({})],
  ];

  // The journal and the rate limit's counts move with every request; everything else must not.
  const served = (s: Sandbox) => serialiseState({ ...s.state, chaos: { ...s.state.chaos, journal: undefined as never, rateLimit: undefined as never } }, "digest");

  it("are every operation core/handle.ts counts as a POST that reads", () => {
    expect(new Set(searches.map(([path]) => matchRoute("POST", path).route.operationId))).toEqual(POSTS_THAT_READ);
  });

  it.each(searches)("%s changes nothing, and is answered from memory the second time", async (path, query, body) => {
    const before = served(sandbox);
    const first = await call(sandbox, path, { method: "POST", key: "full-access", query, body: body(sandbox) });
    expect(first.status).toBe(200);
    expect(served(sandbox)).toBe(before);
    const again = await call(sandbox, path, { method: "POST", key: "full-access", query, body: body(sandbox) });
    expect(again.bytes).toBeInstanceOf(Uint8Array);
    expect(again.bytes).toBe(first.bytes);
  });

  it("wait for no save, as reads: a store is not written for them", async () => {
    const store = createMemoryStore();
    // With the rate limit on, each request moves its window, which a save would write.
    const kept = await createSandbox({ clock: () => NOW, store, rateLimit: true });
    const saves = store.saves;
    for (const [path, query, body] of searches) expect((await call(kept, path, { method: "POST", key: "full-access", query, body: body(kept) })).status).toBe(200);
    expect(store.saves).toBe(saves);
  });

  it("an organisation key searches its companies, not the memory of a company key's search", async () => {
    const search = (key: string, query: Record<string, string>) =>
      call(sandbox, "/v1/accounting-entries/receipts:search", { method: "POST", key, query: { ...query, limit: "1" }, body: { includeDeleted: false } });
    const company = await search("full-access", { company_id: NORDLYS_APS });
    const group = await search("organisation", { organization_id: NORDLYS_GROUP });
    expect((group.body as { pagination: { total: number } }).pagination.total).toBeGreaterThan((company.body as { pagination: { total: number } }).pagination.total);
  });
});

describe("over every adapter's bytes", () => {
  it("a remembered answer is the same text handle() serialises afresh (no memory)", async () => {
    const other = await createSandbox({ clock: () => NOW });
    const request = { method: "GET", url: "/v2/employees?limit=7", headers: { authorization: basicAuthorization(secretOf(sandbox, "full-access")) } };
    await handle(request, sandbox, NOW);
    const remembered = await handle(request, sandbox, NOW);
    const fresh = await handle(request, other, NOW);
    expect(new TextDecoder().decode(bytesOf(remembered))).toBe(bodyText(fresh));
    expect(remembered.headers).toEqual(fresh.headers);
  });
});
