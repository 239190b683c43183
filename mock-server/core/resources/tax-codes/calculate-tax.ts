/**
 * `POST /v0/tax-codes:calculate-tax-amounts` (scope tax-codes:read): the gross, net and tax of
 * amounts under tax codes of the companies the key covers, by the sandbox's tax arithmetic.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { operation } from "../../pipeline/operation.ts";
import { findTaxCode } from "../../world/records.ts";
import { moneySchema } from "../../world/accounting-world.ts";
import { visibleOr } from "../shared/access-rules.ts";
import type { Money, Schemas } from "../../../openapi/types.ts";
import { taxBreakdown } from "./tax-arithmetic.ts";

/** Pleo's `CalculateTaxesRequest`: tax code id -> amounts, each with the caller's own `id`. */
const calculateBody = z.object({
  amountsByTaxCodeId: z.record(
    z.uuid({ error: "must be a tax code id (a UUID)" }),
    z.array(z.object({ id: z.string(), amount: moneySchema.extend({ currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as DKK") }) })),
  ),
});

/** Every amount broken down under its tax code; 404 for a tax code the key cannot see. */
export const calculateTax = operation("calculateTax", {
  body: calculateBody,
  run: ({ world, access, body }) => {
    const taxes: Schemas["CalculateTaxesData"]["data"]["taxes"] = {};
    for (const [taxCodeId, amounts] of Object.entries(body.amountsByTaxCodeId)) {
      const taxCode = visibleOr({ access }, findTaxCode(world, taxCodeId), () => errors.notFound("TAX_CODE_NOT_FOUND", "tax code", taxCodeId));
      taxes[taxCodeId] = amounts.map(({ id, amount }) => {
        const { gross, net, tax } = taxBreakdown(amount.minors, taxCode);
        const money = (minors: number): Money => ({ currency: amount.currency, minors });
        return { id, amountTaxBreakdown: { gross: money(gross), net: money(net), tax: money(tax) } };
      });
    }
    return json(200, { data: { taxes } });
  },
});
