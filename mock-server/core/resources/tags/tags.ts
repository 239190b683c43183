/**
 * Tags (/v0/tag-groups/{groupId}/tags and /v0/tags, scope tag-groups:read|write). A tag belongs to
 * its group's company; codes are unique within a group. Changed in place in the world.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import { echoParameters } from "../../http/query.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Tag } from "../../../openapi/types.ts";
import { actingCompany, isVisible } from "../shared/access-rules.ts";
import { refuseDeleteWhileUsed } from "../shared/master-data.ts";
import type { GroupTagsQuery, SearchTagsQuery, TagBody } from "./tag-input.ts";
import { visibleTagGroup } from "./tag-groups.ts";
import { findTagGroup } from "../../world/records.ts";
import { forgetTagValues, writeOtherDimensionValues } from "./dimension-records.ts";

/** The tag itself (not a copy, so updates land in the world) if its group is visible; otherwise throws TAG_NOT_FOUND. */
export function visibleTag(ctx: { world: World; access: Access }, tagId: string): Tag {
  const tag = ctx.world.tags.find((t) => t.id === tagId);
  if (!tag || !isVisible(ctx, findTagGroup(ctx.world, tag.groupId))) throw errors.notFound("TAG_NOT_FOUND", "tag", tagId);
  return tag;
}

/** Throws TAG_ALREADY_EXISTS when another tag of the group (other than `except`) has the code. */
function refuseTakenCode(world: World, groupId: string, code: string, except?: string): void {
  const other = world.tags.find((t) => t.groupId === groupId && t.code === code && t.id !== except);
  if (other) throw errors.tagCodeTaken(code, groupId, other.id);
}

/** `include_archived` is echoed in the page's parameters only when it was turned on. */
function includeArchivedEcho(includeArchived: boolean): Record<string, string[]> {
  return includeArchived ? { include_archived: ["true"] } : {};
}

/** A page of the group's tags. */
export function listGroupTags(ctx: OperationContext<"getTags", GroupTagsQuery, never>): Reply<"getTags"> {
  const { query } = ctx;
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  const tags = ctx.world.tags.filter((t) => t.groupId === group.id && (query.include_archived || !t.archived));
  return json(200, paginate(tags, query, includeArchivedEcho(query.include_archived)));
}

/** Creates a tag in the group; its code must be new to the group. Every dimension of the group gets a value, empty unless sent. */
export function createTag(ctx: OperationContext<"createTag", never, TagBody>): Reply<"createTag"> {
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  const { archived, code, name, otherDimensionValues } = ctx.body;
  refuseTakenCode(ctx.world, group.id, code);
  const at = isoSeconds(ctx.now);
  const tag: Tag = { id: crypto.randomUUID(), groupId: group.id, code, ...(name !== undefined && { name }), archived, createdAt: at, updatedAt: at };
  ctx.world.tags.push(tag);
  writeOtherDimensionValues(ctx.world, tag, otherDimensionValues, at, true);
  return json(201, { data: tag });
}

/** Pleo deprecates this in favour of POST /v0/tags:search, but still serves it. */
export function searchTags(ctx: OperationContext<"searchTags", SearchTagsQuery, never>): Reply<"searchTags"> {
  const companyId = actingCompany(ctx, "company_id");
  const { query } = ctx;
  const groupIds = new Set(ctx.world.tagGroups.filter((g) => g.companyId === companyId).map((g) => g.id));
  const text = query.text_search?.toLowerCase();
  const tags = ctx.world.tags.filter(
    (t) =>
      groupIds.has(t.groupId) &&
      (query.include_archived || !t.archived) &&
      (query.tag_group_id === undefined || query.tag_group_id.includes(t.groupId)) &&
      (text === undefined || t.code.toLowerCase().includes(text) || (t.name ?? "").toLowerCase().includes(text)),
  );
  const parameters = {
    company_id: [companyId],
    ...echoParameters(query, ["text_search", "tag_group_id"]),
    ...includeArchivedEcho(query.include_archived),
  };
  return json(200, paginate(tags, query, parameters));
}

/** One tag. */
export function getTag(ctx: OperationContext<"getTag", never, never>): Reply<"getTag"> {
  return json(200, { data: visibleTag(ctx, ctx.params.tagId) });
}

/** `name` left out keeps the current name; a dimension without a value in `otherDimensionValues` keeps its value. */
export function updateTag(ctx: OperationContext<"updateTag", never, TagBody>): Reply<"updateTag"> {
  const tag = visibleTag(ctx, ctx.params.tagId);
  const { archived, code, name, otherDimensionValues } = ctx.body;
  refuseTakenCode(ctx.world, tag.groupId, code, tag.id);
  const at = isoSeconds(ctx.now);
  Object.assign(tag, { archived, code, ...(name !== undefined && { name }), updatedAt: at });
  writeOtherDimensionValues(ctx.world, tag, otherDimensionValues, at, false);
  return json(200, { data: tag });
}

/** Deletes the tag, unless an accounting entry uses it. */
export function deleteTag(ctx: OperationContext<"deleteTag", never, never>): Reply<"deleteTag"> {
  const tag = visibleTag(ctx, ctx.params.tagId);
  refuseDeleteWhileUsed(ctx.world, { what: "Tag", id: tag.id, archiveWith: `PUT /v0/tags/${tag.id}` }, (ref) => ref.tags.some((t) => t.tagId === tag.id));
  ctx.world.tags.splice(ctx.world.tags.indexOf(tag), 1);
  forgetTagValues(ctx.world, new Set([tag.id]));
  return empty(204);
}
