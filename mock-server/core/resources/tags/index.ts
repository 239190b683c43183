/** The tag-group and tag operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { listAggregatedTagGroups, searchAggregatedTags } from "./aggregations.ts";
import { bulkArchiveTags, bulkDeleteTags } from "./bulk.ts";
import { dimensionCreateBody, dimensionUpdateBody, dimensionValueBody } from "./dimension-input.ts";
import { createDimensionValue, deleteDimensionValue, getDimensionValue, listTagDimensionValues, updateDimensionValue } from "./dimension-values.ts";
import { createTagGroupDimension, deleteTagGroupDimension, getTagGroupDimension, listTagGroupDimensions, updateTagGroupDimension } from "./dimensions.ts";
import { createTagGroup, deleteTagGroup, getTagGroup, listTagGroups, updateTagGroup } from "./tag-groups.ts";
import {
  aggregatedTagGroupsQuery,
  aggregatedTagsQuery,
  bulkArchiveBody,
  bulkDeleteBody,
  companyQuery,
  groupTagsQuery,
  searchTagsQuery,
  tagBody,
  tagGroupCreateBody,
  tagGroupUpdateBody,
  tagGroupsQuery,
  tagSearchBody,
  tagSearchQuery,
} from "./tag-input.ts";
import { searchTagsPost } from "./tag-search.ts";
import { createTag, deleteTag, getTag, listGroupTags, searchTags, updateTag } from "./tags.ts";
import { getTagGroupUsage } from "./usage.ts";

export const tagsOperations = {
  getTagGroups: operation("getTagGroups", { query: tagGroupsQuery, run: listTagGroups }),
  createTagGroup: operation("createTagGroup", { query: companyQuery, body: tagGroupCreateBody, run: createTagGroup }),
  getTagGroup: operation("getTagGroup", { run: getTagGroup }),
  updateTagGroup: operation("updateTagGroup", { body: tagGroupUpdateBody, run: updateTagGroup }),
  deleteTagGroup: operation("deleteTagGroup", { run: deleteTagGroup }),
  getTagGroupUsage: operation("getTagGroupUsage", { run: getTagGroupUsage }),
  getTagGroupDimensions: operation("getTagGroupDimensions", { run: listTagGroupDimensions }),
  createTagGroupDimension: operation("createTagGroupDimension", { body: dimensionCreateBody, run: createTagGroupDimension }),
  getTagGroupDimension: operation("getTagGroupDimension", { run: getTagGroupDimension }),
  updateTagGroupDimension: operation("updateTagGroupDimension", { body: dimensionUpdateBody, run: updateTagGroupDimension }),
  deleteTagGroupDimension: operation("deleteTagGroupDimension", { run: deleteTagGroupDimension }),
  getTags: operation("getTags", { query: groupTagsQuery, run: listGroupTags }),
  createTag: operation("createTag", { body: tagBody, run: createTag }),
  searchTags: operation("searchTags", { query: searchTagsQuery, run: searchTags }),
  searchTagsPost: operation("searchTagsPost", { query: tagSearchQuery, body: tagSearchBody, run: searchTagsPost }),
  bulkArchiveTags: operation("bulkArchiveTags", { body: bulkArchiveBody, run: bulkArchiveTags }),
  bulkDeleteTags: operation("bulkDeleteTags", { body: bulkDeleteBody, run: bulkDeleteTags }),
  getTag: operation("getTag", { run: getTag }),
  updateTag: operation("updateTag", { body: tagBody, run: updateTag }),
  deleteTag: operation("deleteTag", { run: deleteTag }),
  getTagDimensionValues: operation("getTagDimensionValues", { run: listTagDimensionValues }),
  getDimensionValue: operation("getDimensionValue", { run: getDimensionValue }),
  createDimensionValue: operation("createDimensionValue", { body: dimensionValueBody, run: createDimensionValue }),
  updateDimensionValue: operation("updateDimensionValue", { body: dimensionValueBody, run: updateDimensionValue }),
  deleteDimensionValue: operation("deleteDimensionValue", { run: deleteDimensionValue }),
  getAggregatedTagGroups: operation("getAggregatedTagGroups", { query: aggregatedTagGroupsQuery, run: listAggregatedTagGroups }),
  searchAggregatedTags: operation("searchAggregatedTags", { query: aggregatedTagsQuery, body: tagSearchBody, run: searchAggregatedTags }),
};
