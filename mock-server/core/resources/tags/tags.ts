/**
 * Tags (/v0/tag-groups/{groupId}/tags and /v0/tags, scope tag-groups:read|write). A tag belongs to
 * its group's company; codes are unique within a group. Changed in place in the world.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { Tag } from "../../../openapi/types.ts";
import { actingCompany, isVisible } from "../shared/access-rules.ts";
import { entriesUsing } from "../shared/master-data.ts";
import type { GroupTagsQuery, SearchTagsQuery, TagBody } from "./tag-input.ts";
import { visibleTagGroup } from "./tag-groups.ts";
import { findTag, findTagGroup } from "../../world/records.ts";

function visibleTag(ctx: OperationContext<unknown, unknown>): Tag | ApiError {
  const id = ctx.params.tagId ?? "";
  const tag = ctx.world.tags.find((t) => t.id === id);
  return tag && isVisible(ctx, findTagGroup(ctx.world, tag.groupId)) ? tag : errors.notFound("TAG_NOT_FOUND", "tag", id);
}

function codeClash(world: World, groupId: string, code: string, except?: string): ApiError | undefined {
  const other = world.tags.find((t) => t.groupId === groupId && t.code === code && t.id !== except);
  return other && errors.tagCodeTaken(code, groupId, other.id);
}

export function listGroupTags(ctx: OperationContext<GroupTagsQuery>): SandboxResponse | ApiError {
  const group = visibleTagGroup(ctx);
  if ("reason" in group) return group;
  const { query } = ctx;
  const tags = ctx.world.tags.filter((t) => t.groupId === group.id && (query.include_archived || !t.archived));
  return json(200, paginate(tags, query, query.include_archived ? { include_archived: ["true"] } : {}));
}

export function createTag(ctx: OperationContext<unknown, TagBody>): SandboxResponse | ApiError {
  const group = visibleTagGroup(ctx);
  if ("reason" in group) return group;
  const clash = codeClash(ctx.world, group.id, ctx.body.code);
  if (clash) return clash;
  const at = isoSeconds(ctx.now);
  const { archived, code, name } = ctx.body;
  const tag: Tag = { id: crypto.randomUUID(), groupId: group.id, code, ...(name !== undefined && { name }), archived, createdAt: at, updatedAt: at };
  ctx.world.tags.push(tag);
  return json(201, { data: tag });
}

/** Pleo deprecates this in favour of POST /v0/tags:search, but still serves it. */
export function searchTags(ctx: OperationContext<SearchTagsQuery>): SandboxResponse | ApiError {
  const companyId = actingCompany(ctx, "company_id");
  if (typeof companyId !== "string") return companyId;
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
  const parameters: Record<string, string[]> = {
    company_id: [companyId],
    ...(query.text_search !== undefined && { text_search: [query.text_search] }),
    ...(query.tag_group_id && { tag_group_id: query.tag_group_id }),
    ...(query.include_archived && { include_archived: ["true"] }),
  };
  return json(200, paginate(tags, query, parameters));
}

export function getTag(ctx: OperationContext): SandboxResponse | ApiError {
  const tag = visibleTag(ctx);
  return dataOr(tag);
}

/** `name` left out keeps the current name. */
export function updateTag(ctx: OperationContext<unknown, TagBody>): SandboxResponse | ApiError {
  const tag = visibleTag(ctx);
  if ("reason" in tag) return tag;
  const clash = codeClash(ctx.world, tag.groupId, ctx.body.code, tag.id);
  if (clash) return clash;
  const { archived, code, name } = ctx.body;
  Object.assign(tag, { archived, code, ...(name !== undefined && { name }), updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: tag });
}

export function deleteTag(ctx: OperationContext): SandboxResponse | ApiError {
  const tag = visibleTag(ctx);
  if ("reason" in tag) return tag;
  const using = entriesUsing(ctx.world, (ref) => ref.tags.some((t) => t.tagId === tag.id));
  if (using > 0) return errors.inUse("Tag", tag.id, using, `PUT /v0/tags/${tag.id}`);
  ctx.world.tags.splice(ctx.world.tags.indexOf(tag), 1);
  return empty(204);
}
