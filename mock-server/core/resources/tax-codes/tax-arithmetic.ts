/**
 * The sandbox's one tax arithmetic, used by the tax calculation and by export items' lines (domain
 * rule, no HTTP). Pleo does not document it; the reading is: an `inclusive` code's amount is the
 * gross (tax inside it), an `exclusive` code's amount is the net (tax added on top), and a `reverse`
 * (reverse-charge) code's amount is both net and gross, its tax self-assessed on top. Amounts are
 * integer minor units; tax is rounded half away from zero, so a refund is the mirror of its purchase.
 */
import type { TaxCode } from "../../../openapi/types.ts";

export interface TaxBreakdown {
  gross: number;
  net: number;
  tax: number;
}

/** Rounds to a whole minor unit, halves away from zero (2.5 -> 3, -2.5 -> -3). */
function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Gross, net and tax of `minors` under a tax code (only its rate and type matter). */
export function taxBreakdown(minors: number, { rate, type }: Pick<TaxCode, "rate" | "type">): TaxBreakdown {
  if (type === "inclusive") {
    const tax = roundMinor((minors * rate) / (1 + rate));
    return { gross: minors, net: minors - tax, tax };
  }
  const tax = roundMinor(minors * rate);
  return type === "exclusive" ? { gross: minors + tax, net: minors, tax } : { gross: minors, net: minors, tax };
}
