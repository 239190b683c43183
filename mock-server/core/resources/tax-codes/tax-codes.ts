/**
 * Tax codes (/v0/tax-codes, scope tax-codes:read|write), following Gjoll's current document, which
 * adds a `code` filter to search. Changed in place in the world.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { taxCodeTypeValues, type Schemas, type TaxCode } from "../../../openapi/types.ts";
import { actingCompany, isVisible } from "../shared/access-rules.ts";
import { applyChanges, entriesUsing } from "../shared/master-data.ts";
import { enumOf } from "../../http/enum-of.ts";
import { findTaxCode } from "../../world/records.ts";

const taxCodeType = enumOf(taxCodeTypeValues);

export const taxCodeBody = z.object({
  archived: z.boolean(),
  code: z.string().nullish(),
  companyId: z.uuid(),
  ingoingTaxAccount: z.string().nullish(),
  name: z.string().min(1, "must not be empty"),
  outgoingTaxAccount: z.string().nullish(),
  rate: z.number().min(0).max(1, "is a decimal: send 0.25 for 25 %"),
  type: taxCodeType,
}) satisfies z.ZodType<Schemas["TaxCodeRequest"]>;
export type TaxCodeBody = z.infer<typeof taxCodeBody>;

export const taxCodeSearchQuery = pagedQuery({ company_id: z.uuid().optional() }, ["name", "code", "rate", "type", "archived", "createdAt", "updatedAt", "id"]);
export type TaxCodeSearchQuery = z.infer<typeof taxCodeSearchQuery>;

export const taxCodeSearchBody = z.object({
  archived: z.boolean().optional(),
  code: z.string().optional(),
  taxCodeIds: z.array(z.uuid()).refine((ids) => new Set(ids).size === ids.length, "lists an id twice").optional(),
  type: taxCodeType.optional(),
}) satisfies z.ZodType<Schemas["TaxCodeSearchRequest"]>;
export type TaxCodeSearchBody = z.infer<typeof taxCodeSearchBody>;

function visibleTaxCode(ctx: OperationContext<unknown, unknown>): TaxCode | ApiError {
  const id = ctx.params.taxCodeId ?? "";
  const taxCode = findTaxCode(ctx.world, id);
  return taxCode && isVisible(ctx, taxCode) ? taxCode : errors.notFound("TAX_CODE_NOT_FOUND", "tax code", id);
}

export function createTaxCode(ctx: OperationContext<unknown, TaxCodeBody>): SandboxResponse {
  const at = isoSeconds(ctx.now);
  const taxCode = { id: crypto.randomUUID(), createdAt: at, updatedAt: at } as TaxCode;
  applyChanges(taxCode, ctx.body);
  ctx.world.taxCodes.push(taxCode);
  return json(200, { data: taxCode }); // Pleo documents only a default response
}

export function getTaxCode(ctx: OperationContext): SandboxResponse | ApiError {
  const taxCode = visibleTaxCode(ctx);
  return dataOr(taxCode);
}

/** Optional fields left out keep their value; null clears them. */
export function updateTaxCode(ctx: OperationContext<unknown, TaxCodeBody>): SandboxResponse | ApiError {
  const taxCode = visibleTaxCode(ctx);
  if ("reason" in taxCode) return taxCode;
  if (ctx.body.companyId !== taxCode.companyId) return errors.companyMismatch("tax code", taxCode.id, taxCode.companyId, ctx.body.companyId);
  applyChanges(taxCode, { ...ctx.body, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: taxCode });
}

export function deleteTaxCode(ctx: OperationContext): SandboxResponse | ApiError {
  const taxCode = visibleTaxCode(ctx);
  if ("reason" in taxCode) return taxCode;
  const using = entriesUsing(ctx.world, (ref) => ref.taxCodeId === taxCode.id);
  if (using > 0) return errors.inUse("Tax code", taxCode.id, using, `PUT /v0/tax-codes/${taxCode.id}`);
  ctx.world.taxCodes.splice(ctx.world.taxCodes.indexOf(taxCode), 1);
  return empty(204);
}

/** Without `archived`, archived and active codes alike. */
export function searchTaxCodes(ctx: OperationContext<TaxCodeSearchQuery, TaxCodeSearchBody>): SandboxResponse | ApiError {
  const companyId = actingCompany(ctx, "company_id");
  if (typeof companyId !== "string") return companyId;
  const { body } = ctx;
  const matches = ctx.world.taxCodes.filter(
    (t) =>
      t.companyId === companyId &&
      (body.archived === undefined || t.archived === body.archived) &&
      (body.code === undefined || t.code === body.code) &&
      (body.taxCodeIds === undefined || body.taxCodeIds.includes(t.id)) &&
      (body.type === undefined || t.type === body.type),
  );
  return json(200, paginate(matches, ctx.query, { company_id: [companyId] }));
}
