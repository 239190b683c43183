/**
 * Tax codes (/v0/tax-codes, scope tax-codes:read|write), following Gjoll's current document, which
 * adds a `code` filter to search. Changed in place in the world.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { TaxCode } from "../../../openapi/types.ts";
import { actingCompany, visibleOr } from "../shared/access-rules.ts";
import { applyChanges, refuseDeleteWhileUsed } from "../shared/master-data.ts";
import { findTaxCode } from "../../world/records.ts";
import type { TaxCodeBody, TaxCodeSearchBody, TaxCodeSearchQuery } from "./tax-code-input.ts";

/** The tax code `taxCodeId` if this request may see it; otherwise throws TAX_CODE_NOT_FOUND. */
function visibleTaxCode(ctx: { world: World; access: Access }, taxCodeId: string): TaxCode {
  return visibleOr(ctx, findTaxCode(ctx.world, taxCodeId), () => errors.notFound("TAX_CODE_NOT_FOUND", "tax code", taxCodeId));
}

/** Creates the tax code for the body's company (the pipeline has checked the key covers it). */
export function createTaxCode(ctx: OperationContext<"createTaxCode", never, TaxCodeBody>): Reply<"createTaxCode"> {
  const at = isoSeconds(ctx.now);
  const taxCode = { id: crypto.randomUUID(), createdAt: at, updatedAt: at } as TaxCode;
  applyChanges(taxCode, ctx.body);
  ctx.world.taxCodes.push(taxCode);
  return json(200, { data: taxCode }); // Pleo documents only a default response
}

/** One tax code. */
export function getTaxCode(ctx: OperationContext<"getTaxCode", never, never>): Reply<"getTaxCode"> {
  return json(200, { data: visibleTaxCode(ctx, ctx.params.taxCodeId) });
}

/** Optional fields left out keep their value; null clears them. */
export function updateTaxCode(ctx: OperationContext<"updateTaxCode", never, TaxCodeBody>): Reply<"updateTaxCode"> {
  const taxCode = visibleTaxCode(ctx, ctx.params.taxCodeId);
  if (ctx.body.companyId !== taxCode.companyId) throw errors.companyMismatch("tax code", taxCode.id, taxCode.companyId, ctx.body.companyId);
  applyChanges(taxCode, { ...ctx.body, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: taxCode });
}

/** Deletes the tax code, unless an accounting entry uses it. */
export function deleteTaxCode(ctx: OperationContext<"deleteTaxCode", never, never>): Reply<"deleteTaxCode"> {
  const taxCode = visibleTaxCode(ctx, ctx.params.taxCodeId);
  refuseDeleteWhileUsed(ctx.world, { what: "Tax code", id: taxCode.id, archiveWith: `PUT /v0/tax-codes/${taxCode.id}` }, (ref) => ref.taxCodeId === taxCode.id);
  ctx.world.taxCodes.splice(ctx.world.taxCodes.indexOf(taxCode), 1);
  return empty(204);
}

/** Without `archived`, archived and active codes alike. */
export function searchTaxCodes(ctx: OperationContext<"getTaxCodes", TaxCodeSearchQuery, TaxCodeSearchBody>): Reply<"getTaxCodes"> {
  const companyId = actingCompany(ctx, "company_id");
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
