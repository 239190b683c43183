/**
 * A tag group's dimensions besides name and code (/v0/tag-groups/{groupId}/dimensions, scope
 * tag-groups:read|write). Codes are unique within the group; a new dimension comes last.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { TagGroupDimension } from "../../../openapi/types.ts";
import { forgetDimension, groupDimensions } from "./dimension-records.ts";
import type { DimensionCreateBody, DimensionUpdateBody } from "./dimension-input.ts";
import { visibleTagGroup } from "./tag-groups.ts";

/** The dimension of a group this request may see; throws TAG_GROUP_NOT_FOUND or TAG_GROUP_DIMENSION_NOT_FOUND. */
function visibleDimension(ctx: { world: World; access: Access }, groupId: string, dimensionId: string): TagGroupDimension {
  const group = visibleTagGroup(ctx, groupId);
  const dimension = ctx.world.tagGroupDimensions.find((d) => d.id === dimensionId && d.groupId === group.id);
  if (!dimension) throw errors.dimensionNotFound(dimensionId, group.id);
  return dimension;
}

/** Throws TAG_GROUP_DIMENSION_ALREADY_EXISTS when another dimension of the group (other than `except`) has the code. */
function refuseTakenCode(world: World, groupId: string, code: string, except?: string): void {
  const other = world.tagGroupDimensions.find((d) => d.groupId === groupId && d.code === code && d.id !== except);
  if (other) throw errors.dimensionCodeTaken(code, groupId, other.id);
}

/** The group's dimensions in display order. */
export function listTagGroupDimensions(ctx: OperationContext<"getTagGroupDimensions", never, never>): Reply<"getTagGroupDimensions"> {
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  return json(200, { data: groupDimensions(ctx.world, group.id) });
}

/** Adds a dimension after the group's last; existing tags get no value for it. */
export function createTagGroupDimension(
  ctx: OperationContext<"createTagGroupDimension", never, DimensionCreateBody>,
): Reply<"createTagGroupDimension"> {
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  const { code, name, visible } = ctx.body;
  refuseTakenCode(ctx.world, group.id, code);
  const last = Math.max(0, ...groupDimensions(ctx.world, group.id).map((d) => d.displayOrder));
  const at = isoSeconds(ctx.now);
  const dimension: TagGroupDimension = { id: crypto.randomUUID(), groupId: group.id, code, name, displayOrder: last + 1, visible, createdAt: at, updatedAt: at };
  ctx.world.tagGroupDimensions.push(dimension);
  return json(200, { data: dimension }); // Pleo documents only a default response
}

/** One dimension of the group. */
export function getTagGroupDimension(ctx: OperationContext<"getTagGroupDimension", never, never>): Reply<"getTagGroupDimension"> {
  return json(200, { data: visibleDimension(ctx, ctx.params.groupId, ctx.params.dimensionId) });
}

/** Replaces the dimension's code, name, display order and visibility; other dimensions keep theirs. */
export function updateTagGroupDimension(
  ctx: OperationContext<"updateTagGroupDimension", never, DimensionUpdateBody>,
): Reply<"updateTagGroupDimension"> {
  const dimension = visibleDimension(ctx, ctx.params.groupId, ctx.params.dimensionId);
  const { code, name, visible, displayOrder } = ctx.body;
  refuseTakenCode(ctx.world, dimension.groupId, code, dimension.id);
  Object.assign(dimension, { code, name, visible, displayOrder, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: dimension });
}

/** Deletes the dimension with every tag's value of it. */
export function deleteTagGroupDimension(ctx: OperationContext<"deleteTagGroupDimension", never, never>): Reply<"deleteTagGroupDimension"> {
  const dimension = visibleDimension(ctx, ctx.params.groupId, ctx.params.dimensionId);
  forgetDimension(ctx.world, dimension.id);
  return empty(204);
}
