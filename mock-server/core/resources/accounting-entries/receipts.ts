/** An accounting entry's receipts (scope accounting-entries:read), with stand-in pre-signed URLs. */
import { z } from "zod";
import type { WorldReceipt } from "../../world/accounting-world.ts";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { receiptFileTypeValues, receiptSourceValues, receiptsSortingKeysValues, type Receipt } from "../../../openapi/types.ts";
import { findEntry } from "../../world/records.ts";
import { echoParameters } from "../../http/query.ts";
import { enumOf } from "../../http/enum-of.ts";

const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? undefined : [v].flat()), z.array(item).optional());
const fileType = enumOf(receiptFileTypeValues).optional();

/** Receipts default to 10 a page (Gjoll), sortable by createdAt, id and size. */
export const receiptsQuery = pagedQuery({ source: list(enumOf(receiptSourceValues)), file_type: fileType }, receiptsSortingKeysValues, {
  defaultLimit: 10,
  offset: false,
});
export const receiptQuery = z.object({ file_type: fileType });

const RECEIPT_HOST = "https://receipts.sandbox.pleo.invalid";
const URL_LIFETIME_MS = 24 * 3600 * 1000;

/** The receipt with a URL for the asked file type, "valid" 24 hours from now (the host is not real). */
export function toReceipt(receipt: WorldReceipt, type: Receipt["fileType"] | undefined, now: Date): Receipt {
  const fileType = type ?? receipt.fileType;
  const expires = isoSeconds(new Date(now.getTime() + URL_LIFETIME_MS));
  return { ...receipt, fileType, url: `${RECEIPT_HOST}/${receipt.id}/${fileType.toLowerCase()}?expires=${expires}` };
}

function visibleEntry(ctx: OperationContext<unknown>): { receiptIds: string[] } | ApiError {
  const id = ctx.params.accountingEntryId ?? "";
  const entry = findEntry(ctx.world, id);
  if (!entry || !ctx.access.companyIds.includes(entry.companyId)) return errors.notFound("ACCOUNTING_ENTRY_NOT_FOUND", "accounting entry", id);
  return entry;
}

export function listReceipts(ctx: OperationContext<z.infer<typeof receiptsQuery>>): SandboxResponse | ApiError {
  const entry = visibleEntry(ctx);
  if ("reason" in entry) return entry;
  const { query, world, now } = ctx;
  const receipts = world.receipts
    .filter((r) => entry.receiptIds.includes(r.id) && (query.source === undefined || query.source.includes(r.source)))
    .map((r) => ({ ...toReceipt(r, query.file_type, now), size: r.sizeInBytes })); // `size` is the sorting key's name
  const page = paginate(receipts, query, echoParameters(query, ["source", "file_type"]));
  return json(200, { ...page, data: page.data.map(({ size: _size, ...receipt }) => receipt) });
}

export function getReceipt(ctx: OperationContext<z.infer<typeof receiptQuery>>): SandboxResponse | ApiError {
  const entry = visibleEntry(ctx);
  if ("reason" in entry) return entry;
  const id = ctx.params.receiptId ?? "";
  const receipt = entry.receiptIds.includes(id) ? ctx.world.receipts.find((r) => r.id === id) : undefined;
  if (!receipt) return errors.notFound("RECEIPT_NOT_FOUND", "receipt of this accounting entry", id);
  return json(200, { data: toReceipt(receipt, ctx.query.file_type, ctx.now) });
}
