/**
 * Per-company master data the accounting entries point at: teams, tag groups and tags, tax codes,
 * chart-of-accounts accounts and vendors, with Pleo's field names.
 */
import type { Faker } from "@faker-js/faker";
import type { AccountingWorld } from "../../mock-server/core/world/accounting-world.ts";
import type { WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import type { CountryCode } from "../../mock-server/openapi/types.ts";

export type MasterData = Pick<AccountingWorld, "teams" | "tagGroups" | "tags" | "taxCodes" | "accounts" | "vendors">;

/** Each company's wallet currency, by country. */
export const CURRENCY: Record<string, string> = { DK: "DKK", SE: "SEK", GB: "GBP", NO: "NOK" };

const TEAMS = ["Sales", "Engineering", "Marketing", "Operations"];

/** [name, code, rate, type] per country; the first is the standard rate. */
const TAX_CODES: Record<string, [string, string, number, "inclusive" | "exclusive" | "reverse"][]> = {
  DK: [["Standardmoms (25 %)", "01", 0.25, "inclusive"], ["Momsfri (0 %)", "02", 0, "inclusive"], ["EU reverse charge (25 %)", "03", 0.25, "reverse"]],
  SE: [["Moms 25 %", "MP1", 0.25, "inclusive"], ["Moms 12 %", "MP2", 0.12, "inclusive"], ["Moms 6 %", "MP3", 0.06, "inclusive"], ["Momsfri", "MF", 0, "inclusive"], ["Omvänd skattskyldighet EU", "EU", 0.25, "reverse"]],
  GB: [["Standard rate (20 %)", "T1", 0.2, "inclusive"], ["Reduced rate (5 %)", "T5", 0.05, "inclusive"], ["Zero rated (0 %)", "T0", 0, "inclusive"], ["Reverse charge (20 %)", "T20R", 0.2, "reverse"]],
  NO: [["Inngående mva 25 %", "1", 0.25, "inclusive"], ["Inngående mva 15 %", "11", 0.15, "inclusive"], ["Inngående mva 12 %", "13", 0.12, "inclusive"], ["Fritatt (0 %)", "0", 0, "inclusive"]],
};

/** The chart of accounts: [kind, name, code]; kinds are what entries are booked by. */
export const ACCOUNTS = [
  ["meals", "Meals and entertainment", "6010"],
  ["travel", "Travel", "6020"],
  ["mileage", "Mileage allowance", "6030"],
  ["per-diem", "Per diem allowance", "6040"],
  ["software", "Software subscriptions", "6100"],
  ["office", "Office supplies", "6110"],
  ["marketing", "Advertising and marketing", "6200"],
  ["phone", "Phone and internet", "6300"],
  ["training", "Training and conferences", "6400"],
  ["bank", "Bank charges", "6500"],
  ["hardware", "Computer equipment", "6600"],
  ["services", "Professional services", "6700"],
  ["fuel", "Fuel", "6800"],
] as const;
export type AccountKind = (typeof ACCOUNTS)[number][0];

/** Kinds booked without tax (allowances, bank charges). */
export const TAX_FREE: readonly AccountKind[] = ["mileage", "per-diem", "bank"];

const PROJECTS = ["Atlas", "Borealis", "Comet", "Delta", "Ember", "Fjord"];
const COST_CENTRES = [["100", "Sales"], ["200", "Research and development"], ["300", "Administration"], ["400", "Marketing"], ["500", "Operations"]];

/** Master data for every company, drawn from the accounting faker in a fixed order. */
export function generateMasterData(faker: Faker, companies: readonly WorldCompany[]): MasterData {
  const uuid = () => faker.string.uuid();
  const since = (days: number) => new Date(Date.parse("2025-03-01T09:00:00Z") + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const data: MasterData = { teams: [], tagGroups: [], tags: [], taxCodes: [], accounts: [], vendors: [] };

  for (const company of companies) {
    const country = company.address.country;
    TEAMS.forEach((name, i) => data.teams.push({ id: uuid(), companyId: company.id, name, code: `T-${String(i + 1).padStart(2, "0")}` }));

    const groups: [string, string, [string, string][]][] = [
      ["Project", "PRJ", PROJECTS.map((p, i) => [`P-${100 + i}`, `Project ${p}`])],
      ["Cost centre", "CC", COST_CENTRES.map(([code, name]) => [code!, name!])],
    ];
    groups.forEach(([name, code, tags], g) => {
      const group = {
        id: uuid(), companyId: company.id, name, code, archived: false,
        metadata: { externalExtraId: uuid() }, createdAt: since(g), updatedAt: since(g + 30),
      };
      data.tagGroups.push(group);
      // The last tag of each group is archived: still resolvable from old entries, no longer offered.
      tags.forEach(([tagCode, tagName], t) =>
        data.tags.push({ id: uuid(), groupId: group.id, code: tagCode, name: tagName, archived: t === tags.length - 1, createdAt: since(g + t), updatedAt: since(g + t + 10) }),
      );
    });

    for (const [i, [name, code, rate, type]] of (TAX_CODES[country] ?? TAX_CODES.DK!).entries()) {
      data.taxCodes.push({
        id: uuid(), companyId: company.id, name, code, rate, type, archived: false,
        ingoingTaxAccount: `56${String(i + 1).padStart(2, "0")}`, ...(type === "reverse" && { outgoingTaxAccount: `57${String(i + 1).padStart(2, "0")}` }),
        createdAt: since(i), updatedAt: since(i + 5),
      });
    }
    const standard = data.taxCodes.filter((t) => t.companyId === company.id)[0]!;
    const zero = data.taxCodes.find((t) => t.companyId === company.id && t.rate === 0)!;
    for (const [kind, name, code] of ACCOUNTS) {
      data.accounts.push({
        id: uuid(), companyId: company.id, externalId: `GL-${code}`, name, code, archived: false,
        taxCodeExternalId: TAX_FREE.includes(kind) ? zero.code : standard.code,
      });
    }
    data.accounts.push({ id: uuid(), companyId: company.id, externalId: "GL-6999", name: "Miscellaneous (closed)", code: "6999", archived: true });

    for (let v = 0; v < 15; v++) {
      const domestic = v < 10;
      const vendorCountry = domestic ? country : faker.helpers.arrayElement(["DE", "NL", "IE", "US"]);
      data.vendors.push({
        id: uuid(), companyId: company.id, name: faker.company.name(),
        defaultCurrency: domestic ? CURRENCY[country]! : vendorCountry === "US" ? "USD" : "EUR",
        state: v === 14 ? "ARCHIVED" : v >= 12 ? "DRAFT" : "ACTIVE",
        code: `V-${1001 + v}`, ...(v < 12 && { externalId: `ERP-V${1001 + v}` }), country: vendorCountry as CountryCode,
        registrationNumber: faker.string.numeric(8), taxRegistrationNumber: `${vendorCountry}${faker.string.numeric(9)}`,
        createdAt: since(40 + v), updatedAt: since(60 + v),
      });
    }
  }
  return data;
}
