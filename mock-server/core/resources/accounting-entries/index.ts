/** This resource's operations, keyed by operationId. */
import { getEntry, searchEntries } from "./accounting-entries.ts";
import { getReceipt, listReceipts } from "./receipts.ts";

export const accountingEntriesOperations = {
  externalSearchAccountingEntriesV1: searchEntries,
  externalGetAccountingEntryV1: getEntry,
  getAllReceiptsV6: listReceipts,
  getReceiptFileV6: getReceipt,
};
