/** What the chart-of-accounts routes accept (Pleo's BookkeepingAccount*RequestV1), checked with zod. */
import { z } from "zod";
import { boundedMetadata } from "../shared/metadata.ts";
import { pagedQuery } from "../../http/pagination.ts";
import type { Schemas } from "../../../openapi/types.ts";

const MAX = 255;
const metadata = boundedMetadata.nullish();

export const accountCreateBody = z.object({
  archived: z.boolean(),
  code: z.string().max(MAX).nullish(),
  companyId: z.uuid(),
  externalId: z.string().min(1, "must not be empty: it is the account's id in the ERP").max(MAX),
  metadata,
  name: z.string().min(1, "must not be empty").max(MAX),
  taxCodeExternalId: z.string().nullish(),
}) satisfies z.ZodType<Schemas["AccountCreateRequest"]>;
export type AccountCreateBody = z.infer<typeof accountCreateBody>;

export const accountUpdateBody = accountCreateBody.omit({ companyId: true, externalId: true }) satisfies z.ZodType<Schemas["AccountUpdateRequest"]>;
export type AccountUpdateBody = z.infer<typeof accountUpdateBody>;

/** Lengths are not checked here: a batch reports them per item (EXTERNAL_ID_TOO_LONG, NAME_EMPTY, ...). */
const batchItem = z.object({
  archived: z.boolean(),
  code: z.string().nullish(),
  externalId: z.string(),
  metadata,
  name: z.string(),
  taxCodeExternalId: z.string().nullish(),
}) satisfies z.ZodType<Schemas["AccountBatchItem"]>;
export type AccountBatchItem = z.infer<typeof batchItem>;

export const accountBatchBody = z.object({
  companyId: z.uuid(),
  items: z.array(batchItem).min(1, "send between 1 and 1000 accounts").max(1000, "send between 1 and 1000 accounts"),
}) satisfies z.ZodType<Schemas["AccountBatchRequest"]>;
export type AccountBatchBody = z.infer<typeof accountBatchBody>;

const unique = <T>(values: T[]) => new Set(values).size === values.length;

export const accountSearchBody = z.object({
  archived: z.boolean().nullish(),
  code: z.string().nullish(),
  codes: z.array(z.string()).refine(unique, "lists a code twice").nullish(),
  companyId: z.uuid(),
  excludeIfAssignedToCategory: z.boolean().default(false),
  excludeIfAssignedToContraAccount: z.boolean().default(false),
  externalId: z.string().nullish(),
  ids: z.array(z.uuid()).refine(unique, "lists an id twice").nullish(),
  name: z.string().nullish(),
}) satisfies z.ZodType<Schemas["AccountSearchRequest"]>;
export type AccountSearchBody = z.infer<typeof accountSearchBody>;

export const accountSearchQuery = pagedQuery({});
export type AccountSearchQuery = z.infer<typeof accountSearchQuery>;
