/**
 * Bulk archive and delete of one company's tags (/v0/tags/archive, DELETE /v0/tags, scope
 * tag-groups:write). All or nothing: when any id fails, no tag is changed and the refusal names
 * every id that failed, so a client can fix the list and send it again.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Tag } from "../../../openapi/types.ts";
import { entriesUsing } from "../shared/master-data.ts";
import { forgetTagValues, removeWhere } from "./dimension-records.ts";
import type { BulkArchiveBody, BulkDeleteBody } from "./tag-input.ts";

/** The company's tags with these ids (each once, in the order sent); throws TAG_NOT_FOUND naming every id that is not one. */
function companyTags(world: World, companyId: string, tagIds: readonly string[]): Tag[] {
  const groupIds = new Set(world.tagGroups.filter((g) => g.companyId === companyId).map((g) => g.id));
  const ids = [...new Set(tagIds)];
  const tags = ids.map((id) => world.tags.find((t) => t.id === id && groupIds.has(t.groupId)));
  const missing = ids.filter((_, i) => tags[i] === undefined);
  if (missing.length > 0) throw errors.tagsNotFound(missing, companyId);
  return tags as Tag[];
}

/** Sets `archived` on every tag named, answering them as changed. */
export function bulkArchiveTags(ctx: OperationContext<"bulkArchiveTags", never, BulkArchiveBody>): Reply<"bulkArchiveTags"> {
  const { archived, companyId, tagIds } = ctx.body;
  const tags = companyTags(ctx.world, companyId, tagIds);
  const at = isoSeconds(ctx.now);
  for (const tag of tags) Object.assign(tag, { archived, updatedAt: at });
  return json(200, { data: tags }); // Pleo documents only a default response
}

/** Deletes every tag named, unless an accounting entry uses any of them. */
export function bulkDeleteTags(ctx: OperationContext<"bulkDeleteTags", never, BulkDeleteBody>): Reply<"bulkDeleteTags"> {
  const { world } = ctx;
  const tags = companyTags(world, ctx.body.companyId, ctx.body.tagIds);
  const used = tags
    .map((tag) => ({ id: tag.id, entries: entriesUsing(world, (ref) => ref.tags.some((t) => t.tagId === tag.id)) }))
    .filter((u) => u.entries > 0);
  if (used.length > 0) throw errors.tagsInUse(used);
  const ids = new Set(tags.map((t) => t.id));
  removeWhere(world.tags, (t) => ids.has(t.id));
  forgetTagValues(world, ids);
  return empty(204);
}
