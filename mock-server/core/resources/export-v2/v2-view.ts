/**
 * Export API v2's view of the jobs the lifecycle runs (domain rules, no HTTP): the same job, item
 * and export item as v3, through v2's enums and shapes, and v2's own rule that a company with wallets
 * in several currencies cannot use it (400 UNSUPPORTED_API_VERSION, "upgrade to v3").
 */
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { exportJobItemFailureReasonTypeV2Values, type ExportItem, type ExportJobItem, type Schemas } from "../../../openapi/types.ts";

type ItemFailureV2 = Schemas["ExportJobItemFailureReasonTypeV2"];
type ExportItemV2 = Schemas["ExportItemV2"];
type InvoiceStatusV2 = NonNullable<ExportItemV2["additionalInformation"]["invoiceInformation"]>["status"];

/** v3's failure reasons that v2's enum lacks (the ERP did not know a vendor, account, tax code or tag) read as this. */
const V3_ONLY_FAILURE: ItemFailureV2 = "accounting_system_validation_failure";

const isV2Failure = (value: string): value is ItemFailureV2 => (exportJobItemFailureReasonTypeV2Values as readonly string[]).includes(value);

/** A job item as v2 serves it. */
export function toJobItemV2({ failureReasonType, ...item }: ExportJobItem): Schemas["ExportJobItemV2"] {
  if (failureReasonType === undefined) return item;
  return { ...item, failureReasonType: isV2Failure(failureReasonType) ? failureReasonType : V3_ONLY_FAILURE };
}

/** The v3 export item of an entry as v2 serves it: no contra account, no tax accounts on the lines, a `teamCode`. */
export function toExportItemV2({ contraAccount: _contraAccount, accountingEntryLines, additionalInformation, subType, team, ...item }: ExportItem): ExportItemV2 {
  const { invoiceInformation: invoice, ...information } = additionalInformation;
  return {
    ...item,
    accountingEntryLines: accountingEntryLines.map(({ tax, ...line }) => {
      if (!tax) return line;
      const { ingoingTaxAccount: _in, outgoingTaxAccount: _out, ...taxV2 } = tax;
      return { ...line, tax: taxV2 };
    }),
    additionalInformation: { ...information, ...(invoice && { invoiceInformation: { ...invoice, status: invoiceStatusV2(invoice.status) } }) },
    ...(subType !== undefined && { subType }),
    ...(team && { team, ...(team.code !== undefined && { teamCode: team.code }) }),
  };
}

/** v3 types an invoice's status as a free string; the sandbox's are two of v2's enum. */
function invoiceStatusV2(status: string): InvoiceStatusV2 {
  return status === "paid" ? "paid" : "pending_approval";
}

/** Throws 400 UNSUPPORTED_API_VERSION for the first of these companies with wallets in more than one currency. */
export function refuseMultiCurrency(world: World, companyIds: readonly string[]): void {
  for (const companyId of companyIds) {
    const currencies = [...new Set(world.wallets.filter((w) => w.companyId === companyId).map((w) => w.currency))];
    if (currencies.length <= 1) continue;
    const company = world.companies.find((c) => c.id === companyId);
    throw errors.unsupportedApiVersion(company?.name ?? "unknown", companyId, currencies);
  }
}
