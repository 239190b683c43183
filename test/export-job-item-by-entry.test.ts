/** `GET /v3/export-job-items`: an accounting entry's export job item, from the newest job that holds it. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { ExportJob, ExportJobItem } from "../mock-server/openapi/types.ts";
import { call, messageOf, newSandbox, refusal } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { entriesOf, exportJobsOf, pendingExportJob } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const itemOf = (accountingEntryId: string, key = "full-access") =>
  call(sandbox, "/v3/export-job-items", { key, query: { accounting_entry_id: accountingEntryId } });

describe("GET /v3/export-job-items", () => {
  it("gives the item of an exported entry, in Pleo's shape", async () => {
    const done = exportJobsOf(sandbox, "Nordlys ApS").find((j) => j.status === "completed")!;
    const item = sandbox.state.world.exportJobItems.find((i) => i.exportJobId === done.id)!;
    const response = await itemOf(item.accountingEntryId);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: item });
    expect(pleoResponseProblems("pleo-export-openapi.yml", "GET", "/v3/export-job-items", response)).toEqual([]);
  });

  it("follows an entry into the newest job that holds it", async () => {
    const failed = sandbox.state.world.exportJobItems.find((i) => i.status === "failed" && exportJobsOf(sandbox, "Nordlys ApS").some((j) => j.id === i.exportJobId))!;
    expect(((await itemOf(failed.accountingEntryId)).body as { data: ExportJobItem }).data.status).toBe("failed");
    const pending = pendingExportJob(sandbox, "Nordlys ApS");
    await call(sandbox, "/v3/export-job-events", { key: "full-access", method: "POST", body: { jobId: pending.id, event: "failed" } });
    const companyId = pending.companyId;
    const retry = await call(sandbox, "/v3/export-jobs", { key: "full-access", method: "POST", body: { companyId, accountingEntryIds: [failed.accountingEntryId] }, now: new Date("2026-11-24T12:00:01Z") });
    const job = (retry.body as { data: ExportJob }).data;
    expect((await itemOf(failed.accountingEntryId)).body).toEqual({ data: { accountingEntryId: failed.accountingEntryId, exportJobId: job.id, status: "pending" } });
  });

  it("answers 404 EXPORT_ENTRY_NOT_FOUND for an entry no job holds, and 400 without accounting_entry_id", async () => {
    const draft = entriesOf(sandbox, "Nordlys ApS").find((e) => e.exportStatus === "NOT_CREATED")!;
    const missing = await itemOf(draft.id);
    expect(refusal(missing)).toEqual({ status: 404, type: "EXPORT_ENTRY_NOT_FOUND", reason: "not_found" });
    expect(messageOf(missing)).toBe(errors.exportEntryNotFound(draft.id).message);
    expect(refusal(await call(sandbox, "/v3/export-job-items", { key: "full-access" }))).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("judges the entry's company for an organisation-level key, and needs export-jobs:read", async () => {
    const done = exportJobsOf(sandbox, "Nordlys AB").find((j) => j.status === "completed")!;
    const item = sandbox.state.world.exportJobItems.find((i) => i.exportJobId === done.id)!;
    expect((await itemOf(item.accountingEntryId, "organisation")).status).toBe(200);
    expect(refusal(await itemOf(item.accountingEntryId)).reason).toBe("company_not_covered");
    const own = sandbox.state.world.exportJobItems.find((i) => i.exportJobId === exportJobsOf(sandbox, "Nordlys ApS")[0]!.id)!;
    expect(refusal(await itemOf(own.accountingEntryId, "users-only")).reason).toBe("scope_missing");
  });
});
