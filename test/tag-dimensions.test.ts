/**
 * Tag-group dimensions and tags' dimension values (/v0/tag-groups/{groupId}/dimensions,
 * /v0/tags/{tagId}/dimensions, and `otherDimensionValues` on tags), through handle(); every success
 * is also checked against Pleo's own document.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { SandboxResponse } from "../mock-server/core/http/http.ts";
import type { Tag, TagDimensionValue, TagGroup, TagGroupDimension } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal, type CallOptions } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { NORDLYS_APS, UNKNOWN_ID } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const world = () => sandbox.state.world;
const groupCoded = (code: string) => world().tagGroups.find((g) => g.companyId === NORDLYS_APS && g.code === code)!;
const projects = () => groupCoded("PRJ");
const costCentres = () => groupCoded("CC");
const dimensionCoded = (code: string) => world().tagGroupDimensions.find((d) => d.groupId === projects().id && d.code === code)!;
const projectTag = () => world().tags.find((t) => t.groupId === projects().id)!;
const stamp = NOW.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A call that must succeed with `status`, its body valid for sandbox.yaml (call) and for Pleo's document. */
async function succeed(status: number, template: string, path: string, options: CallOptions = {}): Promise<SandboxResponse> {
  const response = await call(sandbox, path, { key: "full-access", ...options });
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(pleoResponseProblems("pleo-gjoll-openapi.yml", options.method ?? "GET", template, response)).toEqual([]);
  return response;
}

const listDimensions = async (groupId: string) =>
  dataOf<TagGroupDimension[]>(await succeed(200, "/v0/tag-groups/{groupId}/dimensions", `/v0/tag-groups/${groupId}/dimensions`));
const listValues = async (tagId: string) =>
  dataOf<TagDimensionValue[]>(await succeed(200, "/v0/tags/{tagId}/dimensions", `/v0/tags/${tagId}/dimensions`));
const createDimension = async (groupId: string, body: object) =>
  dataOf<TagGroupDimension>(await succeed(200, "/v0/tag-groups/{groupId}/dimensions", `/v0/tag-groups/${groupId}/dimensions`, { method: "POST", body }));

describe("tag-group dimensions", () => {
  it("lists a group's seeded dimensions in display order, and none for a group without any", async () => {
    const dimensions = await listDimensions(projects().id);
    expect(dimensions.map((d) => [d.code, d.displayOrder, d.visible])).toEqual([["CUST", 1, true], ["PM", 2, false]]);
    expect(dimensions.every((d) => d.groupId === projects().id)).toBe(true);
    expect(await listDimensions(costCentres().id)).toEqual([]);
  });

  it("creates a dimension after the group's last (200), ignoring a displayOrder sent, readable by id", async () => {
    const created = await createDimension(projects().id, { code: "REGION", name: "Region", visible: true, displayOrder: 1 });
    expect(created).toMatchObject({ groupId: projects().id, code: "REGION", name: "Region", visible: true, displayOrder: 3, createdAt: stamp });
    const read = await succeed(200, "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", `/v0/tag-groups/${projects().id}/dimensions/${created.id}`);
    expect(dataOf(read)).toEqual(created);
    expect((await createDimension(costCentres().id, { code: "OWNER", name: "Owner", visible: false })).displayOrder).toBe(1);
  });

  it("refuses a code the group already has (409), on create and on update", async () => {
    const taken = dimensionCoded("CUST");
    const again = await call(sandbox, `/v0/tag-groups/${projects().id}/dimensions`, { method: "POST", key: "full-access", body: { code: "CUST", name: "C", visible: true } });
    expect(refusal(again)).toEqual({ status: 409, type: "TAG_GROUP_DIMENSION_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(again)).toBe(errors.dimensionCodeTaken("CUST", projects().id, taken.id).message);
    const pm = dimensionCoded("PM");
    const clash = await call(sandbox, `/v0/tag-groups/${projects().id}/dimensions/${pm.id}`, { method: "PUT", key: "full-access", body: { code: "CUST", name: "PM", visible: true, displayOrder: 2 } });
    expect(refusal(clash)).toEqual({ status: 409, type: "TAG_GROUP_DIMENSION_ALREADY_EXISTS", reason: "conflict" });
    expect((await createDimension(costCentres().id, { code: "CUST", name: "Customer", visible: true })).code).toBe("CUST");
  });

  it("replaces a dimension's code, name, order and visibility; the new order decides the listing", async () => {
    const pm = dimensionCoded("PM");
    const body = { code: "LEAD", name: "Project lead", visible: true, displayOrder: 0 };
    const updated = await succeed(200, "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", `/v0/tag-groups/${projects().id}/dimensions/${pm.id}`, { method: "PUT", body });
    expect(dataOf(updated)).toMatchObject({ ...body, id: pm.id, updatedAt: stamp });
    expect((await listDimensions(projects().id)).map((d) => d.code)).toEqual(["LEAD", "CUST"]);
  });

  it("deletes a dimension (204) with every tag's value of it", async () => {
    const customer = dimensionCoded("CUST");
    expect(world().tagDimensionValues.some((v) => v.dimensionId === customer.id)).toBe(true);
    await succeed(204, "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", `/v0/tag-groups/${projects().id}/dimensions/${customer.id}`, { method: "DELETE" });
    expect(world().tagDimensionValues.some((v) => v.dimensionId === customer.id)).toBe(false);
    expect((await listDimensions(projects().id)).map((d) => d.code)).toEqual(["PM"]);
    const gone = await call(sandbox, `/v0/tag-groups/${projects().id}/dimensions/${customer.id}`, { key: "full-access" });
    expect(refusal(gone)).toEqual({ status: 404, type: "TAG_GROUP_DIMENSION_NOT_FOUND", reason: "not_found" });
    expect(messageOf(gone)).toBe(errors.dimensionNotFound(customer.id, projects().id).message);
  });

  it("answers 404 for another group's dimension and for an unknown group", async () => {
    const foreign = await call(sandbox, `/v0/tag-groups/${costCentres().id}/dimensions/${dimensionCoded("CUST").id}`, { method: "DELETE", key: "full-access" });
    expect(refusal(foreign)).toEqual({ status: 404, type: "TAG_GROUP_DIMENSION_NOT_FOUND", reason: "not_found" });
    expect(world().tagGroupDimensions).toContain(dimensionCoded("CUST"));
    const unknown = await call(sandbox, `/v0/tag-groups/${UNKNOWN_ID}/dimensions`, { key: "full-access" });
    expect(refusal(unknown)).toEqual({ status: 404, type: "TAG_GROUP_NOT_FOUND", reason: "not_found" });
  });

  it("answers 400 for a missing or empty code, a missing visible, and a displayOrder that is no integer", async () => {
    const path = `/v0/tag-groups/${projects().id}/dimensions`;
    for (const body of [{ name: "N", visible: true }, { code: "", name: "N", visible: true }, { code: "C", name: "N" }]) {
      expect(refusal(await call(sandbox, path, { method: "POST", key: "full-access", body })).status, JSON.stringify(body)).toBe(400);
    }
    const put = await call(sandbox, `${path}/${dimensionCoded("PM").id}`, { method: "PUT", key: "full-access", body: { code: "PM", name: "N", visible: true, displayOrder: 1.5 } });
    expect(refusal(put)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(put)).toMatch(/displayOrder/);
  });
});

describe("a tag's dimension values", () => {
  it("lists the seeded values in the group's display order", async () => {
    const tag = projectTag();
    const values = await listValues(tag.id);
    expect(values.map((v) => v.dimensionId)).toEqual([dimensionCoded("CUST").id, dimensionCoded("PM").id]);
    expect(values.every((v) => v.tagId === tag.id && v.value !== "")).toBe(true);
    expect(await listValues(world().tags.find((t) => t.groupId === costCentres().id)!.id)).toEqual([]);
  });

  it("reads, changes and removes one value; a removed value is 404 to GET and PUT", async () => {
    const tag = projectTag();
    const customer = dimensionCoded("CUST");
    const template = "/v0/tags/{tagId}/dimensions/{dimensionId}";
    const path = `/v0/tags/${tag.id}/dimensions/${customer.id}`;
    const seeded = world().tagDimensionValues.find((v) => v.tagId === tag.id && v.dimensionId === customer.id)!;
    expect(dataOf(await succeed(200, template, path))).toEqual(seeded);
    const changed = dataOf<TagDimensionValue>(await succeed(200, template, path, { method: "PUT", body: { value: "Acme A/S" } }));
    expect(changed).toMatchObject({ tagId: tag.id, dimensionId: customer.id, value: "Acme A/S", updatedAt: stamp });
    expect(dataOf(await succeed(200, template, path, { method: "DELETE" }))).toEqual(changed);
    for (const method of ["GET", "PUT", "DELETE"]) {
      const gone = await call(sandbox, path, { method, key: "full-access", ...(method === "PUT" && { body: { value: "x" } }) });
      expect(refusal(gone), method).toEqual({ status: 404, type: "TAG_DIMENSION_VALUE_NOT_FOUND", reason: "not_found" });
    }
    expect(messageOf(await call(sandbox, path, { key: "full-access" }))).toBe(errors.dimensionValueNotFound(tag.id, customer.id).message);
  });

  it("creates a value for a dimension the tag has none of (200), and refuses a second one (409)", async () => {
    const tag = projectTag();
    const region = await createDimension(projects().id, { code: "REGION", name: "Region", visible: true });
    const path = `/v0/tags/${tag.id}/dimensions/${region.id}`;
    const created = await succeed(200, "/v0/tags/{tagId}/dimensions/{dimensionId}", path, { method: "POST", body: { value: "North" } });
    expect(dataOf(created)).toEqual({ tagId: tag.id, dimensionId: region.id, value: "North", createdAt: stamp, updatedAt: stamp });
    expect((await listValues(tag.id)).map((v) => v.value).at(-1)).toBe("North");
    const again = await call(sandbox, path, { method: "POST", key: "full-access", body: { value: "South" } });
    expect(refusal(again)).toEqual({ status: 409, type: "TAG_DIMENSION_VALUE_ALREADY_EXISTS", reason: "conflict" });
    expect(messageOf(again)).toBe(errors.dimensionValueExists(tag.id, region.id).message);
  });

  it("refuses a dimension of another group (404), an unknown tag (404) and a body without value (400)", async () => {
    const owner = await createDimension(costCentres().id, { code: "OWNER", name: "Owner", visible: true });
    const foreign = await call(sandbox, `/v0/tags/${projectTag().id}/dimensions/${owner.id}`, { method: "POST", key: "full-access", body: { value: "x" } });
    expect(refusal(foreign)).toEqual({ status: 404, type: "TAG_GROUP_DIMENSION_NOT_FOUND", reason: "not_found" });
    const unknown = await call(sandbox, `/v0/tags/${UNKNOWN_ID}/dimensions`, { key: "full-access" });
    expect(refusal(unknown)).toEqual({ status: 404, type: "TAG_NOT_FOUND", reason: "not_found" });
    const empty = await call(sandbox, `/v0/tags/${projectTag().id}/dimensions/${dimensionCoded("PM").id}`, { method: "PUT", key: "full-access", body: {} });
    expect(refusal(empty)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});

describe("otherDimensionValues on tags", () => {
  const createTag = async (groupId: string, body: object) =>
    dataOf<Tag>(await call(sandbox, `/v0/tag-groups/${groupId}/tags`, { method: "POST", key: "full-access", body: { archived: false, ...body } }));
  const valuesOf = async (tagId: string) => (await listValues(tagId)).map((v) => v.value);

  it("gives a new tag a value per dimension in display order, empty where none is sent, ignoring the rest", async () => {
    expect(await valuesOf((await createTag(projects().id, { code: "P-900", otherDimensionValues: ["Acme A/S"] })).id)).toEqual(["Acme A/S", ""]);
    expect(await valuesOf((await createTag(projects().id, { code: "P-901", otherDimensionValues: ["A", "B", "C"] })).id)).toEqual(["A", "B"]);
    expect(await valuesOf((await createTag(projects().id, { code: "P-902" })).id)).toEqual(["", ""]);
    expect(await valuesOf((await createTag(costCentres().id, { code: "900", otherDimensionValues: ["ignored"] })).id)).toEqual([]);
  });

  it("changes the values an update sends and keeps the others", async () => {
    const tag = projectTag();
    const before = await valuesOf(tag.id);
    const updated = await call(sandbox, `/v0/tags/${tag.id}`, { method: "PUT", key: "full-access", body: { archived: false, code: tag.code, otherDimensionValues: ["Globex"] } });
    expect(updated.status).toBe(200);
    expect(await valuesOf(tag.id)).toEqual(["Globex", before[1]]);
    const region = await createDimension(projects().id, { code: "REGION", name: "Region", visible: true });
    await call(sandbox, `/v0/tags/${tag.id}`, { method: "PUT", key: "full-access", body: { archived: false, code: tag.code, otherDimensionValues: ["Globex", before[1]!, "West"] } });
    expect(await valuesOf(tag.id)).toEqual(["Globex", before[1], "West"]);
    expect(world().tagDimensionValues.find((v) => v.tagId === tag.id && v.dimensionId === region.id)?.createdAt).toBe(stamp);
  });

  it("goes with its tag, and a group's dimensions go with the group", async () => {
    const tag = await createTag(projects().id, { code: "P-903", otherDimensionValues: ["A", "B"] });
    expect((await call(sandbox, `/v0/tags/${tag.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(world().tagDimensionValues.some((v) => v.tagId === tag.id)).toBe(false);

    const group = dataOf<TagGroup>(await call(sandbox, "/v0/tag-groups", { method: "POST", key: "full-access", body: { archived: false, code: "FRESH", name: "Fresh" } }));
    const dimension = await createDimension(group.id, { code: "D", name: "D", visible: true });
    const inGroup = await createTag(group.id, { code: "F-1", otherDimensionValues: ["v"] });
    expect((await call(sandbox, `/v0/tag-groups/${group.id}`, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(world().tagGroupDimensions.some((d) => d.id === dimension.id)).toBe(false);
    expect(world().tagDimensionValues.some((v) => v.tagId === inGroup.id || v.dimensionId === dimension.id)).toBe(false);
  });
});
