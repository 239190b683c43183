/**
 * A whole ERP export, played as an integration would with a key made for it: who am I, what is
 * queued, claim the pending job, fetch its export items page by page, book them, report the results
 * in batches, finish the job, and see the entries' export status change.
 */
import { expect, it } from "vitest";
import type { AccountingEntry, CursorPageInfo, ExportItem, ExportJob, Schemas } from "../mock-server/openapi/types.ts";
import { call, newSandbox, NOW, type CallOptions } from "./support/call.ts";
import { userWithRole } from "./support/world.ts";

interface Page<T> { data: T[]; pagination: CursorPageInfo }

it("exports a pending job end to end", async () => {
  const sandbox = await newSandbox();
  let clock = NOW.getTime();
  const tick = () => new Date((clock += 5_000)); // each request a few seconds after the last
  const bookkeeper = userWithRole(sandbox, "Nordlys ApS", "bookkeeper");
  const made = await call(sandbox, "/sandbox/api-keys", {
    method: "POST",
    headers: { "x-sandbox-user": bookkeeper.email },
    body: {
      name: "ERP connector", expiresAt: "2027-11-24T00:00:00Z",
      accessLevel: { type: "company", companyId: bookkeeper.companyId },
      scopes: ["accounting-entries:read", "export-jobs:read", "export-jobs:write", "export-items:read"],
    },
  });
  const key = (made.body as { data: { key: string } }).data.key;
  const api = async <T>(path: string, options: CallOptions = {}) => {
    const response = await call(sandbox, path, { key, now: tick(), ...options });
    expect(response.status, `${options.method ?? "GET"} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body as T;
  };

  // 1. Activation: learn the company_id.
  const installation = await api<Schemas["InstallationResponse"]>("/v1/installations/me");
  const companyId = installation.resource.replace("urn:pleo:company:", "");
  expect(companyId).toBe(bookkeeper.companyId);

  // 2. What is waiting to be exported.
  const queued = await api<Page<AccountingEntry>>("/v1/accounting-entries:search", {
    method: "POST", query: { company_id: companyId, limit: "100" }, body: { includeDeleted: false, exportStatus: ["QUEUED"] },
  });
  expect(queued.pagination.total).toBeGreaterThan(20);

  // 3. The oldest pending job, claimed.
  const jobs = await api<Page<ExportJob>>("/v3/export-jobs", { query: { company_id: companyId, statuses: ["pending", "in_progress"] } });
  const job = jobs.data[0]!;
  expect(job).toMatchObject({ status: "pending", numberOfItems: queued.pagination.total });
  await api("/v3/export-job-events", { method: "POST", body: { jobId: job.id, event: "started" } });
  expect((await api<{ data: ExportJob }>(`/v3/export-jobs/${job.id}`)).data.status).toBe("in_progress");

  // 4. Its export items, page by page.
  const items: ExportItem[] = [];
  let after: string | undefined;
  do {
    const page: Page<ExportItem> = await api("/v3/export-items", { query: { job_id: job.id, limit: "10", ...(after && { after }) } });
    items.push(...page.data);
    after = page.pagination.hasNextPage ? page.pagination.endCursor : undefined;
  } while (after);
  expect(items.map((i) => i.accountingEntryId).sort()).toEqual(queued.data.map((e) => e.id).sort());

  // 5. "Book" them; the ERP rejects the first item without an account. Report in batches of 20.
  const rejected = items.find((i) => i.accountingEntryLines.some((l) => !l.account))?.accountingEntryId ?? items[0]!.accountingEntryId;
  const results = items.map((item, n) =>
    item.accountingEntryId === rejected
      ? { accountingEntryId: item.accountingEntryId, status: "failed", failureReason: "No account on the line", failureReasonType: "account_unknown" }
      : { accountingEntryId: item.accountingEntryId, status: "successful", externalId: `JE-${1000 + n}`, externalUrl: `https://erp.example.com/je/${1000 + n}` },
  );
  for (let start = 0; start < results.length; start += 20) {
    const batch = await api<Schemas["ExportJobItemUpdateResult"]>(`/v3/export-jobs/${job.id}/items`, { method: "PUT", body: results.slice(start, start + 20) });
    expect(batch.errors).toEqual([]);
    expect(batch.data).toHaveLength(Math.min(20, results.length - start));
  }

  // 6. Finish the job.
  await api("/v3/export-job-events", { method: "POST", body: { jobId: job.id, event: "completed_with_errors" } });
  const finished = (await api<{ data: ExportJob }>(`/v3/export-jobs/${job.id}`)).data;
  expect(finished).toMatchObject({ status: "completed_with_errors" });
  expect(finished.completedAt).toBeDefined();

  // 7. The entries' export status followed.
  const exported = await api<Page<AccountingEntry>>("/v1/accounting-entries:search", {
    method: "POST", query: { company_id: companyId, limit: "100", sorting_keys: "performedAt", sorting_order: "DESC" },
    body: { includeDeleted: false, exportStatus: ["EXPORTED"] },
  });
  const exportedIds = new Set(exported.data.map((e) => e.id));
  expect(items.filter((i) => exportedIds.has(i.accountingEntryId))).toHaveLength(items.length - 1);
  expect((await api<{ data: AccountingEntry }>(`/v1/accounting-entries/${rejected}`)).data.exportStatus).toBe("NOT_EXPORTED");
  expect((await api<Page<AccountingEntry>>("/v1/accounting-entries:search", { method: "POST", query: { company_id: companyId }, body: { includeDeleted: false, exportStatus: ["QUEUED", "EXPORTING"] } })).pagination.total).toBe(0);

  // 8. The company is free to export again: a new job for the rejected entry.
  const retry = await api<{ data: ExportJob }>("/v3/export-jobs", { method: "POST", body: { companyId, accountingEntryIds: [rejected] } });
  expect(retry.data).toMatchObject({ status: "pending", numberOfItems: 1 });
});
