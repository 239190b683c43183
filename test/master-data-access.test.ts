/**
 * Every master-data operation refuses a key without its scope, and a company the key does not
 * cover, wherever the request names the company: query, body or the resource's own company.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { routes } from "../mock-server/core/pipeline/route-table.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, refusal } from "./support/call.ts";
import { companyNamed, NORDLYS_AB, NORDLYS_APS, usedIds } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

/** One record of each kind in a company, none used by an entry (so deleting it may succeed). */
function idsIn(companyId: string) {
  const world = sandbox.state.world;
  const used = usedIds(sandbox);
  const groups = world.tagGroups.filter((g) => g.companyId === companyId).map((g) => g.id);
  const emptyGroup = { ...world.tagGroups.find((g) => g.companyId === companyId)!, id: crypto.randomUUID(), code: "EMPTY" };
  world.tagGroups.push(emptyGroup); // every seeded group has tags entries use
  const hasDimensions = (groupId: string) => world.tagGroupDimensions.some((d) => d.groupId === groupId);
  const tag = world.tags.find((t) => groups.includes(t.groupId) && hasDimensions(t.groupId) && !used.has(t.id))!;
  const valued = world.tagDimensionValues.find((v) => v.tagId === tag.id)!;
  const fresh = { ...world.tagGroupDimensions.find((d) => d.id === valued.dimensionId)!, id: crypto.randomUUID(), code: "FRESH", displayOrder: 99 };
  world.tagGroupDimensions.push(fresh); // a dimension the tag has no value of yet
  return {
    companyId,
    groupId: emptyGroup.id,
    tagId: tag.id,
    dimensionGroupId: tag.groupId,
    dimensionId: valued.dimensionId,
    freshDimensionId: fresh.id,
    taxCodeId: world.taxCodes.find((t) => t.companyId === companyId && !used.has(t.id))!.id,
    accountId: world.accounts.find((a) => a.companyId === companyId && !used.has(a.id))!.id,
    vendorId: world.vendors.find((v) => v.companyId === companyId)!.id,
  };
}
type Ids = { [K in keyof ReturnType<typeof idsIn>]: string };

interface Case {
  method: string;
  path: (ids: Ids) => string;
  scope: string;
  query?: (ids: Ids) => Record<string, string>;
  body?: (ids: Ids) => unknown;
  /** How another company's data is refused, where the request names no company to refuse (default: company_not_covered). */
  foreign?: { status: number; type: string; reason: string };
}

const taxCode = (ids: Ids) => ({ companyId: ids.companyId, name: "T", rate: 0.1, type: "inclusive", archived: false });
const account = (ids: Ids) => ({ companyId: ids.companyId, externalId: "E", name: "N", archived: false });
const vendor = (ids: Ids) => ({ companyId: ids.companyId, name: "V", defaultCurrency: "DKK", externalId: "X", state: "ACTIVE" });
const byCompany = (ids: Ids) => ({ company_id: ids.companyId });

const cases: Case[] = [
  { method: "GET", path: () => "/v0/tag-groups", scope: "tag-groups:read", query: byCompany },
  { method: "POST", path: () => "/v0/tag-groups", scope: "tag-groups:write", query: byCompany, body: () => ({ archived: false, code: "C", name: "N" }) },
  { method: "GET", path: (i) => `/v0/tag-groups/${i.groupId}`, scope: "tag-groups:read" },
  { method: "PUT", path: (i) => `/v0/tag-groups/${i.groupId}`, scope: "tag-groups:write", body: () => ({ archived: false, code: "C", name: "N", metadata: {} }) },
  { method: "DELETE", path: (i) => `/v0/tag-groups/${i.groupId}`, scope: "tag-groups:write" },
  { method: "GET", path: (i) => `/v0/tag-groups/${i.groupId}/tags`, scope: "tag-groups:read" },
  { method: "POST", path: (i) => `/v0/tag-groups/${i.groupId}/tags`, scope: "tag-groups:write", body: () => ({ archived: false, code: "NEW" }) },
  { method: "GET", path: () => "/v0/tags", scope: "tag-groups:read", query: byCompany },
  { method: "GET", path: (i) => `/v0/tags/${i.tagId}`, scope: "tag-groups:read" },
  { method: "PUT", path: (i) => `/v0/tags/${i.tagId}`, scope: "tag-groups:write", body: () => ({ archived: true, code: "NEW" }) },
  { method: "DELETE", path: (i) => `/v0/tags/${i.tagId}`, scope: "tag-groups:write" },
  { method: "POST", path: () => "/v0/tags:search", scope: "tag-groups:read", query: byCompany, body: () => ({}) },
  { method: "POST", path: () => "/v0/tags/archive", scope: "tag-groups:write", body: (i) => ({ archived: true, companyId: i.companyId, tagIds: [i.tagId] }) },
  { method: "DELETE", path: () => "/v0/tags", scope: "tag-groups:write", body: (i) => ({ companyId: i.companyId, tagIds: [i.tagId] }) },
  { method: "GET", path: (i) => `/v0/tag-groups/${i.groupId}/usage`, scope: "tag-groups:read" },
  { method: "GET", path: (i) => `/v0/tag-groups/${i.dimensionGroupId}/dimensions`, scope: "tag-groups:read" },
  { method: "POST", path: (i) => `/v0/tag-groups/${i.dimensionGroupId}/dimensions`, scope: "tag-groups:write", body: () => ({ code: "NEW", name: "New", visible: true }) },
  { method: "GET", path: (i) => `/v0/tag-groups/${i.dimensionGroupId}/dimensions/${i.dimensionId}`, scope: "tag-groups:read" },
  { method: "PUT", path: (i) => `/v0/tag-groups/${i.dimensionGroupId}/dimensions/${i.dimensionId}`, scope: "tag-groups:write", body: () => ({ code: "NEW", name: "New", visible: true, displayOrder: 3 }) },
  { method: "DELETE", path: (i) => `/v0/tag-groups/${i.dimensionGroupId}/dimensions/${i.dimensionId}`, scope: "tag-groups:write" },
  { method: "GET", path: (i) => `/v0/tags/${i.tagId}/dimensions`, scope: "tag-groups:read" },
  { method: "GET", path: (i) => `/v0/tags/${i.tagId}/dimensions/${i.dimensionId}`, scope: "tag-groups:read" },
  { method: "POST", path: (i) => `/v0/tags/${i.tagId}/dimensions/${i.freshDimensionId}`, scope: "tag-groups:write", body: () => ({ value: "V" }) },
  { method: "PUT", path: (i) => `/v0/tags/${i.tagId}/dimensions/${i.dimensionId}`, scope: "tag-groups:write", body: () => ({ value: "V" }) },
  { method: "DELETE", path: (i) => `/v0/tags/${i.tagId}/dimensions/${i.dimensionId}`, scope: "tag-groups:write" },
  { method: "GET", path: () => "/v0/aggregations/tag-groups", scope: "tag-groups:read", query: byCompany },
  { method: "POST", path: () => "/v0/aggregations/tags", scope: "tag-groups:read", query: byCompany, body: () => ({ includeArchived: true }) },
  { method: "POST", path: () => "/v0/tax-codes", scope: "tax-codes:write", body: taxCode },
  { method: "GET", path: (i) => `/v0/tax-codes/${i.taxCodeId}`, scope: "tax-codes:read" },
  { method: "PUT", path: (i) => `/v0/tax-codes/${i.taxCodeId}`, scope: "tax-codes:write", body: taxCode },
  { method: "DELETE", path: (i) => `/v0/tax-codes/${i.taxCodeId}`, scope: "tax-codes:write" },
  { method: "POST", path: () => "/v0/tax-codes:search", scope: "tax-codes:read", query: byCompany, body: () => ({}) },
  {
    method: "POST", path: () => "/v0/tax-codes:calculate-tax-amounts", scope: "tax-codes:read",
    body: (i) => ({ amountsByTaxCodeId: { [i.taxCodeId]: [{ id: "a", amount: { currency: "DKK", minors: 100 } }] } }),
    foreign: { status: 404, type: "TAX_CODE_NOT_FOUND", reason: "not_found" },
  },
  { method: "POST", path: () => "/v1/chart-of-accounts", scope: "accounts:write", body: account },
  { method: "POST", path: () => "/v1/chart-of-accounts/batch", scope: "accounts:write", body: (i) => ({ companyId: i.companyId, items: [account(i)] }) },
  { method: "GET", path: (i) => `/v1/chart-of-accounts/${i.accountId}`, scope: "accounts:read" },
  { method: "PUT", path: (i) => `/v1/chart-of-accounts/${i.accountId}`, scope: "accounts:write", body: () => ({ name: "N", archived: true }) },
  { method: "DELETE", path: (i) => `/v1/chart-of-accounts/${i.accountId}`, scope: "accounts:write" },
  { method: "POST", path: () => "/v1/chart-of-accounts:search", scope: "accounts:read", body: (i) => ({ companyId: i.companyId }) },
  { method: "POST", path: () => "/v1/vendors", scope: "vendors:write", body: vendor },
  { method: "GET", path: (i) => `/v1/vendors/${i.vendorId}`, scope: "vendors:read" },
  { method: "PUT", path: (i) => `/v1/vendors/${i.vendorId}`, scope: "vendors:write", body: vendor },
  { method: "POST", path: (i) => `/v1/vendors/${i.vendorId}:activate`, scope: "vendors:write", body: () => ({ externalId: "X" }) },
  { method: "POST", path: (i) => `/v1/vendors/${i.vendorId}:archive`, scope: "vendors:write" },
  { method: "POST", path: () => "/v1/vendors:search", scope: "vendors:read", query: byCompany, body: () => ({}) },
];

const send = (c: Case, ids: Ids, key: string) =>
  call(sandbox, c.path(ids), { method: c.method, key, query: c.query?.(ids), body: c.body?.(ids) });

const MASTER_DATA_SCOPES = ["tag-groups:", "tax-codes:", "accounts:", "vendors:"];

it("covers every master-data route", () => {
  const covered = cases.map((c) => `${c.method} ${c.path(idsFor())}`);
  // Unmodelled operations answer 501 whatever the key (test/not-modelled.test.ts).
  const served = routes.filter((r) => !r.unmodelled && MASTER_DATA_SCOPES.some((s) => r.scope?.startsWith(s)));
  expect(cases).toHaveLength(served.length);
  expect(new Set(covered).size).toBe(cases.length);
  for (const c of cases) expect(served.some((r) => r.method === c.method && r.scope === c.scope)).toBe(true);
});

describe.each(cases.map((c) => [`${c.method} ${c.path(idsFor())}`, c] as const))("%s", (_name, c) => {
  it("succeeds for a key with the scope, in its company", async () => {
    expect((await send(c, idsIn(NORDLYS_APS), "full-access")).status).toBeLessThan(300);
  });

  it(`refuses a key without ${c.scope} (scope_missing)`, async () => {
    const key = c.scope.endsWith(":write") ? "read-only" : "users-only";
    expect(refusal(await send(c, idsIn(NORDLYS_APS), key))).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "scope_missing" });
  });

  it("refuses another company's data (company_not_covered)", async () => {
    expect(refusal(await send(c, idsIn(NORDLYS_AB), "full-access"))).toEqual(c.foreign ?? { status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
  });
});

/** Path templates for test names, before any sandbox exists. */
function idsFor(): Ids {
  return {
    companyId: "{companyId}", groupId: "{groupId}", tagId: "{tagId}", dimensionGroupId: "{dimensionGroupId}", dimensionId: "{dimensionId}",
    freshDimensionId: "{freshDimensionId}", taxCodeId: "{taxCodeId}", accountId: "{accountId}", vendorId: "{vendorId}",
  };
}

describe("the company named by the body's companyId", () => {
  const vendorBody = { name: "V", defaultCurrency: "DKK" };
  const post = (body: unknown, key = "organisation") => call(sandbox, "/v1/vendors", { method: "POST", key, body });

  it("is the target an organisation key is judged by", async () => {
    expect((await post({ ...vendorBody, companyId: NORDLYS_AB })).status).toBe(201);
    const otherOrganisation = companyNamed(sandbox, "Fjordlys Studio AS").id; // a company of another organisation
    expect(refusal(await post({ ...vendorBody, companyId: otherOrganisation }))).toMatchObject({ status: 403, reason: "company_not_covered" });
  });

  it("answers 400 when it is missing, not a string, not a UUID, or the body is not JSON", async () => {
    for (const body of [vendorBody, { ...vendorBody, companyId: 42 }, { ...vendorBody, companyId: "nope" }, "{not json", "[]"]) {
      const response = await post(body);
      expect(refusal(response), JSON.stringify(body)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
      if (typeof body === "object" && !("companyId" in body)) expect((response.body as { message: string }).message).toMatch(/companyId/);
    }
  });
});
