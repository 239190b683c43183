/**
 * Finds the seeded world's records by name or role, so no test pastes a fixture's UUID. Each finder
 * takes a sandbox (its seeded fixtures), a world (e.g. `sandbox.state.world`, what it serves now) or
 * `seeded` (the default fixtures, for constants a test needs before any sandbox exists), and throws
 * when nothing matches: a renamed fixture fails at the lookup, not deep inside an assertion.
 */
import defaultFixtures from "../../fixtures/world.json" with { type: "json" };
import { fixturesSchema, type Fixtures, type ReadyMadeKey, type World, type WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import type { Sandbox } from "../../mock-server/core/world/state.ts";
import type { ExportJob, SandboxUser } from "../../mock-server/openapi/types.ts";

/** The default fixtures every `newSandbox()` is seeded from. */
export const seeded: Fixtures = fixturesSchema.parse(defaultFixtures);

/** A well-formed UUID no fixture has: for "no such record" cases. */
export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000001";

type From = Sandbox | World;
const worldOf = (from: From): World => ("fixtures" in from ? from.fixtures : from);
const fixturesOf = (from: Sandbox | Fixtures): Fixtures => ("fixtures" in from ? from.fixtures : from);

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The fixtures have no ${what}.`);
  return value;
}

export function companyNamed(from: From, name: string): WorldCompany {
  return found(worldOf(from).companies.find((c) => c.name === name), `company named "${name}"`);
}

export function organisationNamed(from: From, name: string): World["organisations"][number] {
  return found(worldOf(from).organisations.find((o) => o.name === name), `organisation named "${name}"`);
}

/** The company's user with that role; `organisationAdmin` picks the organisation's admin (or a plain one, by default). */
export function userWithRole(from: From, companyName: string, role: SandboxUser["role"], organisationAdmin = false): SandboxUser {
  const companyId = companyNamed(from, companyName).id;
  const user = worldOf(from).users.find((u) => u.companyId === companyId && u.role === role && u.organisationAdmin === organisationAdmin);
  return found(user, `${organisationAdmin ? "organisation " : ""}${role} in ${companyName}`);
}

/** A ready-made key by its slug (`full-access`, `organisation`, ...), with its public secret. */
export function readyMadeKey(from: Sandbox | Fixtures, slug: string): ReadyMadeKey {
  return found(fixturesOf(from).readyMadeKeys.find((k) => k.slug === slug), `ready-made key "${slug}"`);
}

/** The secret of a ready-made key by slug, or the argument itself when it is no slug (a raw secret). */
export function secretOf(from: Sandbox | Fixtures, slugOrSecret: string): string {
  return fixturesOf(from).readyMadeKeys.find((k) => k.slug === slugOrSecret)?.secret ?? slugOrSecret;
}

export function entriesOf(from: From, companyName: string): World["accountingEntries"] {
  const companyId = companyNamed(from, companyName).id;
  return worldOf(from).accountingEntries.filter((e) => e.companyId === companyId);
}

/** The company's export jobs, in fixture order. */
export function exportJobsOf(from: From, companyName: string): ExportJob[] {
  const companyId = companyNamed(from, companyName).id;
  return worldOf(from).exportJobs.filter((j) => j.companyId === companyId);
}

/** The company's first pending export job (the one a bookkeeper's Export click left waiting). */
export function pendingExportJob(from: From, companyName: string): ExportJob {
  return found(exportJobsOf(from, companyName).find((j) => j.status === "pending"), `pending export job in ${companyName}`);
}

/** Ids of the records some accounting entry (or split item) of the current world points at. */
export function usedIds(sandbox: Sandbox): Set<string> {
  const used = new Set<string>();
  for (const entry of sandbox.state.world.accountingEntries) {
    for (const ref of [entry, ...entry.splitItems]) {
      if (ref.accountId) used.add(ref.accountId);
      if (ref.taxCodeId) used.add(ref.taxCodeId);
      for (const t of ref.tags) used.add(t.tagId).add(t.tagGroupId);
    }
  }
  return used;
}

/** The seeded companies and organisation the master-data tests name, found by name. */
export const NORDLYS_APS = companyNamed(seeded, "Nordlys ApS").id;
export const NORDLYS_AB = companyNamed(seeded, "Nordlys AB").id;
export const NORDLYS_GROUP = organisationNamed(seeded, "Nordlys Group").id;
