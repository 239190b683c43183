/**
 * What the master-data operations (tags, tax codes, chart of accounts, vendors) share: whether
 * accounting entries use a record (and then refuse to delete it), and how a partial update changes one.
 */
import { errors } from "../../http/errors.ts";
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

/** The record a delete is about: what it is called in messages, its id, and the call that archives it instead. */
export interface DeletedRecord {
  what: string;
  id: string;
  archiveWith: string;
}

/** Throws RESOURCE_IN_USE when an accounting entry points at the record: used master data is archived, never deleted. */
export function refuseDeleteWhileUsed(world: World, record: DeletedRecord, uses: (reference: EntryReferences) => boolean): void {
  const using = entriesUsing(world, uses);
  if (using > 0) throw errors.inUse(record.what, record.id, using, record.archiveWith);
}

/** Sets the fields present in `changes`, deletes those sent as null, and leaves omitted ones alone. */
export function applyChanges<T extends object>(record: T, changes: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete (record as Record<string, unknown>)[field];
    else (record as Record<string, unknown>)[field] = value;
  }
}
