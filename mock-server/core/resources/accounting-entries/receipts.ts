/** An accounting entry's receipts (scope accounting-entries:read), with stand-in pre-signed URLs. */
import { z } from "zod";
import type { WorldReceipt } from "../../world/accounting-world.ts";
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { operation } from "../../pipeline/operation.ts";
import { receiptFileTypeValues, receiptSourceValues, receiptsSortingKeysValues, type Receipt } from "../../../openapi/types.ts";
import { echoParameters, queryList } from "../../http/query.ts";
import { enumOf } from "../../http/enum-of.ts";
import { visibleEntry } from "./visible-entry.ts";

const fileType = enumOf(receiptFileTypeValues).optional();

/** Receipts default to 10 a page (Gjoll), sortable by createdAt, id and size. */
const receiptsQuery = pagedQuery(
  { source: queryList(enumOf(receiptSourceValues)), file_type: fileType },
  { sortingKeys: receiptsSortingKeysValues, defaultLimit: 10, minLimit: 1, maxLimit: 100, offset: false },
);
const receiptQuery = z.object({ file_type: fileType });

const RECEIPT_HOST = "https://receipts.sandbox.pleo.invalid";
const URL_LIFETIME_MS = 24 * 3600 * 1000;

/** The receipt with a URL for the asked file type, "valid" 24 hours from now (the host is not real). */
export function toReceipt(receipt: WorldReceipt, type: Receipt["fileType"] | undefined, now: Date): Receipt {
  const fileType = type ?? receipt.fileType;
  const expires = isoSeconds(new Date(now.getTime() + URL_LIFETIME_MS));
  return { ...receipt, fileType, url: `${RECEIPT_HOST}/${receipt.id}/${fileType.toLowerCase()}?expires=${expires}` };
}

/** The receipts of a visible entry (a deleted entry's too), optionally only from some sources. */
export const listReceipts = operation("getAllReceiptsV6", {
  query: receiptsQuery,
  run: ({ world, access, params, query, now }) => {
    const entry = visibleEntry({ world, access }, params.accountingEntryId);
    const receipts = world.receipts
      .filter((r) => entry.receiptIds.includes(r.id) && (query.source === undefined || query.source.includes(r.source)))
      .map((r) => ({ ...toReceipt(r, query.file_type, now), size: r.sizeInBytes })); // `size` is the sorting key's name
    const page = paginate(receipts, query, echoParameters(query, ["source", "file_type"]));
    return json(200, { ...page, data: page.data.map(({ size: _size, ...receipt }) => receipt) });
  },
});

/** One receipt of a visible entry; a receipt of another entry is not found. */
export const getReceipt = operation("getReceiptFileV6", {
  query: receiptQuery,
  run: ({ world, access, params, query, now }) => {
    const entry = visibleEntry({ world, access }, params.accountingEntryId);
    const id = params.receiptId;
    const receipt = entry.receiptIds.includes(id) ? world.receipts.find((r) => r.id === id) : undefined;
    if (!receipt) throw errors.notFound("RECEIPT_NOT_FOUND", "receipt of this accounting entry", id);
    return json(200, { data: toReceipt(receipt, query.file_type, now) });
  },
});
