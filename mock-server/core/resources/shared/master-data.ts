/**
 * What the master-data operations (tags, tax codes, chart of accounts, vendors) share: whether
 * accounting entries use a record, and how a partial update changes one.
 */
import type { World } from "../../world/fixtures.ts";

/** The parts of an accounting entry (or of one of its split items) that point at master data. */
interface EntryReferences {
  accountId?: string;
  taxCodeId?: string;
  tags: { tagGroupId: string; tagId: string }[];
}

/** How many accounting entries point at a record, directly or through a split item. */
export function entriesUsing(world: World, uses: (reference: EntryReferences) => boolean): number {
  return world.accountingEntries.filter((entry) => uses(entry) || entry.splitItems.some(uses)).length;
}

/** Sets the fields present in `changes`, deletes those sent as null, and leaves omitted ones alone. */
export function applyChanges<T extends object>(record: T, changes: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete (record as Record<string, unknown>)[field];
    else (record as Record<string, unknown>)[field] = value;
  }
}
