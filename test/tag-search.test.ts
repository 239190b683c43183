/**
 * Tags search (POST /v0/tags:search), the aggregated views (/v0/aggregations/...), tag-group usage
 * and bulk archive and delete, through handle(); every success is also checked against Pleo's own
 * document.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { SandboxResponse } from "../mock-server/core/http/http.ts";
import type { CursorPageInfo, Schemas, Tag, TagGroup } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { entriesUsing } from "../mock-server/core/resources/shared/master-data.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal, type CallOptions } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { NORDLYS_AB, NORDLYS_APS, NORDLYS_GROUP, UNKNOWN_ID, usedIds } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const stamp = NOW.toISOString().replace(/\.\d{3}Z$/, "Z");
const groupsOf = (...companyIds: string[]) => world().tagGroups.filter((g) => companyIds.includes(g.companyId));
const tagsOf = (...companyIds: string[]) => {
  const groupIds = groupsOf(...companyIds).map((g) => g.id);
  return world().tags.filter((t) => groupIds.includes(t.groupId));
};
const projects = () => groupsOf(NORDLYS_APS).find((g) => g.code === "PRJ")!;
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const unused = (companyId: string) => tagsOf(companyId).filter((t) => !usedIds(sandbox).has(t.id));
const used = (companyId: string) => tagsOf(companyId).filter((t) => usedIds(sandbox).has(t.id));

/** A call that must succeed with `status`, its body valid for sandbox.yaml (call) and for Pleo's document. */
async function succeed(status: number, template: string, path: string, options: CallOptions = {}): Promise<SandboxResponse> {
  const response = await call(sandbox, path, { key: "full-access", ...options });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(pleoResponseProblems("pleo-gjoll-openapi.yml", options.method ?? "GET", template, response)).toEqual([]);
  return response;
}

const search = async (body?: object, options: CallOptions = {}) =>
  dataOf<Tag[]>(await succeed(200, "/v0/tags:search", "/v0/tags:search", { method: "POST", query: { limit: "100" }, body, ...options }));

describe("POST /v0/tags:search", () => {
  it("pages the key's company's active tags when the body is left out", async () => {
    const response = await succeed(200, "/v0/tags:search", "/v0/tags:search", { method: "POST", query: { limit: "3" } });
    const active = tagsOf(NORDLYS_APS).filter((t) => !t.archived);
    expect(ids(dataOf<Tag[]>(response))).toEqual(ids(active.slice(0, 3)));
    const pagination = (response.body as { pagination: CursorPageInfo }).pagination;
    expect(pagination).toMatchObject({ total: active.length, hasNextPage: true, currentRequestPagination: { parameters: { company_id: [NORDLYS_APS] } } });
  });

  it("picks archived or active tags with archived, which overrides includeArchived", async () => {
    const all = tagsOf(NORDLYS_APS);
    expect(ids(await search({ includeArchived: true }))).toEqual(ids(all));
    expect(ids(await search({ archived: true }))).toEqual(ids(all.filter((t) => t.archived)));
    expect(ids(await search({ archived: false, includeArchived: true }))).toEqual(ids(all.filter((t) => !t.archived)));
  });

  it("filters by tagGroupIds, tagIds and textSearch on the name, not the code", async () => {
    const group = projects();
    expect((await search({ tagGroupIds: [group.id] })).every((t) => t.groupId === group.id)).toBe(true);
    const [first, second] = tagsOf(NORDLYS_APS);
    expect(ids(await search({ tagIds: [second!.id, first!.id] }))).toEqual([first!.id, second!.id]);
    expect(ids(await search({ textSearch: first!.name!.slice(-5).toUpperCase() }))).toContain(first!.id);
    expect(await search({ textSearch: first!.code })).toEqual([]);
  });

  it("searches every company of an organisation for organization_id, and lets company_id win", async () => {
    const key = "organisation";
    const organisationCompanies = world().companies.filter((c) => c.organisationId === NORDLYS_GROUP).map((c) => c.id);
    const all = await search({ includeArchived: true }, { key, query: { organization_id: NORDLYS_GROUP, limit: "100" } });
    expect(ids(all)).toEqual(ids(tagsOf(...organisationCompanies)));
    const one = await search({ includeArchived: true }, { key, query: { organization_id: NORDLYS_GROUP, company_id: NORDLYS_AB, limit: "100" } });
    expect(ids(one)).toEqual(ids(tagsOf(NORDLYS_AB)));
  });

  it("needs company_id or organization_id from an organisation key, and refuses a tag id listed twice (400)", async () => {
    const bare = await call(sandbox, "/v0/tags:search", { method: "POST", key: "organisation", body: {} });
    expect(refusal(bare).status).toBe(400);
    expect(messageOf(bare)).toBe(errors.companyRequired("company_id or organization_id").message);
    const twice = await call(sandbox, "/v0/tags:search", { method: "POST", key: "full-access", body: { tagIds: [UNKNOWN_ID, UNKNOWN_ID] } });
    expect(refusal(twice)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});

describe("aggregations", () => {
  const aggregatedGroups = async (query: Record<string, string | string[]>, key = "full-access") =>
    dataOf<Schemas["AggregatedTagGroup"][]>(await succeed(200, "/v0/aggregations/tag-groups", "/v0/aggregations/tag-groups", { key, query }));
  const aggregatedTags = async (body?: object) =>
    dataOf<Schemas["AggregatedTag"][]>(await succeed(200, "/v0/aggregations/tags", "/v0/aggregations/tags", { method: "POST", query: { limit: "100" }, body }));

  it("lists a company's active groups with their dimensions and without metadata", async () => {
    const groups = await aggregatedGroups({ company_id: NORDLYS_APS });
    expect(ids(groups)).toEqual(ids(groupsOf(NORDLYS_APS)));
    const project = groups.find((g) => g.id === projects().id)!;
    expect(project).not.toHaveProperty("metadata");
    expect(project.dimensions.map((d) => [d.code, d.displayOrder])).toEqual([["CUST", 1], ["PM", 2]]);
    expect(project.dimensions[0]).not.toHaveProperty("groupId");
    expect(groups.find((g) => g.code === "CC")!.dimensions).toEqual([]);
  });

  it("leaves archived groups out unless tag_group_ids names them, and then lists exactly those", async () => {
    projects().archived = true;
    expect(ids(await aggregatedGroups({ company_id: NORDLYS_APS }))).not.toContain(projects().id);
    expect(ids(await aggregatedGroups({ company_id: NORDLYS_APS, tag_group_ids: [projects().id] }))).toEqual([projects().id]);
  });

  it("lists an organisation's groups for organization_id, and needs one of the two (400)", async () => {
    const organisationCompanies = world().companies.filter((c) => c.organisationId === NORDLYS_GROUP).map((c) => c.id);
    expect(ids(await aggregatedGroups({ organization_id: NORDLYS_GROUP }, "organisation"))).toEqual(ids(groupsOf(...organisationCompanies)));
    const neither = await call(sandbox, "/v0/aggregations/tag-groups", { key: "full-access" });
    expect(messageOf(neither)).toBe(errors.companyOrOrganisationRequired().message);
  });

  it("gives each tag its company, group and a value for every dimension, empty where it has none", async () => {
    const region = dataOf<{ id: string }>(await call(sandbox, `/v0/tag-groups/${projects().id}/dimensions`, { method: "POST", key: "full-access", body: { code: "REGION", name: "Region", visible: true } }));
    const tags = await aggregatedTags({ tagGroupIds: [projects().id] });
    expect(ids(tags)).toEqual(ids(tagsOf(NORDLYS_APS).filter((t) => t.groupId === projects().id && !t.archived)));
    const first = tags[0]!;
    const seeded = (dimensionId: string) => world().tagDimensionValues.find((v) => v.tagId === first.id && v.dimensionId === dimensionId)!.value;
    expect(first).toMatchObject({ companyId: NORDLYS_APS, group: { id: projects().id, code: "PRJ", name: projects().name } });
    expect(first.dimensions.map((d) => [d.code, d.value])).toEqual([
      ["CUST", seeded(first.dimensions[0]!.id)],
      ["PM", seeded(first.dimensions[1]!.id)],
      ["REGION", ""],
    ]);
    expect(first.dimensions[2]!.id).toBe(region.id);
  });

  it("filters like POST /v0/tags:search, and needs company_id from an organisation key", async () => {
    expect(ids(await aggregatedTags({ archived: true }))).toEqual(ids(tagsOf(NORDLYS_APS).filter((t) => t.archived)));
    const response = await call(sandbox, "/v0/aggregations/tags", { method: "POST", key: "organisation", body: {} });
    expect(messageOf(response)).toBe(errors.companyRequired("company_id").message);
  });
});

describe("GET /v0/tag-groups/{groupId}/usage", () => {
  it("counts the entries using each tag of the group, archived and unused tags included", async () => {
    const group = projects();
    const response = await succeed(200, "/v0/tag-groups/{groupId}/usage", `/v0/tag-groups/${group.id}/usage`);
    const usages = dataOf<Schemas["TagGroupUsage"]>(response).usages;
    const inGroup = world().tags.filter((t) => t.groupId === group.id);
    expect(ids(usages)).toEqual(ids(inGroup));
    for (const usage of usages) expect(usage.count).toBe(entriesUsing(world(), (ref) => ref.tags.some((t) => t.tagId === usage.id)));
    expect(usages.some((u) => u.count > 1)).toBe(true);
    expect(usages.find((u) => u.id === inGroup.find((t) => t.archived)!.id)!.count).toBe(0);
  });

  it("counts an entry once when its split items name the tag too, and answers 404 for an unknown group", async () => {
    const entry = world().accountingEntries.find((e) => e.companyId === NORDLYS_APS && e.tags.some((t) => t.tagGroupId === projects().id))!;
    const tagId = entry.tags.find((t) => t.tagGroupId === projects().id)!.tagId;
    const before = dataOf<Schemas["TagGroupUsage"]>(await call(sandbox, `/v0/tag-groups/${projects().id}/usage`, { key: "full-access" })).usages;
    entry.splitItems.push({ id: crypto.randomUUID(), createdAt: entry.createdAt, updatedAt: entry.updatedAt, tags: [{ tagGroupId: projects().id, tagId }] });
    const after = dataOf<Schemas["TagGroupUsage"]>(await call(sandbox, `/v0/tag-groups/${projects().id}/usage`, { key: "full-access" })).usages;
    expect(after).toEqual(before);
    const unknown = await call(sandbox, `/v0/tag-groups/${UNKNOWN_ID}/usage`, { key: "full-access" });
    expect(refusal(unknown)).toEqual({ status: 404, type: "TAG_GROUP_NOT_FOUND", reason: "not_found" });
  });
});

describe("bulk archive and delete", () => {
  const archive = (body: object) => call(sandbox, "/v0/tags/archive", { method: "POST", key: "full-access", body });
  const remove = (body: object) => call(sandbox, "/v0/tags", { method: "DELETE", key: "full-access", body });

  it("archives and unarchives the tags named (200), answering them in the order sent", async () => {
    const [a, b] = tagsOf(NORDLYS_APS).filter((t) => !t.archived);
    const body = { archived: true, companyId: NORDLYS_APS, tagIds: [b!.id, a!.id, b!.id] };
    const archived = dataOf<Tag[]>(await succeed(200, "/v0/tags/archive", "/v0/tags/archive", { method: "POST", body }));
    expect(archived.map((t) => [t.id, t.archived, t.updatedAt])).toEqual([[b!.id, true, stamp], [a!.id, true, stamp]]);
    expect(world().tags.find((t) => t.id === a!.id)!.archived).toBe(true);
    const back = dataOf<Tag[]>(await succeed(200, "/v0/tags/archive", "/v0/tags/archive", { method: "POST", body: { ...body, archived: false } }));
    expect(back.every((t) => !t.archived)).toBe(true);
  });

  it("changes nothing when any id is not a tag of the company (404 naming those ids)", async () => {
    const mine = tagsOf(NORDLYS_APS).find((t) => !t.archived)!;
    const theirs = tagsOf(NORDLYS_AB)[0]!;
    const response = await archive({ archived: true, companyId: NORDLYS_APS, tagIds: [mine.id, UNKNOWN_ID, theirs.id] });
    expect(refusal(response)).toEqual({ status: 404, type: "TAG_NOT_FOUND", reason: "not_found" });
    expect(messageOf(response)).toBe(errors.tagsNotFound([UNKNOWN_ID, theirs.id], NORDLYS_APS).message);
    expect(world().tags.find((t) => t.id === mine.id)!.archived).toBe(false);
  });

  it("deletes the tags named with their dimension values (204)", async () => {
    const doomed = unused(NORDLYS_APS).filter((t) => t.groupId === projects().id);
    expect(doomed.length).toBeGreaterThan(0);
    await succeed(204, "/v0/tags", "/v0/tags", { method: "DELETE", body: { companyId: NORDLYS_APS, tagIds: ids(doomed) } });
    expect(world().tags.filter((t) => doomed.includes(t))).toEqual([]);
    expect(world().tagDimensionValues.some((v) => ids(doomed).includes(v.tagId))).toBe(false);
  });

  it("deletes nothing when an entry uses any of them (409 naming those), or any id is unknown (404)", async () => {
    const free = unused(NORDLYS_APS)[0]!;
    const busy = used(NORDLYS_APS)[0]!;
    const inUse = await remove({ companyId: NORDLYS_APS, tagIds: [free.id, busy.id] });
    expect(refusal(inUse)).toEqual({ status: 409, type: "RESOURCE_IN_USE", reason: "conflict" });
    const entries = entriesUsing(world(), (ref) => ref.tags.some((t) => t.tagId === busy.id));
    expect(messageOf(inUse)).toBe(errors.tagsInUse([{ id: busy.id, entries }]).message);
    const unknown = await remove({ companyId: NORDLYS_APS, tagIds: [free.id, UNKNOWN_ID] });
    expect(refusal(unknown)).toEqual({ status: 404, type: "TAG_NOT_FOUND", reason: "not_found" });
    expect(world().tags).toContain(free);
  });

  it("answers 400 for no ids, more than 100, an id that is not a UUID, or no companyId", async () => {
    const many = Array.from({ length: 101 }, () => crypto.randomUUID());
    for (const body of [{ companyId: NORDLYS_APS, tagIds: [] }, { companyId: NORDLYS_APS, tagIds: many }, { companyId: NORDLYS_APS, tagIds: ["x"] }, { tagIds: [UNKNOWN_ID] }]) {
      expect(refusal(await remove(body)), JSON.stringify(body).slice(0, 80)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
      expect(refusal(await archive({ archived: true, ...body })).status).toBe(400);
    }
  });

  it("archives in the world itself: the group's tag list leaves the archived tag out", async () => {
    const group: TagGroup = projects();
    const [tag] = tagsOf(NORDLYS_APS).filter((t) => t.groupId === group.id && !t.archived);
    await archive({ archived: true, companyId: NORDLYS_APS, tagIds: [tag!.id] });
    const listed = dataOf<Tag[]>(await call(sandbox, `/v0/tag-groups/${group.id}/tags`, { key: "full-access" }));
    expect(ids(listed)).not.toContain(tag!.id);
  });
});
