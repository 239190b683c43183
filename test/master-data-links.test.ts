/**
 * Changes made through the master-data APIs are what the accounting entries see: entries point at
 * master data by id, and the APIs change the records in place.
 */
import { beforeEach, expect, it } from "vitest";
import type { Account, Tag, TaxCode, Vendor } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox } from "./support/call.ts";
import { entriesOf, NORDLYS_APS } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const entries = () => entriesOf(sandbox.state.world, "Nordlys ApS");

it("shows a renamed account under the entry's accountId", async () => {
  const entry = entries().find((e) => e.accountId)!;
  const put = await call(sandbox, `/v1/chart-of-accounts/${entry.accountId}`, { method: "PUT", key: "full-access", body: { name: "Travel (renamed)", archived: false } });
  expect(put.status).toBe(200);
  const seen = await call(sandbox, `/v1/chart-of-accounts/${entry.accountId}`, { key: "full-access" });
  expect(dataOf<Account>(seen).name).toBe("Travel (renamed)");
  expect(sandbox.state.world.accounts.filter((a) => a.id === entry.accountId)).toHaveLength(1);
});

it("shows an archived tag as archived under the entry's tagId, and hides it from default listings", async () => {
  const { tagGroupId, tagId } = entries().find((e) => e.tags.length > 0)!.tags[0]!;
  const tag = sandbox.state.world.tags.find((t) => t.id === tagId)!;
  await call(sandbox, `/v0/tags/${tagId}`, { method: "PUT", key: "full-access", body: { archived: true, code: tag.code } });
  expect(dataOf<Tag>(await call(sandbox, `/v0/tags/${tagId}`, { key: "full-access" })).archived).toBe(true);
  const active = await call(sandbox, `/v0/tag-groups/${tagGroupId}/tags`, { key: "full-access", query: { limit: "100" } });
  expect(dataOf<Tag[]>(active).map((t) => t.id)).not.toContain(tagId);
  const all = await call(sandbox, `/v0/tag-groups/${tagGroupId}/tags`, { key: "full-access", query: { limit: "100", include_archived: "true" } });
  expect(dataOf<Tag[]>(all).find((t) => t.id === tagId)?.archived).toBe(true);
});

it("shows a renamed tax code under the entry's taxCodeId", async () => {
  const entry = entries().find((e) => e.taxCodeId)!;
  const taxCode = sandbox.state.world.taxCodes.find((t) => t.id === entry.taxCodeId)!;
  const body = { companyId: NORDLYS_APS, name: "Standard VAT", rate: taxCode.rate, type: taxCode.type, archived: false };
  await call(sandbox, `/v0/tax-codes/${entry.taxCodeId}`, { method: "PUT", key: "full-access", body });
  expect(dataOf<TaxCode>(await call(sandbox, `/v0/tax-codes/${entry.taxCodeId}`, { key: "full-access" })).name).toBe("Standard VAT");
});

it("shows an archived vendor as archived under the entry's vendor id", async () => {
  const vendorId = entries().find((e) => e.details.vendorId)!.details.vendorId!;
  expect((await call(sandbox, `/v1/vendors/${vendorId}:archive`, { method: "POST", key: "full-access" })).status).toBe(204);
  expect(dataOf<Vendor>(await call(sandbox, `/v1/vendors/${vendorId}`, { key: "full-access" })).state).toBe("ARCHIVED");
});

it("starts from the seeded master data again after a reset", async () => {
  const entry = entries().find((e) => e.accountId)!;
  const before = structuredClone(dataOf<Account>(await call(sandbox, `/v1/chart-of-accounts/${entry.accountId}`, { key: "full-access" })));
  await call(sandbox, `/v1/chart-of-accounts/${entry.accountId}`, { method: "PUT", key: "full-access", body: { name: "Changed", archived: true } });
  await call(sandbox, "/sandbox/reset", { method: "POST" });
  expect(dataOf(await call(sandbox, `/v1/chart-of-accounts/${entry.accountId}`, { key: "full-access" }))).toEqual(before);
});
