/** What the vendor routes accept (Pleo's Vendor*Request), checked with zod. */
import { z } from "zod";
import { pagedQuery } from "../../http/pagination.ts";
import { countryCodeValues, vendorStateValues, type Schemas } from "../../../openapi/types.ts";
import { enumOf } from "../../http/enum-of.ts";

const country = enumOf(countryCodeValues, "must be an ISO 3166-1 alpha-2 country code from Pleo's list, such as DK");
const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as DKK");
const state = enumOf(vendorStateValues);

export const vendorCreateBody = z.object({
  code: z.string().optional(),
  companyId: z.uuid(),
  country: country.optional(),
  defaultCurrency: currency,
  externalId: z.string().min(1, "must not be empty; leave it out for a vendor not yet in the ERP").optional(),
  name: z.string().min(1, "must not be empty"),
  registrationNumber: z.string().optional(),
  taxRegistrationNumber: z.string().optional(),
}) satisfies z.ZodType<Schemas["VendorCreateRequest"]>;
export type VendorCreateBody = z.infer<typeof vendorCreateBody>;

export const vendorUpdateBody = vendorCreateBody.extend({
  externalId: z.string().min(1, "must not be empty"),
  state,
}) satisfies z.ZodType<Schemas["VendorUpdateRequest"]>;
export type VendorUpdateBody = z.infer<typeof vendorUpdateBody>;

export const vendorActivateBody = z.object({
  code: z.string().optional(),
  externalId: z.string().min(1, "must not be empty: it is the vendor's id in the ERP"),
}) satisfies z.ZodType<Schemas["VendorActivateRequest"]>;
export type VendorActivateBody = z.infer<typeof vendorActivateBody>;

const upTo = <T extends z.ZodType>(item: T, max = 100) => z.array(item).max(max, `send at most ${max} values`).optional();

export const vendorSearchBody = z.object({
  accountingSystems: upTo(z.string()),
  codes: upTo(z.string()),
  countries: upTo(country),
  externalIds: upTo(z.string()),
  ids: upTo(z.uuid()),
  name: z.string().optional(),
  states: upTo(state, 4),
  taxRegistrationNumbers: upTo(z.string()),
}) satisfies z.ZodType<Schemas["VendorSearchRequest"]>;
export type VendorSearchBody = z.infer<typeof vendorSearchBody>;

/** `company_id` is required here, as in Pleo's document. */
export const vendorSearchQuery = pagedQuery({ company_id: z.uuid({ error: "is required: the company whose vendors to search" }) });
export type VendorSearchQuery = z.infer<typeof vendorSearchQuery>;
