/**
 * Tag-group dimensions and tags' values of them, as the world keeps them: a dimension is a column
 * of its group besides name and code, a value one tag's cell in it (a missing cell is no value).
 * The tag, dimension and group operations all change them through here, so none is left dangling.
 */
import type { World } from "../../world/fixtures.ts";
import type { TagDimensionValue, TagGroupDimension } from "../../../openapi/types.ts";

/** The group's dimensions in display order; equal orders keep the order they were created in. */
export function groupDimensions(world: World, groupId: string): TagGroupDimension[] {
  return world.tagGroupDimensions.filter((d) => d.groupId === groupId).sort((a, b) => a.displayOrder - b.displayOrder);
}

/** The tag's value of the dimension, if it has one. */
export function findValue(world: World, tagId: string, dimensionId: string): TagDimensionValue | undefined {
  return world.tagDimensionValues.find((v) => v.tagId === tagId && v.dimensionId === dimensionId);
}

/** Sets the tag's value of the dimension, creating it when the tag has none. */
export function setValue(world: World, tagId: string, dimensionId: string, value: string, at: string): TagDimensionValue {
  const existing = findValue(world, tagId, dimensionId);
  if (existing) return Object.assign(existing, { value, updatedAt: at });
  const created = { tagId, dimensionId, value, createdAt: at, updatedAt: at };
  world.tagDimensionValues.push(created);
  return created;
}

/**
 * Writes a tag's `otherDimensionValues`: the i-th value goes to the group's i-th dimension in display
 * order, values beyond the dimensions are ignored. A dimension without a value gets an empty one
 * when `fillMissing` (a new tag) and keeps its value otherwise (an update), as Pleo's document says.
 */
export function writeOtherDimensionValues(
  world: World,
  tag: { id: string; groupId: string },
  values: readonly string[] | undefined,
  at: string,
  fillMissing: boolean,
): void {
  groupDimensions(world, tag.groupId).forEach((dimension, i) => {
    const value = values?.[i];
    if (value !== undefined || fillMissing) setValue(world, tag.id, dimension.id, value ?? "", at);
  });
}

/** Removes, in place, the items that match. */
export function removeWhere<T>(items: T[], matches: (item: T) => boolean): void {
  for (let i = items.length - 1; i >= 0; i--) if (matches(items[i]!)) items.splice(i, 1);
}

/** Removes every value the tags have (their tags are being deleted). */
export function forgetTagValues(world: World, tagIds: ReadonlySet<string>): void {
  removeWhere(world.tagDimensionValues, (v) => tagIds.has(v.tagId));
}

/** Removes the dimension and every tag's value of it. */
export function forgetDimension(world: World, dimensionId: string): void {
  removeWhere(world.tagGroupDimensions, (d) => d.id === dimensionId);
  removeWhere(world.tagDimensionValues, (v) => v.dimensionId === dimensionId);
}

/** Removes every dimension of the group, with their values (the group is being deleted). */
export function forgetGroupDimensions(world: World, groupId: string): void {
  for (const dimension of world.tagGroupDimensions.filter((d) => d.groupId === groupId)) forgetDimension(world, dimension.id);
}
