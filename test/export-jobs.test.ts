/** The Export API v3 lifecycle through handle(): real state, the sandbox clock and Pleo's errors. */
import { beforeEach, describe, expect, it } from "vitest";
import type { CursorPageInfo, ExportItem, ExportJob, ExportJobItem } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, NOW, refusal, type CallOptions } from "./support/call.ts";
import { companyNamed, entriesOf, exportJobsOf, pendingExportJob, UNKNOWN_ID } from "./support/world.ts";

interface Page<T> { data: T[]; pagination: CursorPageInfo }

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const company = (name: string) => companyNamed(sandbox, name);
/** The seeded pending job (Nordlys ApS's, the only one). */
const pendingJob = () => pendingExportJob(sandbox, "Nordlys ApS");
const entry = (id: string) => sandbox.state.world.accountingEntries.find((e) => e.id === id)!;
const jobEntries = (jobId: string) => sandbox.state.world.exportJobItems.filter((i) => i.exportJobId === jobId).map((i) => i.accountingEntryId);
const send = (path: string, method: string, body: unknown, options: CallOptions = {}) => call(sandbox, path, { key: "full-access", method, body, ...options });
const event = (jobId: string, name: string, options: CallOptions = {}) => send("/v3/export-job-events", "POST", { jobId, event: name }, options);
const getJob = async (jobId: string, now = NOW) => ((await call(sandbox, `/v3/export-jobs/${jobId}`, { key: "full-access", now })).body as { data: ExportJob }).data;
const exportable = (name: string) =>
  entriesOf(sandbox, name).filter((e) => e.exportStatus === "NOT_EXPORTED" && !e.deletedAt).map((e) => e.id);

describe("export jobs", () => {
  it("lists a company's jobs oldest first, and filters by status", async () => {
    const all = (await call(sandbox, "/v3/export-jobs", { key: "read-only" })).body as Page<ExportJob>;
    expect(all.data.map((j) => j.status)).toEqual(["completed", "completed_with_errors", "pending"]);
    const pending = (await call(sandbox, "/v3/export-jobs", { key: "read-only", query: { statuses: "pending" } })).body as Page<ExportJob>;
    expect(pending.data).toEqual([{ ...pendingJob(), createdAt: "2026-11-24T12:00:00Z", lastUpdatedAt: "2026-11-24T12:00:00Z" }]);
    expect(pending.pagination.currentRequestPagination.parameters).toEqual({ statuses: ["pending"] });
  });

  it("makes an organisation-level key name the company", async () => {
    expect(refusal(await call(sandbox, "/v3/export-jobs", { key: "organisation" }))).toMatchObject({ status: 400, reason: "invalid_request" });
    const ab = (await call(sandbox, "/v3/export-jobs", { key: "organisation", query: { company_id: company("Nordlys AB").id } })).body as Page<ExportJob>;
    expect(ab.data.every((j) => j.companyId === company("Nordlys AB").id)).toBe(true);
  });

  it("creates a pending job, queues its entries, and refuses a second one with 409", async () => {
    const ids = exportable("Nordlys AB").slice(0, 3);
    const created = await send("/v3/export-jobs", "POST", { companyId: company("Nordlys AB").id, accountingEntryIds: ids }, { key: "organisation" });
    expect(created.status).toBe(201);
    const job = (created.body as { data: ExportJob }).data;
    expect(job).toMatchObject({ status: "pending", numberOfItems: 3, expiresIn: 3600, isInteractive: true, vendorBasedBookkeeping: false, createdAt: "2026-11-24T12:00:00Z" });
    expect(ids.map((id) => entry(id).exportStatus)).toEqual(["QUEUED", "QUEUED", "QUEUED"]);
    const again = await send("/v3/export-jobs", "POST", { companyId: company("Nordlys AB").id, accountingEntryIds: ids }, { key: "organisation" });
    expect(refusal(again)).toEqual({ status: 409, type: "EXPORT_ALREADY_IN_PROGRESS", reason: "export_already_in_progress" });
    expect((again.body as { message: string }).message).toContain(job.id);
  });

  it("refuses a new job while the seeded one is open", async () => {
    const response = await send("/v3/export-jobs", "POST", { companyId: company("Nordlys ApS").id, accountingEntryIds: exportable("Nordlys ApS").slice(0, 1) });
    expect(refusal(response).status).toBe(409);
  });

  it("checks scope and company before the body, and the body's entries after", async () => {
    const body = { companyId: company("Nordlys ApS").id, accountingEntryIds: exportable("Nordlys ApS").slice(0, 1) };
    expect(refusal(await send("/v3/export-jobs", "POST", body, { key: "read-only" })).reason).toBe("scope_missing");
    expect(refusal(await send("/v3/export-jobs", "POST", { ...body, companyId: company("Nordlys AB").id })).reason).toBe("company_not_covered");
    const foreign = { companyId: company("Nordlys AB").id, accountingEntryIds: exportable("Nordlys ApS").slice(0, 1) };
    expect(refusal(await send("/v3/export-jobs", "POST", foreign, { key: "organisation" }))).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(refusal(await send("/v3/export-jobs", "POST", { companyId: company("Nordlys AB").id, accountingEntryIds: [] }, { key: "organisation" })).status).toBe(400);
  });

  it("404s an unknown job, and refuses another company's", async () => {
    const unknown = UNKNOWN_ID;
    expect(refusal(await call(sandbox, `/v3/export-jobs/${unknown}`, { key: "full-access" }))).toEqual({ status: 404, type: "EXPORT_NOT_FOUND", reason: "not_found" });
    expect(refusal(await event(unknown, "started"))).toEqual({ status: 404, type: "EXPORT_NOT_FOUND", reason: "not_found" });
    const other = exportJobsOf(sandbox, "Nordlys AB")[0]!;
    expect(refusal(await call(sandbox, `/v3/export-jobs/${other.id}`, { key: "full-access" })).reason).toBe("company_not_covered");
  });
});

describe("the lifecycle", () => {
  it("starts, takes item updates, completes, and moves the entries' export status", async () => {
    const job = pendingJob();
    const ids = jobEntries(job.id);
    const early = await send(`/v3/export-jobs/${job.id}/items`, "PUT", [{ accountingEntryId: ids[0], status: "successful" }]);
    expect(refusal(early)).toEqual({ status: 422, type: "EXPORT_JOB_STATUS_UNPROCESSABLE", reason: "export_job_not_started" });

    expect((await event(job.id, "started", { now: later(60) })).status).toBe(202);
    expect(await getJob(job.id, later(60))).toMatchObject({ status: "in_progress", startedAt: "2026-11-24T12:01:00Z", lastUpdatedAt: "2026-11-24T12:01:00Z" });
    expect(entry(ids[0]!).exportStatus).toBe("EXPORTING");
    expect(refusal(await event(job.id, "started"))).toEqual({ status: 422, type: "INVALID_EXPORT_JOB_STATUS_CHANGE", reason: "invalid_status_change" });

    const stranger = UNKNOWN_ID; // an entry id that is in no job (and no world)
    const update = await send(`/v3/export-jobs/${job.id}/items`, "PUT", [
      { accountingEntryId: ids[0], status: "successful", externalId: "JE-1", externalUrl: "https://erp.example.com/JE-1" },
      { accountingEntryId: ids[1], status: "failed", failureReason: "Account 6010 is closed", failureReasonType: "account_unknown" },
      { accountingEntryId: stranger, status: "successful" },
    ], { now: later(120) });
    expect(update.status).toBe(200);
    const result = update.body as { data: ExportJobItem[]; errors: { accountingEntryId: string; type: string }[] };
    expect(result.data.map((i) => i.status)).toEqual(["successful", "failed"]);
    expect(result.data[0]).toMatchObject({ exportedAt: "2026-11-24T12:02:00Z", externalId: "JE-1" });
    expect(result.errors).toEqual([expect.objectContaining({ accountingEntryId: stranger, type: "ACCOUNTING_ENTRY_DOES_NOT_EXIST" })]);
    expect([entry(ids[0]!).exportStatus, entry(ids[1]!).exportStatus]).toEqual(["EXPORTED", "NOT_EXPORTED"]);

    expect((await event(job.id, "completed_with_errors", { now: later(180) })).status).toBe(202);
    expect(await getJob(job.id, later(180))).toMatchObject({ status: "completed_with_errors", completedAt: "2026-11-24T12:03:00Z" });
    expect(entry(ids[2]!).exportStatus).toBe("NOT_EXPORTED"); // never reported: abandoned
    const items = (await call(sandbox, `/v3/export-jobs/${job.id}/items`, { key: "read-only", query: { status: "abandoned", limit: "100" } })).body as Page<ExportJobItem>;
    expect(items.pagination.total).toBe(ids.length - 2);

    const finished = await send(`/v3/export-jobs/${job.id}/items`, "PUT", [{ accountingEntryId: ids[2], status: "successful" }]);
    expect(refusal(finished)).toEqual({ status: 422, type: "EXPORT_JOB_STATUS_UNPROCESSABLE", reason: "export_job_finished" });
    expect(refusal(await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id } })).reason).toBe("export_job_finished");
    expect(refusal(await event(job.id, "failed")).type).toBe("INVALID_EXPORT_JOB_STATUS_CHANGE");
  });

  it("refuses more than 100 item updates with 413", async () => {
    const job = pendingJob();
    await event(job.id, "started");
    const body = Array.from({ length: 101 }, () => ({ accountingEntryId: jobEntries(job.id)[0], status: "successful" }));
    expect(refusal(await send(`/v3/export-jobs/${job.id}/items`, "PUT", body))).toEqual({ status: 413, type: "EXPORT_JOB_ITEMS_UPDATE_LIMIT", reason: "export_items_limit" });
  });

  it("lets a pending job fail, with the integration's reason", async () => {
    const job = pendingJob();
    const response = await send("/v3/export-job-events", "POST", { jobId: job.id, event: "failed", failureReason: "No ERP token", failureReasonType: "missing_configuration" });
    expect(response.status).toBe(202);
    expect(await getJob(job.id)).toMatchObject({ status: "failed", failureReason: "No ERP token", failureReasonType: "missing_configuration" });
    expect(jobEntries(job.id).every((id) => entry(id).exportStatus === "NOT_EXPORTED")).toBe(true);
  });

  it("expires an open job 3600 seconds after its last update, by the sandbox clock", async () => {
    const job = pendingJob();
    await event(job.id, "started", { now: later(1800) });
    expect((await getJob(job.id, later(1800 + 3599))).status).toBe("in_progress");
    const expired = await getJob(job.id, later(1800 + 3600));
    expect(expired).toMatchObject({ status: "failed", failureReasonType: "job_expired", expiredAt: "2026-11-24T13:30:00Z", lastUpdatedAt: "2026-11-24T12:30:00Z" });
    expect(jobEntries(job.id).every((id) => entry(id).exportStatus === "NOT_EXPORTED")).toBe(true);
    const items = await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id }, now: later(5400) });
    expect(refusal(items)).toEqual({ status: 422, type: "EXPORT_JOB_STATUS_UNPROCESSABLE", reason: "export_job_expired" });
    expect(refusal(await event(job.id, "completed", { now: later(5400) }))).toEqual({ status: 422, type: "INVALID_EXPORT_JOB_STATUS_CHANGE", reason: "export_job_expired" });
    const fresh = await send("/v3/export-jobs", "POST", { companyId: job.companyId, accountingEntryIds: jobEntries(job.id) }, { now: later(5400) });
    expect(fresh.status).toBe(201);
  });

  it("moves the clock with POST /sandbox/clock too", async () => {
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 3600 } });
    expect((await getJob(pendingJob().id)).failureReasonType).toBe("job_expired");
  });
});

describe("export items", () => {
  it("gives a running job's entries as export items, page by page, once each", async () => {
    const job = pendingJob();
    const seen: ExportItem[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = (await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "20", ...(after && { after }) } })).body as Page<ExportItem>;
      seen.push(...page.data);
      if (!page.pagination.hasNextPage) break;
      after = page.pagination.endCursor;
    }
    expect(seen.map((i) => i.accountingEntryId)).toEqual(jobEntries(job.id));
    const world = sandbox.state.world;
    for (const item of seen) {
      const source = world.accountingEntries.find((e) => e.id === item.accountingEntryId)!;
      expect(item.amount.inWalletCurrency).toEqual({ currency: source.totalBillValue!.currency, value: source.totalBillValue!.minors });
      const lineTotal = item.accountingEntryLines.reduce((sum, l) => sum + l.lineAmount.inWalletCurrency.value, 0);
      expect(lineTotal).toBe(source.totalBillValue!.minors);
      for (const line of item.accountingEntryLines) {
        if (line.account) expect(world.accounts.some((a) => a.id === line.account!.id && a.companyId === job.companyId)).toBe(true);
        if (line.tax) expect(line.netAmount.inWalletCurrency.value + (line.tax.type === "inclusive" ? line.tax.amount.inWalletCurrency.value : 0)).toBe(line.lineAmount.inWalletCurrency.value);
      }
      expect(item.files).toHaveLength(source.receiptIds.length);
    }
  });

  it("defaults to the company's open job, and needs export-items:read", async () => {
    const page = (await call(sandbox, "/v3/export-items", { key: "full-access", query: { limit: "5" } })).body as Page<ExportItem>;
    expect(page.pagination.total).toBe(pendingJob().numberOfItems);
    expect(refusal(await call(sandbox, "/v3/export-items", { key: "users-only" })).reason).toBe("scope_missing");
  });
});
