/**
 * A tag's values of its group's dimensions (/v0/tags/{tagId}/dimensions, scope
 * tag-groups:read|write). POST gives a value the tag has none of, PUT changes one it has.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { json } from "../../http/http.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Tag, TagDimensionValue, TagGroupDimension } from "../../../openapi/types.ts";
import { findValue, groupDimensions, removeWhere, setValue } from "./dimension-records.ts";
import type { DimensionValueBody } from "./dimension-input.ts";
import { visibleTag } from "./tags.ts";

/** The tag and one dimension of its group; throws TAG_NOT_FOUND or TAG_GROUP_DIMENSION_NOT_FOUND. */
function tagAndDimension(ctx: { world: World; access: Access }, tagId: string, dimensionId: string): { tag: Tag; dimension: TagGroupDimension } {
  const tag = visibleTag(ctx, tagId);
  const dimension = ctx.world.tagGroupDimensions.find((d) => d.id === dimensionId && d.groupId === tag.groupId);
  if (!dimension) throw errors.dimensionNotFound(dimensionId, tag.groupId);
  return { tag, dimension };
}

/** The tag's value of the dimension; throws TAG_DIMENSION_VALUE_NOT_FOUND when it has none. */
function existingValue(ctx: { world: World; access: Access }, tagId: string, dimensionId: string): TagDimensionValue {
  const { tag, dimension } = tagAndDimension(ctx, tagId, dimensionId);
  const value = findValue(ctx.world, tag.id, dimension.id);
  if (!value) throw errors.dimensionValueNotFound(tag.id, dimension.id);
  return value;
}

/** The tag's values, in its group's display order. */
export function listTagDimensionValues(ctx: OperationContext<"getTagDimensionValues", never, never>): Reply<"getTagDimensionValues"> {
  const tag = visibleTag(ctx, ctx.params.tagId);
  const values = groupDimensions(ctx.world, tag.groupId).flatMap((d) => findValue(ctx.world, tag.id, d.id) ?? []);
  return json(200, { data: values });
}

/** One value of the tag. */
export function getDimensionValue(ctx: OperationContext<"getDimensionValue", never, never>): Reply<"getDimensionValue"> {
  return json(200, { data: existingValue(ctx, ctx.params.tagId, ctx.params.dimensionId) });
}

/** Gives the tag a value for a dimension it has none of. */
export function createDimensionValue(ctx: OperationContext<"createDimensionValue", never, DimensionValueBody>): Reply<"createDimensionValue"> {
  const { tag, dimension } = tagAndDimension(ctx, ctx.params.tagId, ctx.params.dimensionId);
  if (findValue(ctx.world, tag.id, dimension.id)) throw errors.dimensionValueExists(tag.id, dimension.id);
  return json(200, { data: setValue(ctx.world, tag.id, dimension.id, ctx.body.value, isoSeconds(ctx.now)) }); // Pleo documents only a default response
}

/** Changes a value the tag has. */
export function updateDimensionValue(ctx: OperationContext<"updateDimensionValue", never, DimensionValueBody>): Reply<"updateDimensionValue"> {
  const value = existingValue(ctx, ctx.params.tagId, ctx.params.dimensionId);
  return json(200, { data: Object.assign(value, { value: ctx.body.value, updatedAt: isoSeconds(ctx.now) }) });
}

/** Removes a value the tag has, answering it as it was (Pleo's document declares a body). */
export function deleteDimensionValue(ctx: OperationContext<"deleteDimensionValue", never, never>): Reply<"deleteDimensionValue"> {
  const value = existingValue(ctx, ctx.params.tagId, ctx.params.dimensionId);
  removeWhere(ctx.world.tagDimensionValues, (v) => v === value);
  return json(200, { data: value });
}
