/** The accounting entries of an export job, in the job's order, each found by id in one pass over the entries. */
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import type { ExportJob } from "../../../openapi/types.ts";

export function jobEntries(world: World, job: ExportJob | undefined): WorldEntry[] {
  if (job === undefined) return [];
  const items = world.exportJobItems.filter((i) => i.exportJobId === job.id);
  const byId = new Map<string, WorldEntry[]>(items.map((i) => [i.accountingEntryId, []]));
  for (const entry of world.accountingEntries) byId.get(entry.id)?.push(entry);
  return items.flatMap((i) => byId.get(i.accountingEntryId)!);
}
