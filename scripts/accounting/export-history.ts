/**
 * Export jobs that already ran (completed, completed with errors) and, for the first company, one
 * pending job waiting for an integration: the entries' exportStatus follows from them.
 */
import type { Faker } from "@faker-js/faker";
import type { AccountingWorld, WorldEntry } from "../../mock-server/core/world/accounting-world.ts";

type Jobs = Pick<AccountingWorld, "exportJobs" | "exportJobItems">;

/** Entries in the seeded pending job of the first company. */
export const PENDING_JOB_SIZE = 45;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Builds the export history of one company and sets its entries' exportStatus. */
export function generateExportHistory(faker: Faker, companyId: string, entries: WorldEntry[], createdBy: string, withPendingJob: boolean): Jobs {
  const jobs: Jobs = { exportJobs: [], exportJobItems: [] };
  const exportable = entries.filter((e) => e.status === "COMPLETED" && e.deletedAt === undefined);
  const batches: [WorldEntry[], number, boolean][] = [
    [exportable.filter((e) => e.performedAt < "2026-09-30"), Date.parse("2026-10-02T08:15:00Z"), false],
    [exportable.filter((e) => e.performedAt >= "2026-09-30" && e.performedAt < "2026-10-31"), Date.parse("2026-11-03T08:20:00Z"), true],
  ];
  for (const [batch, created, withErrors] of batches) {
    const id = faker.string.uuid();
    const failed = withErrors ? new Set(faker.helpers.arrayElements(batch, 2).map((e) => e.id)) : new Set<string>();
    const done = created + 6 * 60_000;
    jobs.exportJobs.push({
      id, companyId, status: withErrors ? "completed_with_errors" : "completed", numberOfItems: batch.length,
      isInteractive: true, vendorBasedBookkeeping: false, expiresIn: 3600, createdAt: iso(created), createdBy,
      startedAt: iso(created + 30_000), lastUpdatedAt: iso(done), completedAt: iso(done),
    });
    for (const entry of batch) {
      const ok = !failed.has(entry.id);
      entry.exportStatus = ok ? "EXPORTED" : "NOT_EXPORTED";
      jobs.exportJobItems.push({
        accountingEntryId: entry.id, exportJobId: id, status: ok ? "successful" : "failed",
        ...(ok
          ? { exportedAt: iso(created + 3 * 60_000), externalId: `JE-${faker.string.numeric(6)}`, externalUrl: `https://erp.example.com/journal/${faker.string.numeric(6)}` }
          : { failureReason: "The account is closed in the ERP.", failureReasonType: "account_unknown" as const }),
      });
    }
  }
  if (withPendingJob) {
    // Created "just now" by a bookkeeper clicking Export; the sandbox restamps it when it starts.
    const batch = exportable.filter((e) => e.exportStatus === "NOT_EXPORTED" && e.performedAt >= "2026-10-31").slice(0, PENDING_JOB_SIZE);
    const id = faker.string.uuid();
    const created = Date.parse("2026-11-24T11:30:00Z");
    jobs.exportJobs.push({
      id, companyId, status: "pending", numberOfItems: batch.length, isInteractive: true, vendorBasedBookkeeping: false,
      expiresIn: 3600, createdAt: iso(created), createdBy, lastUpdatedAt: iso(created),
    });
    for (const entry of batch) {
      entry.exportStatus = "QUEUED";
      jobs.exportJobItems.push({ accountingEntryId: entry.id, exportJobId: id, status: "pending" });
    }
  }
  return jobs;
}
