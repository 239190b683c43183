/**
 * The accounting part of the default world, from its own faker seeded with `seed + 1`, so adding it
 * left every id the core world already had unchanged.
 */
import { Faker, base, en } from "@faker-js/faker";
import type { AccountingWorld } from "../../mock-server/core/world/accounting-world.ts";
import type { WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import type { Employee, SandboxUser } from "../../mock-server/openapi/types.ts";
import { generateEntries } from "./entries.ts";
import { generateExportHistory } from "./export-history.ts";
import { generateMasterData } from "./master-data.ts";
import { generateTagDimensions } from "./tag-dimensions.ts";
import { generateWallets } from "./wallets.ts";

interface CoreWorld {
  companies: readonly WorldCompany[];
  employees: readonly Employee[];
  users: readonly SandboxUser[];
}

/** Master data (with tag dimensions), wallets, entries, receipts and export jobs for every company of the core world. */
export function generateAccounting(seed: number, world: CoreWorld): AccountingWorld {
  const faker = new Faker({ locale: [en, base], seed: seed + 1 });
  faker.setDefaultRefDate("2026-01-01T00:00:00Z");
  const master = generateMasterData(faker, world.companies);
  const { teams, tagGroups, tags, ...rest } = master;
  const dimensions = generateTagDimensions(seed, master);
  const out: AccountingWorld = { teams, tagGroups, tags, ...dimensions, ...rest, wallets: [], accountingEntries: [], receipts: [], exportJobs: [], exportJobItems: [] };
  world.companies.forEach((company, c) => {
    const employees = world.employees.filter((e) => e.companyId === company.id);
    const { entries, receipts } = generateEntries(faker, company, employees, master);
    const bookkeeper = world.users.find((u) => u.companyId === company.id && u.role === "bookkeeper")!;
    const history = generateExportHistory(faker, company.id, entries, bookkeeper.id, c === 0);
    out.accountingEntries.push(...entries);
    out.receipts.push(...receipts);
    out.exportJobs.push(...history.exportJobs);
    out.exportJobItems.push(...history.exportJobItems);
  });
  // Drawn last, so every id drawn before them stays where it was.
  out.wallets = generateWallets(faker, world.companies);
  return out;
}
