/** The tag-group and tag operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { createTagGroup, deleteTagGroup, getTagGroup, listTagGroups, updateTagGroup } from "./tag-groups.ts";
import { companyQuery, groupTagsQuery, searchTagsQuery, tagBody, tagGroupCreateBody, tagGroupUpdateBody, tagGroupsQuery } from "./tag-input.ts";
import { createTag, deleteTag, getTag, listGroupTags, searchTags, updateTag } from "./tags.ts";

export const tagsOperations = {
  getTagGroups: operation("getTagGroups", { query: tagGroupsQuery, run: listTagGroups }),
  createTagGroup: operation("createTagGroup", { query: companyQuery, body: tagGroupCreateBody, run: createTagGroup }),
  getTagGroup: operation("getTagGroup", { run: getTagGroup }),
  updateTagGroup: operation("updateTagGroup", { body: tagGroupUpdateBody, run: updateTagGroup }),
  deleteTagGroup: operation("deleteTagGroup", { run: deleteTagGroup }),
  getTags: operation("getTags", { query: groupTagsQuery, run: listGroupTags }),
  createTag: operation("createTag", { body: tagBody, run: createTag }),
  searchTags: operation("searchTags", { query: searchTagsQuery, run: searchTags }),
  getTag: operation("getTag", { run: getTag }),
  updateTag: operation("updateTag", { body: tagBody, run: updateTag }),
  deleteTag: operation("deleteTag", { run: deleteTag }),
};
