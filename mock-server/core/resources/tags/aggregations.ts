/**
 * Tag groups and tags in Pleo's aggregated shapes (/v0/aggregations/..., scope tag-groups:read):
 * a group with its dimensions, a tag with its company, group and a value for every dimension.
 */
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Schemas, Tag, TagGroup } from "../../../openapi/types.ts";
import { actingCompany, isVisible } from "../shared/access-rules.ts";
import { findValue, groupDimensions } from "./dimension-records.ts";
import type { AggregatedTagGroupsQuery, AggregatedTagsQuery, TagSearchBody } from "./tag-input.ts";
import { matchesTagSearch } from "./tag-search.ts";

/** The group with its dimensions; Pleo's aggregated group has no metadata or tag count. */
function aggregatedGroup(world: World, group: TagGroup): Schemas["AggregatedTagGroup"] {
  const { archived, code, companyId, createdAt, id, name, updatedAt } = group;
  const dimensions = groupDimensions(world, group.id).map(({ groupId: _groupId, ...dimension }) => dimension);
  return { archived, code, companyId, createdAt, dimensions, id, name, updatedAt };
}

/** The tag with its group and every dimension of the group, `value` empty where the tag has none. */
function aggregatedTag(world: World, tag: Tag, group: TagGroup): Schemas["AggregatedTag"] {
  const dimensions = groupDimensions(world, group.id).map(({ code, displayOrder, id, name, visible }) => ({
    code, displayOrder, id, name, visible, value: findValue(world, tag.id, id)?.value ?? "",
  }));
  const { archived, code, createdAt, id, name, updatedAt } = tag;
  const summary = { code: group.code, id: group.id, name: group.name };
  return { archived, code, companyId: group.companyId, createdAt, dimensions, group: summary, id, ...(name !== undefined && { name }), updatedAt };
}

/** Active groups, or exactly the groups `tag_group_ids` names (archived too). Not paginated. */
export function listAggregatedTagGroups(
  ctx: OperationContext<"getAggregatedTagGroups", AggregatedTagGroupsQuery, never>,
): Reply<"getAggregatedTagGroups"> {
  const { query, world } = ctx;
  if (query.company_id === undefined && query.organization_id === undefined) throw errors.companyOrOrganisationRequired();
  const named = query.tag_group_ids;
  const groups = world.tagGroups.filter((g) => isVisible(ctx, g) && (named === undefined ? !g.archived : named.includes(g.id)));
  return json(200, { data: groups.map((g) => aggregatedGroup(world, g)) }); // Pleo documents only a default response
}

/** A page of one company's tags, filtered like `POST /v0/tags:search`. */
export function searchAggregatedTags(
  ctx: OperationContext<"searchAggregatedTags", AggregatedTagsQuery, TagSearchBody>,
): Reply<"searchAggregatedTags"> {
  const companyId = actingCompany(ctx, "company_id");
  const { world } = ctx;
  const groups = new Map(world.tagGroups.filter((g) => g.companyId === companyId).map((g) => [g.id, g]));
  const matches = matchesTagSearch(ctx.body);
  const tags = world.tags.filter((t) => groups.has(t.groupId) && matches(t)).map((t) => aggregatedTag(world, t, groups.get(t.groupId)!));
  return json(200, paginate(tags, ctx.query, { company_id: [companyId] })); // Pleo documents only a default response
}
