/** The seeded accounting world: every id an entry carries resolves, and a seed always gives the same file. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Fixtures } from "../mock-server/core/world/fixtures.ts";
import { DEFAULT_SEED, generateWorld, renderWorld } from "../scripts/generate-fixtures.ts";

const world: Fixtures = generateWorld(DEFAULT_SEED);
const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

describe("accounting world", () => {
  it("gives each company at least 200 entries across at least eight families", () => {
    for (const company of world.companies) {
      const entries = world.accountingEntries.filter((e) => e.companyId === company.id);
      expect(entries.length, company.name).toBeGreaterThanOrEqual(200);
      expect(new Set(entries.map((e) => e.family)).size, company.name).toBeGreaterThanOrEqual(8);
      expect(entries.some((e) => e.transactionValue.minors < 0), `${company.name} has refunds`).toBe(true);
    }
  });

  it("resolves every id an entry carries, inside the entry's own company", () => {
    const employees = byId(world.employees);
    const teams = byId(world.teams);
    const accounts = byId(world.accounts);
    const taxCodes = byId(world.taxCodes);
    const groups = byId(world.tagGroups);
    const tags = byId(world.tags);
    const vendors = byId(world.vendors);
    const receipts = byId(world.receipts);
    const problems: string[] = [];
    const check = (entryId: string, what: string, ok: boolean) => ok || problems.push(`${entryId}: ${what}`);
    const checkTags = (entryId: string, companyId: string, list: { tagGroupId: string; tagId?: string }[]) => {
      for (const tag of list) {
        check(entryId, "tag group", groups.get(tag.tagGroupId)?.companyId === companyId);
        check(entryId, "tag", tag.tagId === undefined || tags.get(tag.tagId)?.groupId === tag.tagGroupId);
      }
    };
    for (const e of world.accountingEntries) {
      const own = (found: { companyId: string } | undefined) => found?.companyId === e.companyId;
      if (e.employeeId) check(e.id, "employee", own(employees.get(e.employeeId)));
      if (e.teamId) check(e.id, "team", own(teams.get(e.teamId)));
      if (e.accountId) check(e.id, "account", own(accounts.get(e.accountId)) && accounts.get(e.accountId)!.code === e.accountCode);
      if (e.taxCodeId) check(e.id, "tax code", own(taxCodes.get(e.taxCodeId)));
      if (e.details.vendorId) check(e.id, "vendor", own(vendors.get(e.details.vendorId)));
      checkTags(e.id, e.companyId, e.tags);
      for (const split of e.splitItems) {
        if (split.accountId) check(e.id, "split account", own(accounts.get(split.accountId)));
        if (split.taxCodeId) check(e.id, "split tax code", own(taxCodes.get(split.taxCodeId)));
        checkTags(e.id, e.companyId, split.tags);
      }
      for (const attendee of e.attendees) check(e.id, "attendee", own(employees.get(attendee.attendableId)));
      for (const receiptId of e.receiptIds) check(e.id, "receipt", receipts.get(receiptId)?.accountingEntryId === e.id);
      check(e.id, "integer minor units", Number.isInteger(e.transactionValue.minors) && Number.isInteger(e.totalBillValue?.minors ?? 0));
    }
    const entries = byId(world.accountingEntries);
    for (const r of world.receipts) check(r.id, "receipt's entry lists it", entries.get(r.accountingEntryId)?.receiptIds.includes(r.id) === true);
    for (const group of world.tagGroups) check(group.id, "tag group company", world.companies.some((c) => c.id === group.companyId));
    expect(problems).toEqual([]);
  });

  it("keeps export jobs and their items consistent with the entries' export status", () => {
    const jobs = byId(world.exportJobs);
    const entries = byId(world.accountingEntries);
    for (const item of world.exportJobItems) {
      const job = jobs.get(item.exportJobId)!;
      expect(entries.get(item.accountingEntryId)?.companyId).toBe(job.companyId);
    }
    for (const job of world.exportJobs) {
      expect(world.exportJobItems.filter((i) => i.exportJobId === job.id)).toHaveLength(job.numberOfItems);
    }
    const queued = world.accountingEntries.filter((e) => e.exportStatus === "QUEUED").map((e) => e.id).sort();
    const pending = world.exportJobs.filter((j) => j.status === "pending");
    expect(pending).toHaveLength(1);
    expect(world.exportJobItems.filter((i) => i.exportJobId === pending[0]!.id).map((i) => i.accountingEntryId).sort()).toEqual(queued);
  });

  it("is the same for the same seed, and the committed fixtures are what the seed gives", () => {
    expect(generateWorld(DEFAULT_SEED)).toEqual(world);
    expect(readFileSync(new URL("../fixtures/world.json", import.meta.url), "utf8")).toBe(renderWorld(DEFAULT_SEED));
  });

  it("differs for another seed", () => {
    expect(generateWorld(DEFAULT_SEED + 7).accountingEntries[0]!.id).not.toBe(world.accountingEntries[0]!.id);
  });
});
