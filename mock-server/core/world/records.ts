/**
 * The world's records by id, and the company that owns each kind: what `x-sandbox-target` names
 * when a request identifies its company through a record (`{ in: path, name: jobId, is: exportJob }`).
 */
import type { TargetSpec } from "../../openapi/routes.ts";
import type { Account, Employee, ExportJob, Tag, TagGroup, TaxCode } from "../../openapi/types.ts";
import type { WorldEntry } from "./accounting-world.ts";
import type { World } from "./fixtures.ts";

export type WorldVendor = World["vendors"][number];

export function findEmployee(world: World, id: string): Employee | undefined {
  return world.employees.find((e) => e.id === id);
}

export function findEntry(world: World, id: string): WorldEntry | undefined {
  return world.accountingEntries.find((e) => e.id === id);
}

export function findJob(world: World, id: string): ExportJob | undefined {
  return world.exportJobs.find((j) => j.id === id);
}

export function findTagGroup(world: World, id: string): TagGroup | undefined {
  return world.tagGroups.find((g) => g.id === id);
}

/** A tag with its group's company (a tag records only its group). */
export function findTag(world: World, id: string): (Tag & { companyId: string }) | undefined {
  const tag = world.tags.find((t) => t.id === id);
  const group = tag && findTagGroup(world, tag.groupId);
  return tag && group ? { ...tag, companyId: group.companyId } : undefined;
}

export function findTaxCode(world: World, id: string): TaxCode | undefined {
  return world.taxCodes.find((t) => t.id === id);
}

export function findAccount(world: World, id: string): Account | undefined {
  return world.accounts.find((a) => a.id === id);
}

export function findVendor(world: World, id: string): WorldVendor | undefined {
  return world.vendors.find((v) => v.id === id);
}

type RecordKind = Exclude<TargetSpec["is"], "company" | "organisation">;

/** The company owning a record of each kind that a target may name. */
export const ownerCompany: Record<RecordKind, (world: World, id: string) => string | undefined> = {
  employee: (world, id) => findEmployee(world, id)?.companyId,
  accountingEntry: (world, id) => findEntry(world, id)?.companyId,
  exportJob: (world, id) => findJob(world, id)?.companyId,
  tagGroup: (world, id) => findTagGroup(world, id)?.companyId,
  tag: (world, id) => findTag(world, id)?.companyId,
  taxCode: (world, id) => findTaxCode(world, id)?.companyId,
  account: (world, id) => findAccount(world, id)?.companyId,
  vendor: (world, id) => findVendor(world, id)?.companyId,
};
