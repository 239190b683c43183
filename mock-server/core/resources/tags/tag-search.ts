/**
 * `POST /v0/tags:search` (scope tag-groups:read), and the filter it shares with
 * `POST /v0/aggregations/tags`: Pleo's `CompositeTagSearchRequest`.
 */
import { json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Tag } from "../../../openapi/types.ts";
import { isVisible, requireExplicitTarget } from "../shared/access-rules.ts";
import type { TagSearchBody, TagSearchQuery } from "./tag-input.ts";

/**
 * Whether a tag passes the search body: `archived` picks archived or active tags and overrides
 * `includeArchived` (without either, active tags only); `textSearch` matches the name, as Pleo's
 * document says, case-insensitively.
 */
export function matchesTagSearch(body: TagSearchBody): (tag: Tag) => boolean {
  const text = body.textSearch?.toLowerCase();
  return (tag) =>
    (body.archived !== undefined ? tag.archived === body.archived : body.includeArchived === true || !tag.archived) &&
    (body.tagGroupIds === undefined || body.tagGroupIds.includes(tag.groupId)) &&
    (body.tagIds === undefined || body.tagIds.includes(tag.id)) &&
    (text === undefined || (tag.name ?? "").toLowerCase().includes(text));
}

/** A page of the tags of the company (or every company of the organisation) the request is about. */
export function searchTagsPost(ctx: OperationContext<"searchTagsPost", TagSearchQuery, TagSearchBody>): Reply<"searchTagsPost"> {
  requireExplicitTarget(ctx, ctx.query, ["company_id", "organization_id"]);
  const groupIds = new Set(ctx.world.tagGroups.filter((g) => isVisible(ctx, g)).map((g) => g.id));
  const matches = matchesTagSearch(ctx.body);
  const tags = ctx.world.tags.filter((t) => groupIds.has(t.groupId) && matches(t));
  const { target } = ctx.access;
  const parameters: Record<string, string[]> =
    target.companyId !== undefined ? { company_id: [target.companyId] } : { organization_id: [target.organisationId!] };
  return json(200, paginate(tags, ctx.query, parameters)); // Pleo documents only a default response
}
