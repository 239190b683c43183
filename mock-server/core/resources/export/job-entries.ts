/** The accounting entries of an export job, in the job's order, each found by id in one pass over the entries. */
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import type { ExportJob } from "../../../openapi/types.ts";

export function jobEntries(world: World, job: ExportJob | undefined): WorldEntry[] {
  if (job === undefined) return [];
  const byId = new Map<string, WorldEntry[]>();
  for (const entry of world.accountingEntries) {
    const same = byId.get(entry.id);
    if (same) same.push(entry);
    else byId.set(entry.id, [entry]);
  }
  return world.exportJobItems.filter((i) => i.exportJobId === job.id).flatMap((i) => byId.get(i.accountingEntryId) ?? []);
}
