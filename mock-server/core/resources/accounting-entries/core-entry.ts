/**
 * `GET /v1/accounting-entries/{accountingEntryId}/core` (scope accounting-entries:read): an entry in
 * Gjoll's older core model (`AccountingEntryCoreV6`): no tags, split items or attendees, but its
 * fees, wallet value, reconciliation id and the deprecated bill values by the tax arithmetic.
 */
import { z } from "zod";
import { json } from "../../http/http.ts";
import { queryFlag } from "../../http/query.ts";
import { operation } from "../../pipeline/operation.ts";
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import { findTaxCode } from "../../world/records.ts";
import type { Money, Schemas } from "../../../openapi/types.ts";
import { taxBreakdown } from "../tax-codes/tax-arithmetic.ts";
import { entryNotFound, visibleEntry } from "./visible-entry.ts";

const coreEntryQuery = z.object({
  include_deleted: queryFlag.optional(),
  include_hidden: queryFlag.optional(),
});

/** The core model of an entry: the wallet value is its total bill value (the sandbox models no fees). */
function toCoreEntry(world: World, entry: WorldEntry): Schemas["AccountingEntryCore"] {
  const { details, tags: _tags, splitItems: _splitItems, attendees: _attendees, ...rest } = entry;
  const wallet = entry.totalBillValue ?? entry.transactionValue;
  const taxCode = entry.taxCodeId ? findTaxCode(world, entry.taxCodeId) : undefined;
  const bill = taxCode && taxBreakdown(wallet.minors, taxCode);
  const money = (minors: number): Money => ({ currency: wallet.currency, minors });
  return {
    ...rest,
    fees: {},
    transactionWalletValue: wallet,
    reconciliationId: details.reconciliationId,
    ...(bill && { grossBillValue: money(bill.gross), netBillValue: money(bill.net), taxBillValue: money(bill.tax) }),
  };
}

/** A visible entry by id; a deleted one only with include_deleted=true. Nothing is hidden, so include_hidden changes nothing. */
export const getCoreEntry = operation("getCoreAccountingEntryV6ById", {
  query: coreEntryQuery,
  run: ({ world, access, params, query }) => {
    const entry = visibleEntry({ world, access }, params.accountingEntryId);
    if (entry.deletedAt !== undefined && !query.include_deleted) throw entryNotFound(params.accountingEntryId);
    return json(200, { data: toCoreEntry(world, entry) });
  },
});
