/**
 * Tag groups (/v0/tag-groups, scope tag-groups:read|write), following Gjoll's current tags surface.
 * Groups are changed in place in the world, so accounting entries that point at them see the change.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { TagGroup } from "../../../openapi/types.ts";
import { actingCompany, isVisible, visibleOr } from "../shared/access-rules.ts";
import { refuseDeleteWhileUsed } from "../shared/master-data.ts";
import type { CompanyQuery, TagGroupCreateBody, TagGroupsQuery, TagGroupUpdateBody } from "./tag-input.ts";
import { findTagGroup } from "../../world/records.ts";
import { forgetGroupDimensions, forgetTagValues, removeWhere } from "./dimension-records.ts";

/** The tag group `groupId` if this request may see it; otherwise throws TAG_GROUP_NOT_FOUND. */
export function visibleTagGroup(ctx: { world: World; access: Access }, groupId: string): TagGroup {
  return visibleOr(ctx, findTagGroup(ctx.world, groupId), () => errors.notFound("TAG_GROUP_NOT_FOUND", "tag group", groupId));
}

function withCount(world: World, group: TagGroup): TagGroup {
  return { ...group, totalTagsCount: world.tags.filter((t) => t.groupId === group.id).length };
}

/** Not paginated, as in Pleo's document. */
export function listTagGroups(ctx: OperationContext<"getTagGroups", TagGroupsQuery, never>): Reply<"getTagGroups"> {
  const { query, world } = ctx;
  if (query.company_id === undefined && query.organization_id === undefined) throw errors.companyOrOrganisationRequired();
  const groups = world.tagGroups.filter((g) => isVisible(ctx, g) && (query.include_archived || !g.archived));
  return json(200, { data: query.include_tags_count ? groups.map((g) => withCount(world, g)) : groups });
}

/** Throws TAG_GROUP_ALREADY_EXISTS when another group of the company (other than `except`) has the code. */
function refuseTakenCode(world: World, companyId: string, code: string, except?: string): void {
  const other = world.tagGroups.find((g) => g.companyId === companyId && g.code === code && g.id !== except);
  if (other) throw errors.tagGroupCodeTaken(code, companyId, other.id);
}

/** Creates the group in the company the request acts on; its code must be new to the company. */
export function createTagGroup(ctx: OperationContext<"createTagGroup", CompanyQuery, TagGroupCreateBody>): Reply<"createTagGroup"> {
  const companyId = actingCompany(ctx, "company_id");
  const at = isoSeconds(ctx.now);
  const { archived, code, name, metadata } = ctx.body;
  refuseTakenCode(ctx.world, companyId, code);
  const group: TagGroup = { id: crypto.randomUUID(), companyId, name, code, archived, metadata: metadata ?? {}, createdAt: at, updatedAt: at };
  ctx.world.tagGroups.push(group);
  return json(200, { data: group }); // Pleo documents only a default response
}

/** One tag group, without its tag count. */
export function getTagGroup(ctx: OperationContext<"getTagGroup", never, never>): Reply<"getTagGroup"> {
  return json(200, { data: visibleTagGroup(ctx, ctx.params.groupId) });
}

/** Replaces the group's name, code, archived flag and metadata; the code may not be another group's. */
export function updateTagGroup(ctx: OperationContext<"updateTagGroup", never, TagGroupUpdateBody>): Reply<"updateTagGroup"> {
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  const { archived, code, name, metadata } = ctx.body;
  refuseTakenCode(ctx.world, group.companyId, code, group.id);
  Object.assign(group, { archived, code, name, metadata, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: group });
}

/** Deletes the group with its tags and dimensions, unless an accounting entry uses one of them. */
export function deleteTagGroup(ctx: OperationContext<"deleteTagGroup", never, never>): Reply<"deleteTagGroup"> {
  const { world } = ctx;
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  refuseDeleteWhileUsed(world, { what: "Tag group", id: group.id, archiveWith: `PUT /v0/tag-groups/${group.id}` }, (ref) =>
    ref.tags.some((t) => t.tagGroupId === group.id),
  );
  world.tagGroups.splice(world.tagGroups.indexOf(group), 1);
  removeGroupTags(world, group.id);
  return empty(204);
}

/** Removes every tag of the group from the world, with the group's dimensions and the tags' values of them. */
function removeGroupTags(world: World, groupId: string): void {
  forgetTagValues(world, new Set(world.tags.filter((t) => t.groupId === groupId).map((t) => t.id)));
  forgetGroupDimensions(world, groupId);
  removeWhere(world.tags, (t) => t.groupId === groupId);
}
