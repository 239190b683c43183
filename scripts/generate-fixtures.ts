/**
 * Writes fixtures/world.json, the default world, from a seeded faker (`npm run fixtures`).
 * The same seed gives the same file byte for byte; `--check` exits 1 when the committed file differs.
 */
import { fileURLToPath } from "node:url";
import { Faker, base, en } from "@faker-js/faker";
import { fixturesSchema, type Fixtures, type ReadyMadeKey, type WorldCompany } from "../mock-server/core/world/fixtures.ts";
import { scopeValues, type Scope } from "../mock-server/openapi/types.ts";
import { generateAccounting } from "./accounting/generate-accounting.ts";
import { generateOAuth } from "./oauth/generate-oauth.ts";
import { isMain, writeOrCheck } from "./write-or-check.ts";

export const DEFAULT_SEED = 20261124;
const EMPLOYEES_PER_COMPANY = 24;
const outPath = fileURLToPath(new URL("../fixtures/world.json", import.meta.url));

interface CompanyPlan {
  name: string;
  org: number;
  country: string;
  domain: string;
  apiKeys: boolean;
}

const ORGANISATIONS = ["Nordlys Group", "Fjordlys Studio"];
const COMPANIES: CompanyPlan[] = [
  { name: "Nordlys ApS", org: 0, country: "DK", domain: "nordlys.dk", apiKeys: true },
  { name: "Nordlys AB", org: 0, country: "SE", domain: "nordlys.se", apiKeys: true },
  { name: "Nordlys Ltd", org: 0, country: "GB", domain: "nordlys.co.uk", apiKeys: false },
  { name: "Fjordlys Studio AS", org: 1, country: "NO", domain: "fjordlys.no", apiKeys: true },
];

/** Builds the default world for a seed. Pure: no clock, no randomness but the seeded faker. */
export function generateWorld(seed: number = DEFAULT_SEED): Fixtures {
  const faker = new Faker({ locale: [en, base], seed });
  faker.setDefaultRefDate("2026-01-01T00:00:00Z");
  const uuid = () => faker.string.uuid();

  const organisations = ORGANISATIONS.map((name) => ({ id: uuid(), name }));
  const companies: WorldCompany[] = COMPANIES.map((plan) => ({
    id: uuid(),
    name: plan.name,
    organisationId: organisations[plan.org]!.id,
    features: plan.apiKeys ? ["api-keys"] : [],
    registrationNumber: faker.string.numeric(8),
    address: {
      addressLine1: faker.location.streetAddress(),
      locality: faker.location.city(),
      postalCode: faker.location.zipCode("####"),
      country: plan.country,
    },
  }));

  const employees = companies.flatMap((company, c) =>
    Array.from({ length: EMPLOYEES_PER_COMPANY }, (_, i) => {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      return {
        id: uuid(),
        companyId: company.id,
        email: `${firstName}.${lastName}.${i + 1}@${COMPANIES[c]!.domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
        firstName,
        lastName,
        code: `EMP-${String(c + 1)}${String(i + 1).padStart(3, "0")}`,
        jobTitle: faker.person.jobTitle(),
        phone: faker.phone.number({ style: "international" }),
      };
    }),
  );

  // The first employees of each company are its web-app users; the first company also has the
  // organisation admin, who alone may create organisation-level keys.
  const roles = ["admin", "bookkeeper", "employee"] as const;
  const users = companies.flatMap((company, c) => {
    const staff = employees.filter((e) => e.companyId === company.id);
    const plain = roles.map((role, i) => ({ employee: staff[i]!, role, organisationAdmin: false }));
    const orgAdmin = c === 0 ? [{ employee: staff[3]!, role: "admin" as const, organisationAdmin: true }] : [];
    return [...plain, ...orgAdmin].map(({ employee, role, organisationAdmin }) => ({
      id: employee.id,
      name: `${employee.firstName} ${employee.lastName}`,
      email: employee.email,
      role,
      companyId: company.id,
      organisationAdmin,
    }));
  });

  const [nordlysDk, , nordlysLtd] = companies;
  const adminOf = (companyId: string, organisationAdmin = false) =>
    users.find((u) => u.companyId === companyId && u.role === "admin" && u.organisationAdmin === organisationAdmin)!.id;
  const reads = scopeValues.filter((s) => s.endsWith(":read"));
  const key = (
    slug: string,
    description: string,
    scopes: readonly Scope[],
    overrides: Partial<ReadyMadeKey> = {},
  ): ReadyMadeKey => ({
    slug,
    description,
    secret: "pls_" + faker.string.alphanumeric(40),
    id: uuid(),
    name: `Sandbox ${slug}`,
    ownerCompanyId: nordlysDk!.id,
    createdBy: adminOf(nordlysDk!.id),
    accessLevel: { type: "company", companyId: nordlysDk!.id },
    scopes: [...scopes],
    createdAt: "2026-01-05T09:00:00Z",
    expiresAt: "2099-12-31T23:59:59Z",
    ...overrides,
  });

  const readyMadeKeys = [
    key("full-access", "Nordlys ApS, every scope.", scopeValues),
    key("read-only", "Nordlys ApS, every :read scope.", reads),
    key("users-only", "Nordlys ApS, users:read only: any other operation is missing its scope.", ["users:read"]),
    key("expired", "Nordlys ApS, every scope, expired on 2025-06-30.", scopeValues, {
      createdAt: "2025-01-02T09:00:00Z",
      expiresAt: "2025-06-30T00:00:00Z",
    }),
    key("revoked", "Nordlys ApS, every scope, deleted on 2026-02-01.", scopeValues, {
      deletedAt: "2026-02-01T12:00:00Z",
    }),
    key("organisation", "Nordlys Group (all three companies), every scope.", scopeValues, {
      accessLevel: { type: "organisation", organisationId: organisations[0]!.id },
      createdBy: adminOf(nordlysDk!.id, true),
    }),
    key("no-feature", "Nordlys Ltd, which does not have the API-keys feature: every call is refused.", scopeValues, {
      ownerCompanyId: nordlysLtd!.id,
      createdBy: adminOf(nordlysLtd!.id),
      accessLevel: { type: "company", companyId: nordlysLtd!.id },
    }),
  ];

  // Drawn from fakers of their own (seed + 1, seed + 2), after everything above, so the ids above never move.
  const accounting = generateAccounting(seed, { companies, employees, users });
  const { oauth, integratedKeys } = generateOAuth(seed, { companies, users, scopes: scopeValues });
  return fixturesSchema.parse({ seed, organisations, companies, users, employees, readyMadeKeys: [...readyMadeKeys, ...integratedKeys], oauth, ...accounting });
}

/** The exact text of fixtures/world.json for a seed. */
export function renderWorld(seed: number = DEFAULT_SEED): string {
  return JSON.stringify(generateWorld(seed), null, 2) + "\n";
}

if (isMain(import.meta.url)) await writeOrCheck(outPath, renderWorld(), "npm run fixtures");
