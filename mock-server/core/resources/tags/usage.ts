/** `GET /v0/tag-groups/{groupId}/usage` (scope tag-groups:read): how many accounting entries use each tag of a group. */
import { json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { entriesUsing } from "../shared/master-data.ts";
import { visibleTagGroup } from "./tag-groups.ts";

/** Every tag of the group, archived ones too; an entry counts once, whether its own tags or a split item's name the tag. */
export function getTagGroupUsage(ctx: OperationContext<"getTagGroupUsage", never, never>): Reply<"getTagGroupUsage"> {
  const { world } = ctx;
  const group = visibleTagGroup(ctx, ctx.params.groupId);
  const usages = world.tags
    .filter((tag) => tag.groupId === group.id)
    .map((tag) => ({ id: tag.id, count: entriesUsing(world, (ref) => ref.tags.some((t) => t.tagId === tag.id)) }));
  return json(200, { data: { usages } });
}
