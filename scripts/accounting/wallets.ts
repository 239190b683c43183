/**
 * Each company's Pleo accounts (wallets), one per currency, and the contra account each is mapped
 * to in the ERP: what Pleo's Export v3 needs before it exports. Nordlys AB also holds EUR (a
 * multi-currency company, which Export v2 refuses); Nordlys Ltd has not mapped its wallet, so its
 * exports fail with MISSING_CONTRA_ACCOUNTS.
 */
import type { Faker } from "@faker-js/faker";
import type { AccountingWorld } from "../../mock-server/core/world/accounting-world.ts";
import type { WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import { CURRENCY } from "./master-data.ts";

/** Wallet currencies besides the company's own, by country. */
const EXTRA_CURRENCIES: Record<string, string[]> = { SE: ["EUR"] };
/** Countries whose company has not mapped its wallets to contra accounts yet. */
const UNMAPPED: readonly string[] = ["GB"];

/** The wallets of every company, the company's own currency first. */
export function generateWallets(faker: Faker, companies: readonly WorldCompany[]): AccountingWorld["wallets"] {
  return companies.flatMap((company) => {
    const country = company.address.country;
    const currencies = [CURRENCY[country]!, ...(EXTRA_CURRENCIES[country] ?? [])];
    return currencies.map((currency, i) => {
      const code = String(1940 + i);
      return {
        id: faker.string.uuid(), companyId: company.id, currency, name: `Pleo ${currency} Account`,
        ...(!UNMAPPED.includes(country) && { contraAccount: { code, identifier: `ERP-${code}` } }),
      };
    });
  });
}
