/**
 * Export API v2: the jobs v3 runs, seen through v2's shapes, enums and rules. Every answer is also
 * checked against Pleo's own v2 schema (pleo-export-openapi.yml).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { CursorPageInfo, ExportJob, Schemas } from "../mock-server/openapi/types.ts";
import { call, messageOf, newSandbox, refusal, type CallOptions } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { companyNamed, entriesOf, exportJobsOf, pendingExportJob } from "./support/world.ts";

interface Page<T> { data: T[]; pagination: CursorPageInfo }
type ItemV2 = Schemas["ExportItemV2"];
type JobItemV2 = Schemas["ExportJobItemV2"];

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

/** Calls a v2 operation and checks a success against Pleo's v2 schema for that operation and status. */
async function v2(method: string, template: string, path: string, options: CallOptions = {}) {
  const response = await call(sandbox, path, { key: "full-access", method, ...options });
  if (response.status < 300) expect(pleoResponseProblems("pleo-export-openapi.yml", method, template, response)).toEqual([]);
  return response;
}
const company = (name: string) => companyNamed(sandbox, name);
const exportable = (name: string) => entriesOf(sandbox, name).filter((e) => e.status === "COMPLETED" && e.exportStatus === "NOT_EXPORTED" && !e.deletedAt).map((e) => e.id);
const UNSUPPORTED = { status: 400, type: "UNSUPPORTED_API_VERSION", reason: "unsupported_api_version" };

describe("a whole export through v2", () => {
  it("reaches every v2 operation's documented success, each in Pleo's v2 shape", async () => {
    const ltd = company("Nordlys Ltd");
    const ids = exportable("Nordlys Ltd").slice(0, 3);
    // v2 has no contra-account check, so Nordlys Ltd (whose wallet is unmapped) can export here.
    const created = await v2("POST", "/v2/export-jobs", "/v2/export-jobs", { key: "organisation", body: { companyId: ltd.id, accountingEntryIds: ids } });
    expect(created.status).toBe(201);
    const job = (created.body as { data: ExportJob }).data;
    expect(job).toMatchObject({ companyId: ltd.id, status: "pending", numberOfItems: 3 });

    const listed = await v2("GET", "/v2/export-jobs", "/v2/export-jobs", { key: "organisation", query: { company_id: ltd.id } });
    expect((listed.body as Page<ExportJob>).data.map((j) => j.id)).toContain(job.id);
    expect((await v2("GET", "/v2/export-jobs/{jobId}", `/v2/export-jobs/${job.id}`, { key: "organisation" })).status).toBe(200);

    const started = await v2("POST", "/v2/export-job-events", "/v2/export-job-events", { key: "organisation", body: { jobId: job.id, event: "started" } });
    expect(started.status).toBe(202);

    const items = await v2("GET", "/v2/export-items", "/v2/export-items", { key: "organisation", query: { job_id: job.id } });
    expect((items.body as Page<ItemV2>).data.map((i) => i.accountingEntryId).sort()).toEqual([...ids].sort());

    const updated = await v2("PUT", "/v2/export-jobs/{jobId}/items", `/v2/export-jobs/${job.id}/items`, {
      key: "organisation",
      body: [
        { accountingEntryId: ids[0], status: "successful", externalId: "JE-1" },
        { accountingEntryId: ids[1], status: "failed", failureReason: "Closed period", failureReasonType: "accounting_system_validation_failure" },
      ],
    });
    expect(updated.status).toBe(200);
    expect((updated.body as { data: JobItemV2[] }).data.map((i) => i.status)).toEqual(["successful", "failed"]);

    const jobItems = await v2("GET", "/v2/export-jobs/{jobId}/items", `/v2/export-jobs/${job.id}/items`, { key: "organisation", query: { status: "pending" } });
    expect((jobItems.body as Page<JobItemV2>).data.map((i) => i.accountingEntryId)).toEqual([ids[2]]);

    expect((await v2("POST", "/v2/export-job-events", "/v2/export-job-events", { key: "organisation", body: { jobId: job.id, event: "completed_with_errors" } })).status).toBe(202);
    const done = (await call(sandbox, `/v3/export-jobs/${job.id}`, { key: "organisation" })).body as { data: ExportJob };
    expect(done.data.status).toBe("completed_with_errors");
  });
});

describe("the same jobs as v3", () => {
  it("lists the jobs v3 lists, and moves a v3 job through the one lifecycle", async () => {
    const v3 = (await call(sandbox, "/v3/export-jobs", { key: "full-access" })).body as Page<ExportJob>;
    const listed = (await v2("GET", "/v2/export-jobs", "/v2/export-jobs")).body as Page<ExportJob>;
    expect(listed.data).toEqual(v3.data);

    const pending = pendingExportJob(sandbox, "Nordlys ApS");
    expect((await v2("POST", "/v2/export-job-events", "/v2/export-job-events", { body: { jobId: pending.id, event: "started" } })).status).toBe(202);
    expect(((await call(sandbox, `/v3/export-jobs/${pending.id}`, { key: "full-access" })).body as { data: ExportJob }).data.status).toBe("in_progress");
    // One open job per company, whichever version asks.
    const second = await v2("POST", "/v2/export-jobs", "/v2/export-jobs", { body: { companyId: company("Nordlys ApS").id, accountingEntryIds: exportable("Nordlys ApS").slice(0, 1) } });
    expect(refusal(second)).toEqual({ status: 409, type: "EXPORT_ALREADY_IN_PROGRESS", reason: "export_already_in_progress" });
  });

  it("filters by the deprecated status as well as statuses, and takes limit=0", async () => {
    const byStatus = (await v2("GET", "/v2/export-jobs", "/v2/export-jobs", { query: { status: "completed" } })).body as Page<ExportJob>;
    expect(byStatus.data.map((j) => j.status)).toEqual(["completed"]);
    const both = (await v2("GET", "/v2/export-jobs", "/v2/export-jobs", { query: { status: "completed", statuses: "pending" } })).body as Page<ExportJob>;
    expect(both.data.map((j) => j.status).sort()).toEqual(["completed", "pending"]);
    const empty = (await v2("GET", "/v2/export-jobs", "/v2/export-jobs", { query: { limit: "0" } })).body as Page<ExportJob>;
    expect(empty.data).toEqual([]);
    expect(empty.pagination.total).toBe(exportJobsOf(sandbox, "Nordlys ApS").length);
  });
});

describe("v2's shapes and enums", () => {
  it("serves export items without contraAccount or tax accounts, with teamCode", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const v3 = ((await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "100" } })).body as Page<Schemas["ExportItem"]>).data;
    const items = ((await v2("GET", "/v2/export-items", "/v2/export-items", { query: { job_id: job.id, limit: "100" } })).body as Page<ItemV2>).data;
    expect(items.map((i) => i.accountingEntryId)).toEqual(v3.map((i) => i.accountingEntryId));
    expect(v3.every((i) => i.contraAccount !== undefined)).toBe(true);
    expect(items.some((i) => "contraAccount" in i)).toBe(false);
    expect(items.flatMap((i) => i.accountingEntryLines).some((l) => l.tax && "ingoingTaxAccount" in l.tax)).toBe(false);
    const withTeam = items.find((i) => i.team)!;
    expect(withTeam.teamCode).toBe(withTeam.team!.code);
  });

  it("reads a failure reason only v3 knows as accounting_system_validation_failure", async () => {
    const finished = exportJobsOf(sandbox, "Nordlys ApS").find((j) => j.status === "completed_with_errors")!;
    const v3 = ((await call(sandbox, `/v3/export-jobs/${finished.id}/items`, { key: "full-access", query: { status: "failed" } })).body as Page<Schemas["ExportJobItem"]>).data;
    expect(v3.map((i) => i.failureReasonType)).toEqual(["account_unknown", "account_unknown"]);
    const items = ((await v2("GET", "/v2/export-jobs/{jobId}/items", `/v2/export-jobs/${finished.id}/items`, { query: { status: "failed" } })).body as Page<JobItemV2>).data;
    expect(items.map((i) => i.failureReasonType)).toEqual(["accounting_system_validation_failure", "accounting_system_validation_failure"]);
  });

  it("refuses an item update with a failure reason v2's enum lacks", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    await call(sandbox, "/v2/export-job-events", { key: "full-access", method: "POST", body: { jobId: job.id, event: "started" } });
    const entryId = sandbox.state.world.exportJobItems.find((i) => i.exportJobId === job.id)!.accountingEntryId;
    const update = [{ accountingEntryId: entryId, status: "failed", failureReasonType: "vendor_unknown" }];
    const response = await v2("PUT", "/v2/export-jobs/{jobId}/items", `/v2/export-jobs/${job.id}/items`, { body: update });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect((await call(sandbox, `/v3/export-jobs/${job.id}/items`, { key: "full-access", method: "PUT", body: update })).status).toBe(200);
  });
});

describe("v2's rule for companies with several wallet currencies", () => {
  it("refuses Nordlys AB (SEK and EUR wallets) with UNSUPPORTED_API_VERSION, which v3 serves", async () => {
    const ab = company("Nordlys AB");
    const list = await v2("GET", "/v2/export-jobs", "/v2/export-jobs", { key: "organisation", query: { company_id: ab.id } });
    expect(refusal(list)).toEqual(UNSUPPORTED);
    expect(messageOf(list)).toBe(errors.unsupportedApiVersion("Nordlys AB", ab.id, ["SEK", "EUR"]).message);
    const create = await v2("POST", "/v2/export-jobs", "/v2/export-jobs", { key: "organisation", body: { companyId: ab.id, accountingEntryIds: exportable("Nordlys AB").slice(0, 1) } });
    expect(refusal(create)).toEqual(UNSUPPORTED);
    const abJob = exportJobsOf(sandbox, "Nordlys AB")[0]!;
    expect(refusal(await v2("GET", "/v2/export-jobs/{jobId}", `/v2/export-jobs/${abJob.id}`, { key: "organisation" }))).toEqual(UNSUPPORTED);
    expect(refusal(await v2("GET", "/v2/export-jobs/{jobId}/items", `/v2/export-jobs/${abJob.id}/items`, { key: "organisation" }))).toEqual(UNSUPPORTED);
    expect((await call(sandbox, "/v3/export-jobs", { key: "organisation", query: { company_id: ab.id } })).status).toBe(200);
  });
});

describe("sorting export items", () => {
  it("sorts by any field of an item, as the document types sorting_keys as a free string", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    for (const path of ["/v3/export-items", "/v2/export-items"]) {
      const response = await call(sandbox, path, { key: "full-access", query: { job_id: job.id, limit: "100", sorting_keys: "type", sorting_order: "DESC" } });
      const types = (response.body as Page<ItemV2>).data.map((i) => i.type);
      expect(types).toEqual([...types].sort().reverse());
      expect(new Set(types).size).toBeGreaterThan(1);
    }
  });
});
