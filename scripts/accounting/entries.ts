/**
 * Accounting entries across Pleo's families, with receipts, for one company. Every id an entry
 * carries (employee, team, account, tax code, tags, vendor, receipts) is taken from the world.
 */
import type { Faker } from "@faker-js/faker";
import type { WorldEntry, WorldReceipt } from "../../mock-server/core/world/accounting-world.ts";
import type { WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import type { Employee, Money } from "../../mock-server/openapi/types.ts";
import { ACCOUNTS, CURRENCY, TAX_FREE, type AccountKind, type MasterData } from "./master-data.ts";

export const ENTRIES_PER_COMPANY = 210;
const FROM = Date.parse("2026-08-01T00:00:00Z");
const TO = Date.parse("2026-11-22T18:00:00Z");
const DAY = 86_400_000;

type Family = WorldEntry["family"];
type SubFamily = WorldEntry["subFamily"];

/** [weight, family, subFamily, account kinds, major-unit range, receipts?] */
const PLAN: [number, Family, SubFamily, AccountKind[], [number, number], boolean][] = [
  [55, "CARD_PURCHASE", "ONLINE", ["software", "marketing", "office", "travel", "phone", "training", "hardware"], [50, 6000], true],
  [45, "CARD_PURCHASE", "IN_STORE", ["meals", "office", "fuel", "travel"], [40, 2500], true],
  [4, "CARD_PURCHASE", "ATM", ["bank"], [200, 2000], false],
  [8, "CARD_PURCHASE", "ONLINE", ["software", "office", "hardware"], [-1500, -60], true], // refunds
  [25, "OUT_OF_POCKET", "REIMBURSEMENT_TO_EMPLOYEE", ["meals", "travel", "office"], [30, 1800], true],
  [15, "MILEAGE", undefined, ["mileage"], [40, 900], false],
  [10, "PER_DIEM", undefined, ["per-diem"], [300, 2400], false],
  [26, "BILL_INVOICE", undefined, ["services", "software", "marketing", "hardware"], [800, 40000], true],
  [8, "BILL_INVOICE_PAYMENT", "BILL_INVOICE_PAYMENT_RECEIVED", ["services"], [800, 20000], false],
  [5, "REIMBURSEMENT", "REIMBURSEMENT_TO_EMPLOYEE", ["travel"], [100, 3000], false],
  [3, "WALLET", "LOAD", ["bank"], [20000, 100000], false],
  [3, "CASHBACK", undefined, ["bank"], [10, 300], false],
  [3, "PLEO_INVOICE", "PLEO_INVOICE", ["software"], [400, 1200], true],
];

/** Merchant category codes (MCC) by account kind. */
const MCC: Record<AccountKind, string> = {
  meals: "5812", travel: "4511", mileage: "4121", "per-diem": "7011", software: "5734", office: "5943", marketing: "7311",
  phone: "4814", training: "8299", bank: "6011", hardware: "5732", services: "8999", fuel: "5541",
};

/** Euros per unit of each wallet currency, for card purchases abroad. */
const EUR_PER_UNIT: Record<string, number> = { DKK: 0.134, SEK: 0.087, GBP: 1.17, NOK: 0.085 };

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

export interface CompanyEntries {
  entries: WorldEntry[];
  receipts: WorldReceipt[];
}

/** ENTRIES_PER_COMPANY entries for one company, oldest first. */
export function generateEntries(faker: Faker, company: WorldCompany, employees: readonly Employee[], master: MasterData): CompanyEntries {
  const uuid = () => faker.string.uuid();
  const currency = CURRENCY[company.address.country]!;
  const teams = master.teams.filter((t) => t.companyId === company.id);
  const accounts = master.accounts.filter((a) => a.companyId === company.id && !a.archived);
  const taxCodes = master.taxCodes.filter((t) => t.companyId === company.id);
  const groups = master.tagGroups.filter((g) => g.companyId === company.id);
  const vendors = master.vendors.filter((v) => v.companyId === company.id && v.state === "ACTIVE");
  const merchants = Array.from({ length: 40 }, () => faker.company.name());
  const accountOf = (kind: AccountKind) => accounts.find((a) => a.code === ACCOUNTS.find(([k]) => k === kind)![2])!;
  const taxOf = (kind: AccountKind) => (TAX_FREE.includes(kind) ? taxCodes.find((t) => t.rate === 0)! : taxCodes[0]!);
  const teamOf = (employee: Employee) => teams[employees.indexOf(employee) % teams.length]!;
  const receipts: WorldReceipt[] = [];

  const times = Array.from({ length: ENTRIES_PER_COMPANY }, () => faker.number.int({ min: FROM, max: TO })).sort((a, b) => a - b);
  const entries = times.map((performed, n): WorldEntry => {
    const [, family, subFamily, kinds, [low, high], hasReceipts] = faker.helpers.weightedArrayElement(
      PLAN.map((row) => ({ weight: row[0], value: row })),
    );
    const kind = faker.helpers.arrayElement(kinds);
    const account = accountOf(kind);
    const taxCode = taxOf(kind);
    const employee = faker.helpers.arrayElement(employees);
    const personal = !["WALLET", "CASHBACK", "PLEO_INVOICE", "BILL_INVOICE", "BILL_INVOICE_PAYMENT"].includes(family);
    const vendor = family.startsWith("BILL_INVOICE") ? faker.helpers.arrayElement(vendors) : undefined;
    const foreign = family === "CARD_PURCHASE" && faker.datatype.boolean(0.15) ? faker.helpers.arrayElement(["EUR", "USD"]) : undefined;
    const billMinors = Math.round(faker.number.float({ min: low, max: high, fractionDigits: 2 }) * 100);
    const rate = EUR_PER_UNIT[currency]! * (foreign === "USD" ? 1.08 : 1);
    const transactionValue: Money = foreign ? { currency: foreign, minors: Math.round(billMinors * rate) } : { currency, minors: billMinors };
    const totalBillValue: Money = { currency, minors: billMinors };

    const recent = performed > TO - 10 * DAY;
    const status = recent && family === "OUT_OF_POCKET" ? "PENDING" : recent && faker.datatype.boolean(0.1) ? "DRAFT" : faker.datatype.boolean(0.01) ? "REJECTED" : "COMPLETED";
    const settled = family === "CARD_PURCHASE" || family === "WALLET" || family === "CASHBACK" || family === "BILL_INVOICE_PAYMENT"
      ? performed + faker.number.int({ min: 1, max: 3 }) * DAY
      : status === "COMPLETED" && family !== "BILL_INVOICE" ? performed + faker.number.int({ min: 5, max: 20 }) * DAY : undefined;
    const settledAt = settled !== undefined && settled < TO + 2 * DAY ? iso(settled) : undefined;
    const created = performed + faker.number.int({ min: 60, max: 7200 }) * 1000;

    const id = uuid();
    const receiptIds: string[] = [];
    if (hasReceipts && faker.datatype.boolean(0.93)) {
      for (let r = 0; r < (faker.datatype.boolean(0.12) ? 2 : 1); r++) {
        const mimeType = faker.helpers.arrayElement(["image/jpeg", "image/jpeg", "application/pdf", "image/png", "image/heic"] as const);
        const receipt: WorldReceipt = {
          id: uuid(), accountingEntryId: id, createdAt: iso(created + (r + 1) * 90_000), fileType: "ORIGINAL", mimeType,
          sizeInBytes: faker.number.int({ min: 40_000, max: 2_400_000 }),
          source: family === "BILL_INVOICE" ? "EMAIL_FORWARDING" : faker.helpers.arrayElement(["CAMERA", "CAMERA", "APP_SHARE", "EMAIL_FETCHING", "USER"] as const),
        };
        receipts.push(receipt);
        receiptIds.push(receipt.id);
      }
    }
    const tags = groups.flatMap((group) => {
      if (!faker.datatype.boolean(0.45)) return [];
      const live = master.tags.filter((t) => t.groupId === group.id && !t.archived);
      return [{ tagGroupId: group.id, tagId: faker.helpers.arrayElement(live).id }];
    });
    const split = family === "CARD_PURCHASE" && billMinors > 20000 && faker.datatype.boolean(0.15);
    const splitItems = split
      ? [0.6, 0.4].map((share, s) => {
          const part = s === 0 ? account : accountOf("office");
          return {
            id: uuid(), createdAt: iso(created + DAY), updatedAt: iso(created + DAY), tags: s === 0 ? tags : [],
            accountId: part.id, accountCode: part.code, taxCodeId: taxCode.id,
            totalBillValue: { currency, minors: s === 0 ? Math.round(billMinors * share) : billMinors - Math.round(billMinors * 0.6) },
          };
        })
      : [];
    const attendees = kind === "meals" && faker.datatype.boolean(0.25)
      ? faker.helpers.arrayElements(employees, { min: 1, max: 3 }).map((e) => ({ id: uuid(), attendableId: e.id, attendableType: "EMPLOYEE" }))
      : [];
    const invoiceNumber = vendor ? `INV-${faker.string.numeric(6)}` : undefined;
    const deleted = n % 97 === 50; // two per company: found only with includeDeleted
    return {
      id, companyId: company.id, family, ...(subFamily && { subFamily }),
      status: deleted ? "CANCELLED" : status,
      reviewStatus: status === "PENDING" ? "WAITING_FOR_REVIEWER" : status === "DRAFT" ? "NOT_SET" : status === "REJECTED" ? "NOT_OK" : faker.helpers.arrayElement(["OK", "NOT_REQUIRED"] as const),
      exportStatus: status === "DRAFT" ? "NOT_CREATED" : "NOT_EXPORTED", // export history sets the rest
      performedAt: iso(performed), ...(settledAt && { settledAt }),
      ...(status !== "DRAFT" && { bookkeepingDate: settledAt && family !== "OUT_OF_POCKET" ? settledAt : iso(performed) }),
      createdAt: iso(created), updatedAt: iso(created + faker.number.int({ min: 0, max: 3 }) * DAY),
      ...(deleted && { deletedAt: iso(created + 2 * DAY) }),
      ...(personal && { employeeId: employee.id, teamId: teamOf(employee).id }),
      ...(status !== "DRAFT" && { accountId: account.id, accountCode: account.code, taxCodeId: taxCode.id }),
      transactionValue, totalBillValue,
      ...(faker.datatype.boolean(0.35) && { note: noteFor(faker, kind) }),
      receiptIds, tags, splitItems, attendees,
      ...(vendor && { supplier: { documentNumber: invoiceNumber, documentType: "INVOICE", externalSupplierId: vendor.externalId } }),
      details: {
        merchant: vendor?.name ?? (family === "MILEAGE" || family === "PER_DIEM" ? `${employee.firstName} ${employee.lastName}` : family === "PLEO_INVOICE" || family === "WALLET" || family === "CASHBACK" ? "Pleo Technologies A/S" : faker.helpers.arrayElement(merchants)),
        categoryCode: MCC[kind],
        country: vendor?.country ?? (foreign ? (foreign === "USD" ? "US" : "DE") : company.address.country),
        ...(vendor && { vendorId: vendor.id, invoiceNumber }),
        reconciliationId: faker.string.numeric(7),
      },
    };
  });
  return { entries, receipts };
}

function noteFor(faker: Faker, kind: AccountKind): string {
  const city = faker.location.city();
  const notes: Partial<Record<AccountKind, string>> = {
    meals: `Lunch with a client in ${city}`, travel: `Trip to ${city}`, mileage: `Drive to a customer in ${city}`,
    "per-diem": `Two days in ${city}`, training: `Conference in ${city}`, hardware: "Replacement laptop charger",
  };
  return notes[kind] ?? `For the ${faker.commerce.department().toLowerCase()} team`;
}
