/** This resource's operations, keyed by operationId. */
import { createTagGroup, deleteTagGroup, getTagGroup, listTagGroups, updateTagGroup } from "./tag-groups.ts";
import { companyQuery, groupTagsQuery, searchTagsQuery, tagBody, tagGroupCreateBody, tagGroupUpdateBody, tagGroupsQuery } from "./tag-input.ts";
import { createTag, deleteTag, getTag, listGroupTags, searchTags, updateTag } from "./tags.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const tagsOperations: Record<string, LegacyOperation> = {
  getTagGroups: { query: tagGroupsQuery, run: listTagGroups },
  createTagGroup: { query: companyQuery, body: tagGroupCreateBody, run: createTagGroup },
  getTagGroup: { run: getTagGroup },
  updateTagGroup: { body: tagGroupUpdateBody, run: updateTagGroup },
  deleteTagGroup: { run: deleteTagGroup },
  getTags: { query: groupTagsQuery, run: listGroupTags },
  createTag: { body: tagBody, run: createTag },
  searchTags: { query: searchTagsQuery, run: searchTags },
  getTag: { run: getTag },
  updateTag: { body: tagBody, run: updateTag },
  deleteTag: { run: deleteTag },
};
