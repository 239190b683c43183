/** This resource's operations, keyed by operationId. */
import { getEntry, searchEntries } from "./accounting-entries.ts";
import { getCoreEntry } from "./core-entry.ts";
import { searchReceipts } from "./receipt-search.ts";
import { getReceipt, listReceipts } from "./receipts.ts";

export const accountingEntriesOperations = {
  externalSearchAccountingEntriesV1: searchEntries,
  externalGetAccountingEntryV1: getEntry,
  getAllReceiptsV6: listReceipts,
  getReceiptFileV6: getReceipt,
  searchReceiptsByPostV6: searchReceipts,
  getCoreAccountingEntryV6ById: getCoreEntry,
};
