/**
 * An accounting entry's export status follows its item in an export job (domain rule, no HTTP):
 * QUEUED while the job is pending, EXPORTING once it has started, EXPORTED or NOT_EXPORTED when the
 * item ends.
 */
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import type { ExportJobItem } from "../../../openapi/types.ts";

/** The export status an entry has while its item is in this state. */
function entryStatusFor(status: ExportJobItem["status"], jobStarted: boolean): WorldEntry["exportStatus"] {
  if (status === "successful") return "EXPORTED";
  if (status === "failed" || status === "abandoned") return "NOT_EXPORTED";
  return jobStarted ? "EXPORTING" : "QUEUED";
}

/** Sets an item's entry's export status to follow the item. */
export function syncEntry(world: World, item: ExportJobItem, jobStarted: boolean): void {
  const entry = world.accountingEntries.find((e) => e.id === item.accountingEntryId);
  if (entry) entry.exportStatus = entryStatusFor(item.status, jobStarted);
}
