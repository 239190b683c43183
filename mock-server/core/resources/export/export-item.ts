/**
 * An accounting entry as the Export API hands it to an ERP (`ExportItemV3`): its lines with account,
 * tags and tax resolved from the master data, the contra account of the wallet it was paid from, the
 * supplier, vendor, team, user and receipt files.
 * Money here is `{currency, value}` in minor units, as Pleo's export items have it.
 */
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import { stableUuid } from "../../world/ids.ts";
import { toReceipt } from "../accounting-entries/receipts.ts";
import { taxBreakdown } from "../tax-codes/tax-arithmetic.ts";
import { contraAccountOf } from "./contra-accounts.ts";
import type { ExportItem, Money, Schemas } from "../../../openapi/types.ts";

type Amounts = Schemas["ExportAmounts"];
type Line = Schemas["ExportItemLine"];

const TYPE: Partial<Record<WorldEntry["family"], ExportItem["type"]>> = {
  CARD_PURCHASE: "card_purchase", OUT_OF_POCKET: "out_of_pocket", MILEAGE: "mileage", PER_DIEM: "per_diem",
  BILL_INVOICE: "invoice", BILL_INVOICE_PAYMENT: "invoice_payment", REIMBURSEMENT: "direct_reimbursement",
  CASHBACK: "cashback", PLEO_INVOICE: "fee", WALLET: "wallet_topup",
};

/** The export item `type` of an entry (refunds and ATM withdrawals are card purchases in Gjoll). */
function typeOf(entry: WorldEntry): ExportItem["type"] {
  if (entry.family === "CARD_PURCHASE" && entry.subFamily === "ATM") return "atm_withdrawal";
  if (entry.family === "CARD_PURCHASE" && entry.transactionValue.minors < 0) return "refund";
  if (entry.family === "WALLET" && entry.subFamily === "UNLOAD") return "wallet_unload";
  return TYPE[entry.family] ?? "card_purchase";
}

const money = ({ currency, minors }: Money) => ({ currency, value: minors });

/** Splits both currencies of `total` by `share` of the wallet amount. */
function amounts(supplier: Money, wallet: Money, walletMinors: number): Amounts {
  const share = wallet.minors === 0 ? 1 : walletMinors / wallet.minors;
  return { inSupplierCurrency: money({ ...supplier, minors: Math.round(supplier.minors * share) }), inWalletCurrency: money({ ...wallet, minors: walletMinors }) };
}

function scale(a: Amounts, factor: (value: number) => number): Amounts {
  return {
    inSupplierCurrency: { ...a.inSupplierCurrency, value: factor(a.inSupplierCurrency.value) },
    inWalletCurrency: { ...a.inWalletCurrency, value: factor(a.inWalletCurrency.value) },
  };
}

const withContraAccount = (contraAccount: Schemas["ExportContraAccount"] | undefined) => (contraAccount ? { contraAccount } : {});

/** Builds the export item of one entry; `now` dates the receipt URLs. */
export async function toExportItem(world: World, entry: WorldEntry, now: Date): Promise<ExportItem> {
  const wallet = entry.totalBillValue ?? entry.transactionValue;
  const parts = entry.splitItems.length > 0
    ? entry.splitItems.map((s) => ({ id: s.id, accountId: s.accountId, taxCodeId: s.taxCodeId, tags: s.tags, minors: s.totalBillValue?.minors ?? 0 }))
    : [{ id: await stableUuid(`line:${entry.id}`), accountId: entry.accountId, taxCodeId: entry.taxCodeId, tags: entry.tags, minors: wallet.minors }];

  const lines = parts.map((part): Line => {
    const lineAmount = amounts(entry.transactionValue, wallet, part.minors);
    const account = world.accounts.find((a) => a.id === part.accountId);
    const taxCode = world.taxCodes.find((t) => t.id === part.taxCodeId);
    // The line's amount under its tax code, by the same arithmetic as POST /v0/tax-codes:calculate-tax-amounts.
    const breakdown = (minors: number) => (taxCode ? taxBreakdown(minors, taxCode) : { gross: minors, net: minors, tax: 0 });
    const tax = scale(lineAmount, (minors) => breakdown(minors).tax);
    const net = scale(lineAmount, (minors) => breakdown(minors).net);
    const tags = part.tags.flatMap((t) => {
      const tag = world.tags.find((x) => x.id === t.tagId);
      const group = world.tagGroups.find((g) => g.id === t.tagGroupId);
      return tag && group ? [{ id: tag.id, code: tag.code, groupCode: group.code }] : [];
    });
    return {
      accountingEntryLineId: part.id, lineAmount, netAmount: net, tags,
      ...(account && { account: { id: account.id, name: account.name, ...(account.code && { code: account.code }), identifier: account.externalId } }),
      ...(taxCode && {
        tax: {
          id: taxCode.id, rate: taxCode.rate, type: taxCode.type, amount: tax, ...(taxCode.code && { code: taxCode.code }),
          ...(taxCode.ingoingTaxAccount && { ingoingTaxAccount: taxCode.ingoingTaxAccount }),
          ...(taxCode.outgoingTaxAccount && { outgoingTaxAccount: taxCode.outgoingTaxAccount }),
        },
      }),
    };
  });

  const employee = world.employees.find((e) => e.id === entry.employeeId);
  const team = world.teams.find((t) => t.id === entry.teamId);
  const vendor = world.vendors.find((v) => v.id === entry.details.vendorId);
  const receipts = entry.receiptIds.length === 0 ? [] : world.receipts.filter((r) => entry.receiptIds.includes(r.id));
  const attendees = entry.attendees.flatMap((a) => {
    const person = world.employees.find((e) => e.id === a.attendableId);
    return person ? [`${person.firstName} ${person.lastName}`] : [];
  });
  return {
    _links: { api: { exportItem: `/v1/accounting-entries/${entry.id}` }, web: { exportItem: `https://app.staging.pleo.io/export?accountingEntryId=${entry.id}` } },
    accountingEntryId: entry.id, companyId: entry.companyId, date: entry.bookkeepingDate ?? entry.performedAt, type: typeOf(entry),
    ...(entry.subFamily === "REIMBURSEMENT_TO_EMPLOYEE" && entry.family === "REIMBURSEMENT" && { subType: "reimbursement_to_employee" as const }),
    amount: amounts(entry.transactionValue, wallet, wallet.minors),
    accountingEntryLines: lines,
    additionalInformation: {
      reconciliationId: entry.details.reconciliationId,
      ...(attendees.length > 0 && { attendees }),
      ...(entry.details.invoiceNumber && {
        invoiceInformation: {
          invoiceNumber: entry.details.invoiceNumber, invoiceDate: entry.performedAt, status: entry.settledAt ? "paid" : "pending_approval",
          dueDate: new Date(Date.parse(entry.performedAt) + 30 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
        },
      }),
    },
    bookkeeping: { method: "none" },
    ...withContraAccount(contraAccountOf(world, entry.companyId, wallet.currency)),
    files: receipts.map((r) => {
      const receipt = toReceipt(r, undefined, now);
      return { url: receipt.url, size: receipt.sizeInBytes, type: receipt.mimeType };
    }),
    ...(entry.note && { note: entry.note }),
    supplier: {
      name: entry.details.merchant, categoryCode: entry.details.categoryCode, country: entry.details.country,
      ...(vendor?.code && { code: vendor.code }), ...(vendor?.taxRegistrationNumber && { taxIdentifier: vendor.taxRegistrationNumber }),
    },
    ...(team && { team: { id: team.id, name: team.name, code: team.code } }),
    ...(employee && { user: { id: employee.id, name: `${employee.firstName} ${employee.lastName}`, ...(employee.code && { code: employee.code }) } }),
    ...(vendor && {
      vendor: {
        id: vendor.id, name: vendor.name, defaultCurrency: vendor.defaultCurrency,
        ...(vendor.code && { code: vendor.code }), ...(vendor.externalId && { externalId: vendor.externalId }), ...(vendor.country && { country: vendor.country }),
        ...(vendor.registrationNumber && { registrationNumber: vendor.registrationNumber }),
        ...(vendor.taxRegistrationNumber && { taxRegistrationNumber: vendor.taxRegistrationNumber }),
      },
    }),
  };
}
