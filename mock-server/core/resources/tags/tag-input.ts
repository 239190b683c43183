/** What the tag-group and tag routes accept (Gjoll's tags surface), checked with zod. */
import { z } from "zod";
import { withinMetadataLimits } from "../shared/metadata.ts";
import { pagedQuery } from "../../http/pagination.ts";
import type { Schemas } from "../../../openapi/types.ts";
import { queryFlag, queryList } from "../../http/query.ts";

const metadata = z.record(z.string(), z.string()).superRefine(withinMetadataLimits);

export const tagGroupsQuery = z.object({
  company_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  include_archived: queryFlag.default(false),
  include_tags_count: queryFlag.default(false),
});
export type TagGroupsQuery = z.infer<typeof tagGroupsQuery>;

export const companyQuery = z.object({ company_id: z.uuid().optional() });
export type CompanyQuery = z.infer<typeof companyQuery>;

export const tagGroupCreateBody = z.object({
  archived: z.boolean(),
  code: z.string(),
  name: z.string(),
  metadata: metadata.optional(),
}) satisfies z.ZodType<Schemas["TagGroupCreateRequest"]>;
export type TagGroupCreateBody = z.infer<typeof tagGroupCreateBody>;

export const tagGroupUpdateBody = tagGroupCreateBody.extend({ metadata }) satisfies z.ZodType<Schemas["TagGroupUpdateRequest"]>;
export type TagGroupUpdateBody = z.infer<typeof tagGroupUpdateBody>;

export const tagBody = z.object({
  archived: z.boolean(),
  code: z.string().min(1, "must not be empty: it is the tag's id in the ERP"),
  name: z.string().optional(),
  otherDimensionValues: z.array(z.string()).optional(),
}) satisfies z.ZodType<Schemas["TagRequest"]>;
export type TagBody = z.infer<typeof tagBody>;


export const groupTagsQuery = pagedQuery({ include_archived: queryFlag.default(false) });
export type GroupTagsQuery = z.infer<typeof groupTagsQuery>;

export const searchTagsQuery = pagedQuery(
  {
    company_id: z.uuid().optional(),
    text_search: z.string().optional(),
    tag_group_id: queryList(z.uuid()),
    include_archived: queryFlag.default(false),
  },
);
export type SearchTagsQuery = z.infer<typeof searchTagsQuery>;

const uniqueIds = z.array(z.uuid()).refine((ids) => new Set(ids).size === ids.length, "lists an id twice");

/** Pleo's `CompositeTagSearchRequest`, the body of `POST /v0/tags:search` and `/v0/aggregations/tags`. */
export const tagSearchBody = z.object({
  archived: z.boolean().optional(),
  includeArchived: z.boolean().optional(),
  tagGroupIds: uniqueIds.optional(),
  tagIds: uniqueIds.optional(),
  textSearch: z.string().optional(),
}) satisfies z.ZodType<Schemas["TagSearchRequest"]>;
export type TagSearchBody = z.infer<typeof tagSearchBody>;

export const tagSearchQuery = pagedQuery({ company_id: z.uuid().optional(), organization_id: z.uuid().optional() });
export type TagSearchQuery = z.infer<typeof tagSearchQuery>;

export const aggregatedTagsQuery = pagedQuery({ company_id: z.uuid().optional() });
export type AggregatedTagsQuery = z.infer<typeof aggregatedTagsQuery>;

export const aggregatedTagGroupsQuery = z.object({
  company_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  tag_group_ids: queryList(z.uuid()),
});
export type AggregatedTagGroupsQuery = z.infer<typeof aggregatedTagGroupsQuery>;

const bulkTagIds = z.array(z.uuid()).min(1, "must name at least one tag").max(100, "names at most 100 tags; send them in batches");

export const bulkArchiveBody = z.object({ archived: z.boolean(), companyId: z.uuid(), tagIds: bulkTagIds }) satisfies z.ZodType<Schemas["BulkTagArchiveRequest"]>;
export type BulkArchiveBody = z.infer<typeof bulkArchiveBody>;

export const bulkDeleteBody = z.object({ companyId: z.uuid(), tagIds: bulkTagIds }) satisfies z.ZodType<Schemas["BulkTagDeleteRequest"]>;
export type BulkDeleteBody = z.infer<typeof bulkDeleteBody>;
