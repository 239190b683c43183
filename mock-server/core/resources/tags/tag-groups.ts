/**
 * Tag groups (/v0/tag-groups, scope tag-groups:read|write), following Gjoll's current tags surface.
 * Groups are changed in place in the world, so accounting entries that point at them see the change.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { TagGroup } from "../../../openapi/types.ts";
import { actingCompany, isVisible } from "../shared/access-rules.ts";
import { entriesUsing } from "../shared/master-data.ts";
import type { TagGroupCreateBody, TagGroupsQuery, TagGroupUpdateBody } from "./tag-input.ts";
import { findTagGroup } from "../../world/records.ts";

/** The group in the path if this request may see it, else a 404. */
export function visibleTagGroup(ctx: OperationContext<unknown, unknown>): TagGroup | ApiError {
  const id = ctx.params.groupId ?? "";
  const group = findTagGroup(ctx.world, id);
  return group && isVisible(ctx, group) ? group : errors.notFound("TAG_GROUP_NOT_FOUND", "tag group", id);
}

function withCount(world: World, group: TagGroup): TagGroup {
  return { ...group, totalTagsCount: world.tags.filter((t) => t.groupId === group.id).length };
}

/** Not paginated, as in Pleo's document. */
export function listTagGroups(ctx: OperationContext<TagGroupsQuery>): SandboxResponse | ApiError {
  const { query } = ctx;
  if (query.company_id === undefined && query.organization_id === undefined) return errors.companyOrOrganisationRequired();
  const groups = ctx.world.tagGroups.filter((g) => isVisible(ctx, g) && (query.include_archived || !g.archived));
  return json(200, { data: query.include_tags_count ? groups.map((g) => withCount(ctx.world, g)) : groups });
}

export function createTagGroup(ctx: OperationContext<unknown, TagGroupCreateBody>): SandboxResponse | ApiError {
  const companyId = actingCompany(ctx, "company_id");
  if (typeof companyId !== "string") return companyId;
  const at = isoSeconds(ctx.now);
  const { archived, code, name, metadata } = ctx.body;
  const group: TagGroup = { id: crypto.randomUUID(), companyId, name, code, archived, metadata: metadata ?? {}, createdAt: at, updatedAt: at };
  ctx.world.tagGroups.push(group);
  return json(200, { data: group }); // Pleo documents only a default response
}

export function getTagGroup(ctx: OperationContext): SandboxResponse | ApiError {
  const group = visibleTagGroup(ctx);
  return dataOr(group);
}

export function updateTagGroup(ctx: OperationContext<unknown, TagGroupUpdateBody>): SandboxResponse | ApiError {
  const group = visibleTagGroup(ctx);
  if ("reason" in group) return group;
  const { archived, code, name, metadata } = ctx.body;
  Object.assign(group, { archived, code, name, metadata, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: group });
}

/** Deletes the group and its tags, unless an accounting entry uses one of them. */
export function deleteTagGroup(ctx: OperationContext): SandboxResponse | ApiError {
  const group = visibleTagGroup(ctx);
  if ("reason" in group) return group;
  const using = entriesUsing(ctx.world, (ref) => ref.tags.some((t) => t.tagGroupId === group.id));
  if (using > 0) return errors.inUse("Tag group", group.id, using, `PUT /v0/tag-groups/${group.id}`);
  ctx.world.tagGroups.splice(ctx.world.tagGroups.indexOf(group), 1);
  for (let i = ctx.world.tags.length - 1; i >= 0; i--) if (ctx.world.tags[i]!.groupId === group.id) ctx.world.tags.splice(i, 1);
  return empty(204);
}
