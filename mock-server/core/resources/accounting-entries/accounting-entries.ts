/**
 * Gjoll's accounting entries (scope accounting-entries:read): `POST /v1/accounting-entries:search`
 * and `GET /v1/accounting-entries/{accountingEntryId}`.
 */
import { z } from "zod";
import type { WorldEntry } from "../../world/accounting-world.ts";
import { json } from "../../http/http.ts";
import { pagedQuery } from "../../http/pagination.ts";
import { paginateBuilt } from "../../http/built-page.ts";
import { operation } from "../../pipeline/operation.ts";
import {
  accountingEntriesSortingKeysValues,
  accountingEntryFamilyValues,
  accountingEntryStatusValues,
  accountingEntrySubFamilyValues,
  exportStatusValues,
  reviewStatusValues,
  type AccountingEntry,
} from "../../../openapi/types.ts";
import { echoParameters } from "../../http/query.ts";
import { requireCompanyOrOrganisation } from "../shared/access-rules.ts";
import { enumOf } from "../../http/enum-of.ts";
import { entryNotFound, visibleEntry } from "./visible-entry.ts";

const ids = z.array(z.uuid()).max(100);
const date = z.iso.datetime({ offset: true, message: "must be an ISO-8601 date-time, e.g. 2026-10-01T00:00:00Z" });
const WINDOWS = ["performedAt", "settledAt", "bookkeepingDate"] as const;

const searchEntriesQuery = pagedQuery(
  { company_id: z.uuid().optional(), organization_id: z.uuid().optional() },
  { sortingKeys: accountingEntriesSortingKeysValues, minLimit: 1, maxLimit: 100, offset: false },
);

/** Pleo's `AccountingEntryBaseSearchRequest`; fields it does not have are ignored, as its schema allows them. */
const searchEntriesBody = z
  .object({
    includeDeleted: z.boolean({ message: "is required (true or false)" }),
    accountIds: ids.optional(), employeeIds: ids.optional(), teamIds: ids.optional(), tagRowIds: ids.optional(),
    tagGroupIdsUnset: ids.optional(), taxCodeIds: ids.optional(), foreignExtensionIds: z.array(z.string()).max(100).optional(),
    transactionValueCurrencies: z.array(z.string()).max(100).optional(),
    families: z.array(enumOf(accountingEntryFamilyValues)).optional(),
    subFamilies: z.array(enumOf(accountingEntrySubFamilyValues)).optional(),
    status: z.array(enumOf(accountingEntryStatusValues)).optional(),
    reviewStatus: z.array(enumOf(reviewStatusValues)).optional(),
    exportStatus: z.array(enumOf(exportStatusValues)).optional(),
    hasAccount: z.boolean().optional(), hasBookkeepingDate: z.boolean().optional(), hasNote: z.boolean().optional(), settled: z.boolean().optional(),
    performedAtStart: date.optional(), performedAtEnd: date.optional(),
    settledAtStart: date.optional(), settledAtEnd: date.optional(),
    bookkeepingDateStart: date.optional(), bookkeepingDateEnd: date.optional(),
  })
  .superRefine((body, ctx) => {
    const windows = WINDOWS.filter((w) => body[`${w}Start`] !== undefined || body[`${w}End`] !== undefined);
    if (windows.length > 1) {
      ctx.addIssue({ code: "custom", message: `date filters are mutually exclusive; got ${windows.join(" and ")} windows, send one`, path: [`${windows[1]}Start`] });
    }
  });
type SearchEntriesBody = z.infer<typeof searchEntriesBody>;

/** The entry as Pleo serves it: the sandbox's own export details stay inside. */
function toAccountingEntry({ details: _details, ...entry }: WorldEntry): AccountingEntry {
  return entry;
}

/** The entries of the named company (or organisation) that match every filter of the body. */
export const searchEntries = operation("externalSearchAccountingEntriesV1", {
  query: searchEntriesQuery,
  body: searchEntriesBody,
  run: async ({ world, access, query, body }) => {
    requireCompanyOrOrganisation(query, "accounting entries");
    const windows = windowsOf(body);
    const matches = world.accountingEntries.filter((e) => access.companyIds.includes(e.companyId) && matchesSearch(e, body, windows));
    // Only the page's entries are copied into Pleo's shape, unless a sort asks for them all (http/built-page.ts).
    return json(200, await paginateBuilt(matches, toAccountingEntry, query, echoParameters(query, ["company_id", "organization_id"])));
  },
});

const within = (list: readonly string[] | undefined, value: string | undefined) => list === undefined || (value !== undefined && list.includes(value));
const has = (flag: boolean | undefined, value: unknown) => flag === undefined || flag === (value !== undefined);
/** The tags of the entry and of its split lines. */
const tagsOf = (e: WorldEntry) => [...e.tags, ...e.splitItems.flatMap((s) => s.tags)];

/** The date windows the body sets (read once per search, not once per entry), with their bounds in ms. */
function windowsOf(b: SearchEntriesBody) {
  return WINDOWS.flatMap((w) => {
    const start = b[`${w}Start`];
    const end = b[`${w}End`];
    if (start === undefined && end === undefined) return [];
    return [{ field: w, start: start === undefined ? undefined : Date.parse(start), end: end === undefined ? undefined : Date.parse(end) }];
  });
}

function matchesSearch(e: WorldEntry, b: SearchEntriesBody, windows: ReturnType<typeof windowsOf>): boolean {
  const inWindow = windows.every(({ field, start, end }) => {
    const value = e[field];
    return value !== undefined && (start === undefined || Date.parse(value) >= start) && (end === undefined || Date.parse(value) <= end);
  });
  return (
    (b.includeDeleted || e.deletedAt === undefined) &&
    within(b.accountIds, e.accountId) && within(b.employeeIds, e.employeeId) && within(b.teamIds, e.teamId) &&
    within(b.taxCodeIds, e.taxCodeId) && within(b.foreignExtensionIds, e.foreignExtensionId) &&
    within(b.transactionValueCurrencies, e.transactionValue.currency) && within(b.families, e.family) &&
    within(b.subFamilies, e.subFamily) && within(b.status, e.status) && within(b.reviewStatus, e.reviewStatus) &&
    within(b.exportStatus, e.exportStatus) &&
    (b.tagRowIds === undefined || tagsOf(e).some((t) => t.tagId !== undefined && b.tagRowIds!.includes(t.tagId))) &&
    (b.tagGroupIdsUnset === undefined || b.tagGroupIdsUnset.every((g) => !e.tags.some((t) => t.tagGroupId === g && t.tagId !== undefined))) &&
    has(b.hasAccount, e.accountId) && has(b.hasBookkeepingDate, e.bookkeepingDate) && has(b.hasNote, e.note) && has(b.settled, e.settledAt) &&
    inWindow
  );
}

const getEntryQuery = z.object({
  include_deleted: z.enum(["true", "false"], { message: "must be true or false" }).transform((v) => v === "true").optional(),
});

/** A visible entry by id; a deleted one only with include_deleted=true. */
export const getEntry = operation("externalGetAccountingEntryV1", {
  query: getEntryQuery,
  run: ({ world, access, params, query }) => {
    const entry = visibleEntry({ world, access }, params.accountingEntryId);
    if (entry.deletedAt !== undefined && !query.include_deleted) throw entryNotFound(params.accountingEntryId);
    return json(200, { data: toAccountingEntry(entry) });
  },
});
