/**
 * What the master-data operations (tags, tax codes, chart of accounts, vendors) share: the one
 * company a request acts on, who may see a record, whether accounting entries use a record, and
 * the small zod pieces their inputs are made of.
 */
import { z } from "zod";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import type { OperationContext } from "../../pipeline/route.ts";

/**
 * The company a create or search acts on: the one the request named, or a company-level key's own.
 * An organisation-level key that named none gets a 400 (accounting calls are per company).
 */
export function actingCompany(ctx: Pick<OperationContext, "access">, parameter: string): string | ApiError {
  return ctx.access.target.companyId ?? errors.companyRequired(parameter);
}

/** Whether a record belongs to a company this request may see. */
export function isVisible(ctx: Pick<OperationContext, "access">, record: { companyId: string } | undefined): boolean {
  return record !== undefined && ctx.access.companyIds.includes(record.companyId);
}

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

/** A query flag sent as `true` or `false`. */
export const queryFlag = z.enum(["true", "false"]).transform((value) => value === "true");

/** A query parameter that may repeat (`tag_group_id=a&tag_group_id=b`). */
export const queryList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : [v].flat()), z.array(item).optional());

/** Sets the fields present in `changes`, deletes those sent as null, and leaves omitted ones alone. */
export function applyChanges<T extends object>(record: T, changes: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete (record as Record<string, unknown>)[field];
    else (record as Record<string, unknown>)[field] = value;
  }
}
