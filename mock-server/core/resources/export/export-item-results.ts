/**
 * The integration's results for an in_progress job's items (domain rules, no HTTP): each update is
 * written to the job's item of that entry and the entry's export status follows. An entry not in
 * the job is a per-item error inside the result, as Pleo reports it, not a refusal.
 */
import { isoSeconds } from "../../world/clock.ts";
import type { World } from "../../world/fixtures.ts";
import type { ExportJob, ExportJobItem, Schemas } from "../../../openapi/types.ts";
import { syncEntry } from "./entry-export-status.ts";
import { requireItemsUpdatable } from "./export-lifecycle.ts";

type ItemUpdate = Schemas["UpdateExportJobItem"];

/** Applies the updates to the job's items; throws 422 unless the job is in_progress. Any update keeps the job alive. */
export function recordItemResults(world: World, job: ExportJob, updates: readonly ItemUpdate[], now: Date): Schemas["ExportJobItemUpdateResult"] {
  requireItemsUpdatable(job);
  const at = isoSeconds(now);
  const data: ExportJobItem[] = [];
  const problems: Schemas["ExportJobItemUpdateError"][] = [];
  for (const update of updates) {
    const item = world.exportJobItems.find((i) => i.exportJobId === job.id && i.accountingEntryId === update.accountingEntryId);
    if (!item) {
      problems.push(notInJob(job, update));
      continue;
    }
    Object.assign(item, {
      ...update,
      ...(update.status === "successful" && { exportedAt: update.exportedAt ? isoSeconds(new Date(update.exportedAt)) : at }),
    });
    syncEntry(world, item, true);
    data.push(item);
  }
  job.lastUpdatedAt = at;
  return { data, errors: problems };
}

function notInJob(job: ExportJob, update: ItemUpdate): Schemas["ExportJobItemUpdateError"] {
  return {
    accountingEntryId: update.accountingEntryId, type: "ACCOUNTING_ENTRY_DOES_NOT_EXIST",
    message: `Accounting entry ${update.accountingEntryId} is not in export job ${job.id}; GET /v3/export-jobs/${job.id}/items lists its entries.`,
  };
}
