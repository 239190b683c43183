/** Tag groups and tags (/v0/tag-groups, /v0/tags), through handle() with a fixed clock. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Tag, TagGroup } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { NORDLYS_AB, NORDLYS_APS, NORDLYS_GROUP, UNKNOWN_ID, usedIds } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const groupOf = (companyId: string) => world().tagGroups.find((g) => g.companyId === companyId)!;
const unusedTag = (companyId: string) => {
  const groups = world().tagGroups.filter((g) => g.companyId === companyId).map((g) => g.id);
  return world().tags.find((t) => groups.includes(t.groupId) && !usedIds(sandbox).has(t.id))!;
};
const usedTag = () => world().tags.find((t) => usedIds(sandbox).has(t.id) && groupOf(NORDLYS_APS).id === t.groupId)!;

describe("GET /v0/tag-groups", () => {
  it("lists one company's active groups for company_id, unwrapped by pagination", async () => {
    world().tagGroups.find((g) => g.companyId === NORDLYS_APS)!.archived = true;
    const response = await call(sandbox, "/v0/tag-groups", { key: "full-access", query: { company_id: NORDLYS_APS } });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty("pagination");
    const groups = dataOf<TagGroup[]>(response);
    expect(groups.length).toBe(1);
    expect(groups.every((g) => g.companyId === NORDLYS_APS && !g.archived)).toBe(true);
    const all = await call(sandbox, "/v0/tag-groups", { key: "full-access", query: { company_id: NORDLYS_APS, include_archived: "true" } });
    expect(dataOf<TagGroup[]>(all).length).toBe(2);
  });

  it("lists every company of the organisation for organization_id, and lets company_id win over it", async () => {
    const byOrg = await call(sandbox, "/v0/tag-groups", { key: "organisation", query: { organization_id: NORDLYS_GROUP } });
    expect(new Set(dataOf<TagGroup[]>(byOrg).map((g) => g.companyId)).size).toBe(3);
    const both = await call(sandbox, "/v0/tag-groups", { key: "organisation", query: { organization_id: NORDLYS_GROUP, company_id: NORDLYS_AB } });
    expect(dataOf<TagGroup[]>(both).map((g) => g.companyId)).toEqual([NORDLYS_AB, NORDLYS_AB]);
  });

  it("counts each group's tags with include_tags_count", async () => {
    const response = await call(sandbox, "/v0/tag-groups", { key: "full-access", query: { company_id: NORDLYS_APS, include_tags_count: "true" } });
    for (const group of dataOf<TagGroup[]>(response)) {
      expect(group.totalTagsCount).toBe(world().tags.filter((t) => t.groupId === group.id).length);
    }
  });

  it("answers 400 when neither company_id nor organization_id is sent", async () => {
    const response = await call(sandbox, "/v0/tag-groups", { key: "full-access" });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(response)).toBe(errors.companyOrOrganisationRequired().message);
  });

  it("refuses an organization_id the company-level key does not cover", async () => {
    const other = sandbox.fixtures.organisations.find((o) => o.id !== NORDLYS_GROUP)!.id;
    const response = await call(sandbox, "/v0/tag-groups", { key: "full-access", query: { organization_id: other } });
    expect(refusal(response)).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
  });
});

describe("tag group changes", () => {
  it("creates a group in the key's company (200, Pleo's default response), readable by id", async () => {
    const created = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "full-access", body: { archived: false, code: "DEPT", name: "Department" } });
    expect(created.status).toBe(200);
    const group = dataOf<TagGroup>(created);
    expect(group).toMatchObject({ companyId: NORDLYS_APS, code: "DEPT", name: "Department", archived: false, metadata: {} });
    expect(dataOf(await call(sandbox, `/v0/tag-groups/${group.id}`, { key: "full-access" }))).toEqual(group);
  });

  it("creates in the company_id an organisation key names, and needs one from such a key", async () => {
    const body = { archived: false, code: "DEPT", name: "Department", metadata: { erp: "x" } };
    const created = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "organisation", query: { company_id: NORDLYS_AB }, body });
    expect(dataOf<TagGroup>(created)).toMatchObject({ companyId: NORDLYS_AB, metadata: { erp: "x" } });
    const missing = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "organisation", body });
    expect(refusal(missing).status).toBe(400);
    expect(messageOf(missing)).toBe(errors.companyRequired("company_id").message);
  });

  it("refuses a second group with a code the company already has (409), on POST and on PUT", async () => {
    const taken = groupOf(NORDLYS_APS);
    const again = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "full-access", body: { archived: false, code: taken.code, name: "Again" } });
    expect(refusal(again)).toEqual({ status: 409, type: "TAG_GROUP_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(again)).toBe(errors.tagGroupCodeTaken(taken.code, NORDLYS_APS, taken.id).message);
    expect(world().tagGroups.filter((g) => g.companyId === NORDLYS_APS && g.code === taken.code)).toHaveLength(1);

    const sibling = world().tagGroups.find((g) => g.companyId === NORDLYS_APS && g.id !== taken.id)!;
    const body = { archived: false, code: taken.code, name: sibling.name, metadata: {} };
    const clash = await call(sandbox, `/v0/tag-groups/${sibling.id}`, { method: "PUT", key: "full-access", body });
    expect(refusal(clash)).toEqual({ status: 409, type: "TAG_GROUP_ALREADY_EXISTS", reason: "conflict" });
    const own = await call(sandbox, `/v0/tag-groups/${taken.id}`, { method: "PUT", key: "full-access", body: { ...body, name: "Renamed" } });
    expect(own.status).toBe(200);
    const elsewhere = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "organisation", query: { company_id: NORDLYS_AB }, body: { archived: false, code: "NEW-ONLY-IN-AB", name: "N" } });
    expect(elsewhere.status).toBe(200);
  });

  it("answers 400 naming the missing required fields", async () => {
    const response = await call(sandbox, "/v0/tag-groups", { method: "POST", key: "full-access", body: { name: "No code" } });
    expect(refusal(response).status).toBe(400);
    expect(messageOf(response)).toMatch(/archived/);
    expect(messageOf(response)).toMatch(/code/);
  });

  it("replaces a group with PUT, and requires metadata there", async () => {
    const group = groupOf(NORDLYS_APS);
    const body = { archived: true, code: "PRJ2", name: "Projects", metadata: { a: "b" } };
    const response = await call(sandbox, `/v0/tag-groups/${group.id}`, { method: "PUT", key: "full-access", body });
    expect(dataOf<TagGroup>(response)).toMatchObject({ ...body, id: group.id, updatedAt: "2026-11-24T12:00:00Z" });
    const { metadata: _m, ...withoutMetadata } = body;
    expect(refusal(await call(sandbox, `/v0/tag-groups/${group.id}`, { method: "PUT", key: "full-access", body: withoutMetadata })).status).toBe(400);
  });

  it("refuses to delete a group whose tags entries use (409), and deletes an unused one with its tags (204)", async () => {
    const used = groupOf(NORDLYS_APS);
    const inUse = await call(sandbox, `/v0/tag-groups/${used.id}`, { method: "DELETE", key: "full-access" });
    expect(refusal(inUse)).toEqual({ status: 409, type: "RESOURCE_IN_USE", reason: "conflict" });

    const fresh = dataOf<TagGroup>(await call(sandbox, "/v0/tag-groups", { method: "POST", key: "full-access", body: { archived: false, code: "X", name: "X" } }));
    const tag = dataOf<Tag>(await call(sandbox, `/v0/tag-groups/${fresh.id}/tags`, { method: "POST", key: "full-access", body: { archived: false, code: "X1" } }));
    expect((await call(sandbox, `/v0/tag-groups/${fresh.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/v0/tag-groups/${fresh.id}`, { key: "full-access" }))).toMatchObject({ status: 404, type: "TAG_GROUP_NOT_FOUND" });
    expect(refusal(await call(sandbox, `/v0/tags/${tag.id}`, { key: "full-access" }))).toMatchObject({ status: 404, type: "TAG_NOT_FOUND" });
  });

  it("answers 404 for an unknown group on every group route", async () => {
    for (const [method, path] of [["GET", ""], ["DELETE", ""], ["GET", "/tags"]] as const) {
      const response = await call(sandbox, `/v0/tag-groups/${UNKNOWN_ID}${path}`, { method, key: "full-access" });
      expect(refusal(response)).toEqual({ status: 404, type: "TAG_GROUP_NOT_FOUND", reason: "not_found" });
    }
  });
});

describe("tags", () => {
  it("pages a group's active tags, archived ones only with include_archived", async () => {
    const group = groupOf(NORDLYS_APS);
    const inGroup = world().tags.filter((t) => t.groupId === group.id);
    const page = await call(sandbox, `/v0/tag-groups/${group.id}/tags`, { key: "full-access", query: { limit: "2" } });
    expect(dataOf<Tag[]>(page)).toHaveLength(2);
    expect((page.body as { pagination: { total: number } }).pagination.total).toBe(inGroup.filter((t) => !t.archived).length);
    const all = await call(sandbox, `/v0/tag-groups/${group.id}/tags`, { key: "full-access", query: { include_archived: "true", limit: "100" } });
    expect(dataOf<Tag[]>(all)).toHaveLength(inGroup.length);
  });

  it("creates a tag (201) and refuses a second one with the same code in the group (409)", async () => {
    const group = groupOf(NORDLYS_APS);
    const created = await call(sandbox, `/v0/tag-groups/${group.id}/tags`, { method: "POST", key: "full-access", body: { archived: false, code: "P-900", name: "Project Nine" } });
    expect(created.status).toBe(201);
    const tag = dataOf<Tag>(created);
    expect(tag).toMatchObject({ groupId: group.id, code: "P-900", name: "Project Nine", archived: false });
    const again = await call(sandbox, `/v0/tag-groups/${group.id}/tags`, { method: "POST", key: "full-access", body: { archived: false, code: "P-900" } });
    expect(refusal(again)).toEqual({ status: 409, type: "TAG_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(again)).toBe(errors.tagCodeTaken("P-900", group.id, tag.id).message);
  });

  it("searches a company's tags by text and group with GET /v0/tags", async () => {
    const group = groupOf(NORDLYS_APS);
    const first = world().tags.find((t) => t.groupId === group.id && !t.archived)!;
    const response = await call(sandbox, "/v0/tags", { key: "full-access", query: { text_search: first.code.toLowerCase(), tag_group_id: group.id } });
    const found = dataOf<Tag[]>(response);
    expect(found.map((t) => t.id)).toContain(first.id);
    expect(found.every((t) => t.groupId === group.id)).toBe(true);
    const everything = await call(sandbox, "/v0/tags", { key: "full-access", query: { include_archived: "true", limit: "100" } });
    const apsGroups = world().tagGroups.filter((g) => g.companyId === NORDLYS_APS).map((g) => g.id);
    expect(dataOf<Tag[]>(everything)).toHaveLength(world().tags.filter((t) => apsGroups.includes(t.groupId)).length);
  });

  it("needs company_id on GET /v0/tags from an organisation key", async () => {
    expect(messageOf(await call(sandbox, "/v0/tags", { key: "organisation" }))).toBe(errors.companyRequired("company_id").message);
    const named = await call(sandbox, "/v0/tags", { key: "organisation", query: { company_id: NORDLYS_AB } });
    expect(named.status).toBe(200);
  });

  it("updates a tag (keeping its name when none is sent), 409 on another tag's code, 404 when unknown", async () => {
    const tag = usedTag();
    const sibling = world().tags.find((t) => t.groupId === tag.groupId && t.id !== tag.id)!;
    const updated = await call(sandbox, `/v0/tags/${tag.id}`, { method: "PUT", key: "full-access", body: { archived: true, code: tag.code } });
    expect(dataOf<Tag>(updated)).toMatchObject({ id: tag.id, archived: true, name: tag.name });
    const clash = await call(sandbox, `/v0/tags/${tag.id}`, { method: "PUT", key: "full-access", body: { archived: false, code: sibling.code } });
    expect(refusal(clash)).toEqual({ status: 409, type: "TAG_ALREADY_EXISTS", reason: "conflict" });
    const unknown = await call(sandbox, `/v0/tags/${UNKNOWN_ID}`, { method: "PUT", key: "full-access", body: { archived: false, code: "x" } });
    expect(refusal(unknown)).toEqual({ status: 404, type: "TAG_NOT_FOUND", reason: "not_found" });
  });

  it("deletes an unused tag (204) and refuses one an entry uses (409)", async () => {
    const unused = unusedTag(NORDLYS_APS);
    expect((await call(sandbox, `/v0/tags/${unused.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/v0/tags/${unused.id}`, { key: "full-access" })).status).toBe(404);
    const inUse = await call(sandbox, `/v0/tags/${usedTag().id}`, { method: "DELETE", key: "full-access" });
    expect(refusal(inUse)).toEqual({ status: 409, type: "RESOURCE_IN_USE", reason: "conflict" });
  });

  it("refuses another company's tag by its own company (403), whatever the key's default", async () => {
    const foreign = unusedTag(NORDLYS_AB);
    expect(refusal(await call(sandbox, `/v0/tags/${foreign.id}`, { key: "full-access" }))).toMatchObject({ status: 403, reason: "company_not_covered" });
    expect((await call(sandbox, `/v0/tags/${foreign.id}`, { key: "organisation" })).status).toBe(200);
  });
});
