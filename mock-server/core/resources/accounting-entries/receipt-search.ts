/**
 * `POST /v1/accounting-entries/receipts:search` (scope accounting-entries:read): the receipts of a
 * company's (or organisation's) accounting entries, filtered by entry, employee, MIME type and
 * source, with URLs for the asked rendition. A deleted entry's receipts count as deleted.
 */
import { z } from "zod";
import { enumOf } from "../../http/enum-of.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { echoParameters } from "../../http/query.ts";
import { operation } from "../../pipeline/operation.ts";
import { requireCompanyOrOrganisation } from "../shared/access-rules.ts";
import { receiptFileTypeValues, receiptMimeTypeValues, receiptSourceValues, receiptsSortingKeysValues } from "../../../openapi/types.ts";
import { toReceipt } from "./receipts.ts";

const receiptSearchQuery = pagedQuery(
  { company_id: z.uuid().optional(), organization_id: z.uuid().optional() },
  { sortingKeys: receiptsSortingKeysValues, defaultLimit: 10, minLimit: 1, maxLimit: 100, offset: false },
);

/** Pleo's `ReceiptSearchRequest`; fields it does not have are ignored, as its schema allows them. */
const receiptSearchBody = z.object({
  includeDeleted: z.boolean({ message: "is required (true or false)" }),
  accountingEntryIds: z.array(z.uuid()).optional(),
  employeeIds: z.array(z.uuid()).optional(),
  fileType: enumOf(receiptFileTypeValues).optional(),
  mimeType: z.array(enumOf(receiptMimeTypeValues)).optional(),
  source: z.array(enumOf(receiptSourceValues)).optional(),
});

/** The receipts of the named company's (or organisation's) entries that match every filter, oldest entry first. */
export const searchReceipts = operation("searchReceiptsByPostV6", {
  query: receiptSearchQuery,
  body: receiptSearchBody,
  run: ({ world, access, query, body, now }) => {
    requireCompanyOrOrganisation(query, "receipts");
    const within = <T>(list: readonly T[] | undefined, value: T | undefined) => list === undefined || (value !== undefined && list.includes(value));
    const entries = world.accountingEntries.filter((e) =>
      access.companyIds.includes(e.companyId) && (body.includeDeleted || e.deletedAt === undefined) &&
      within(body.accountingEntryIds, e.id) && within(body.employeeIds, e.employeeId));
    const receipts = entries.flatMap((entry) =>
      world.receipts
        .filter((r) => entry.receiptIds.includes(r.id) && within(body.mimeType, r.mimeType) && within(body.source, r.source))
        .map((r) => ({ ...toReceipt(r, body.fileType, now), size: r.sizeInBytes })), // `size` is the sorting key's name
    );
    const page = paginate(receipts, query, echoParameters(query, ["company_id", "organization_id"]));
    return json(200, { ...page, data: page.data.map(({ size: _size, ...receipt }) => receipt) });
  },
});
