/** What the tax-code routes accept (Gjoll's current document), checked with zod. */
import { z } from "zod";
import { pagedQuery } from "../../http/pagination.ts";
import { enumOf } from "../../http/enum-of.ts";
import { taxCodeTypeValues, type Schemas } from "../../../openapi/types.ts";

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

export const taxCodeSearchQuery = pagedQuery({ company_id: z.uuid().optional() });
export type TaxCodeSearchQuery = z.infer<typeof taxCodeSearchQuery>;

export const taxCodeSearchBody = z.object({
  archived: z.boolean().optional(),
  code: z.string().optional(),
  taxCodeIds: z.array(z.uuid()).refine((ids) => new Set(ids).size === ids.length, "lists an id twice").optional(),
  type: taxCodeType.optional(),
}) satisfies z.ZodType<Schemas["TaxCodeSearchRequest"]>;
export type TaxCodeSearchBody = z.infer<typeof taxCodeSearchBody>;
