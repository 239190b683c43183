/** What the tag-group and tag routes accept (Gjoll's tags surface), checked with zod. */
import { z } from "zod";
import { pagedQuery } from "../../http/pagination.ts";
import type { Schemas } from "../../../openapi/types.ts";
import { queryFlag, queryList } from "../../http/query.ts";

const metadata = z.record(z.string(), z.string());

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
  otherDimensionValues: z.array(z.string()).optional(), // accepted, ignored: dimensions are not modelled
}) satisfies z.ZodType<Schemas["TagRequest"]>;
export type TagBody = z.infer<typeof tagBody>;

const TAG_SORTING = ["code", "name", "archived", "createdAt", "updatedAt", "id"] as const;

export const groupTagsQuery = pagedQuery({ include_archived: queryFlag.default(false) }, TAG_SORTING);
export type GroupTagsQuery = z.infer<typeof groupTagsQuery>;

export const searchTagsQuery = pagedQuery(
  {
    company_id: z.uuid().optional(),
    text_search: z.string().optional(),
    tag_group_id: queryList(z.uuid()),
    include_archived: queryFlag.default(false),
  },
  TAG_SORTING,
);
export type SearchTagsQuery = z.infer<typeof searchTagsQuery>;
