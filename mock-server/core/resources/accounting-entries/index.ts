/** This resource's operations, keyed by operationId. */
import { getEntry, getEntryQuery, searchEntries, searchEntriesBody, searchEntriesQuery } from "./accounting-entries.ts";
import { getReceipt, listReceipts, receiptQuery, receiptsQuery } from "./receipts.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const accountingEntriesOperations: Record<string, LegacyOperation> = {
  externalSearchAccountingEntriesV1: { query: searchEntriesQuery, body: searchEntriesBody, run: searchEntries },
  externalGetAccountingEntryV1: { query: getEntryQuery, run: getEntry },
  getAllReceiptsV6: { query: receiptsQuery, run: listReceipts },
  getReceiptFileV6: { query: receiptQuery, run: getReceipt },
};
