/**
 * The accounting part of the seeded world: master data (teams, tag groups with their dimensions,
 * tags with their dimension values, tax codes, chart-of-accounts accounts, vendors), the companies'
 * wallets and their contra accounts, accounting entries with their receipts, and export jobs.
 * Master data is kept with Pleo's own field names, so the operations that serve it can return it as is.
 */
import { z } from "zod";
import {
  accountingEntryFamilyValues,
  accountingEntryStatusValues,
  accountingEntrySubFamilyValues,
  exportJobFailureReasonTypeValues,
  exportJobItemFailureReasonTypeValues,
  exportJobItemStatusValues,
  exportJobStatusValues,
  exportStatusValues,
  receiptFileTypeValues,
  receiptMimeTypeValues,
  receiptSourceValues,
  reviewStatusValues,
  taxCodeTypeValues,
  vendorStateValues,
  countryCodeValues,
  type Account,
  type AccountingEntry,
  type ExportJob,
  type ExportJobItem,
  type Money,
  type Receipt,
  type Tag,
  type TagDimensionValue,
  type TagGroup,
  type TagGroupDimension,
  type TaxCode,
  type Team,
  type Vendor,
} from "../../openapi/types.ts";
import { enumOf } from "../http/enum-of.ts";

const timestamp = z.iso.datetime();
const id = z.uuid();

export const moneySchema = z.object({ currency: z.string().length(3), minors: z.number().int() }) satisfies z.ZodType<Money>;

const teamSchema = z.object({ id, companyId: id, name: z.string(), code: z.string() }) satisfies z.ZodType<Team>;

const tagGroupSchema = z.object({
  id, companyId: id, name: z.string(), code: z.string(), archived: z.boolean(),
  metadata: z.record(z.string(), z.string()), createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<TagGroup>;

const tagSchema = z.object({
  id, groupId: id, code: z.string(), name: z.string().optional(), archived: z.boolean(), createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<Tag>;

const tagGroupDimensionSchema = z.object({
  id, groupId: id, code: z.string(), name: z.string(), displayOrder: z.number().int(), visible: z.boolean(),
  createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<TagGroupDimension>;

const tagDimensionValueSchema = z.object({
  tagId: id, dimensionId: id, value: z.string(), createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<TagDimensionValue>;

const taxCodeSchema = z.object({
  id, companyId: id, name: z.string(), code: z.string().optional(), rate: z.number().min(0).max(1),
  type: enumOf(taxCodeTypeValues), archived: z.boolean(), ingoingTaxAccount: z.string().optional(),
  outgoingTaxAccount: z.string().optional(), createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<TaxCode>;

const accountSchema = z.object({
  id, companyId: id, externalId: z.string().min(1).max(255), name: z.string(), archived: z.boolean(),
  code: z.string().optional(), taxCodeExternalId: z.string().optional(), metadata: z.record(z.string(), z.unknown()).optional(),
}) satisfies z.ZodType<Account>;

const vendorSchema = z.object({
  id, companyId: id, name: z.string(), defaultCurrency: z.string().length(3), state: enumOf(vendorStateValues),
  code: z.string().optional(), externalId: z.string().optional(), country: enumOf(countryCodeValues).optional(),
  registrationNumber: z.string().optional(), taxRegistrationNumber: z.string().optional(), createdAt: timestamp, updatedAt: timestamp,
}) satisfies z.ZodType<Vendor>;

/**
 * A Pleo account (wallet) of a company in one currency, and the contra account it maps to in the
 * ERP (`code`, `identifier`); Export v3 refuses a company with a wallet not mapped yet.
 */
const walletSchema = z.object({
  id, companyId: id, currency: z.string().length(3), name: z.string(),
  contraAccount: z.object({ code: z.string(), identifier: z.string() }).optional(),
});

const entryTagSchema = z.object({ tagGroupId: id, tagId: id });

/**
 * An accounting entry as Pleo serves it, plus `details`: what the sandbox needs to build export
 * items (merchant, vendor, invoice) that Pleo's entry model does not carry. Never served.
 */
const worldEntrySchema = z.object({
  id, companyId: id, family: enumOf(accountingEntryFamilyValues), subFamily: enumOf(accountingEntrySubFamilyValues).optional(),
  status: enumOf(accountingEntryStatusValues), reviewStatus: enumOf(reviewStatusValues), exportStatus: enumOf(exportStatusValues),
  performedAt: timestamp, settledAt: timestamp.optional(), bookkeepingDate: timestamp.optional(),
  createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.optional(),
  employeeId: id.optional(), teamId: id.optional(), accountId: id.optional(), accountCode: z.string().optional(),
  taxCodeId: id.optional(), transactionValue: moneySchema, totalBillValue: moneySchema.optional(), note: z.string().optional(),
  foreignExtensionId: z.string().optional(),
  supplier: z.object({
    cif: z.string().optional(), documentNumber: z.string().optional(), documentType: z.string().optional(),
    externalAccountNumber: z.string().optional(), externalSupplierId: z.string().optional(),
  }).optional(),
  receiptIds: z.array(id), tags: z.array(entryTagSchema).max(5),
  splitItems: z.array(z.object({
    id, createdAt: timestamp, updatedAt: timestamp, tags: z.array(entryTagSchema), accountId: id.optional(),
    accountCode: z.string().optional(), taxCodeId: id.optional(), transactionValue: moneySchema.optional(), totalBillValue: moneySchema.optional(),
  })),
  attendees: z.array(z.object({ id: z.string(), attendableId: z.string(), attendableType: z.string() })),
  details: z.object({
    merchant: z.string(),
    categoryCode: z.string().regex(/^\d{4}$/),
    country: z.string().length(2),
    vendorId: id.optional(),
    invoiceNumber: z.string().optional(),
    reconciliationId: z.string(),
  }),
}) satisfies z.ZodType<AccountingEntry & { details: unknown }>;

/** A receipt without its URL, which is signed per request. */
const worldReceiptSchema = z.object({
  id, accountingEntryId: id, createdAt: timestamp, fileType: enumOf(receiptFileTypeValues),
  mimeType: enumOf(receiptMimeTypeValues), sizeInBytes: z.number().int().min(0), source: enumOf(receiptSourceValues),
}) satisfies z.ZodType<Omit<Receipt, "url">>;

const exportJobSchema = z.object({
  id, companyId: id, status: enumOf(exportJobStatusValues), numberOfItems: z.number().int().min(0),
  isInteractive: z.boolean(), vendorBasedBookkeeping: z.boolean(), expiresIn: z.number().int(),
  createdAt: timestamp, createdBy: id.optional(), startedAt: timestamp.optional(), lastUpdatedAt: timestamp.optional(),
  completedAt: timestamp.optional(), expiredAt: timestamp.optional(), failureReason: z.string().optional(),
  failureReasonType: enumOf(exportJobFailureReasonTypeValues).optional(),
}) satisfies z.ZodType<ExportJob>;

const exportJobItemSchema = z.object({
  accountingEntryId: id, exportJobId: id, status: enumOf(exportJobItemStatusValues), exportedAt: timestamp.optional(),
  externalId: z.string().optional(), externalUrl: z.string().optional(), failureReason: z.string().optional(),
  failureReasonType: enumOf(exportJobItemFailureReasonTypeValues).optional(),
}) satisfies z.ZodType<ExportJobItem>;

/** The accounting fields of the world, mixed into the fixtures schema. */
export const accountingWorldShape = {
  teams: z.array(teamSchema),
  tagGroups: z.array(tagGroupSchema),
  tags: z.array(tagSchema),
  tagGroupDimensions: z.array(tagGroupDimensionSchema),
  tagDimensionValues: z.array(tagDimensionValueSchema),
  taxCodes: z.array(taxCodeSchema),
  accounts: z.array(accountSchema),
  vendors: z.array(vendorSchema),
  wallets: z.array(walletSchema),
  accountingEntries: z.array(worldEntrySchema),
  receipts: z.array(worldReceiptSchema),
  exportJobs: z.array(exportJobSchema),
  exportJobItems: z.array(exportJobItemSchema),
};

export type AccountingWorld = { [K in keyof typeof accountingWorldShape]: z.infer<(typeof accountingWorldShape)[K]> };
export type WorldEntry = z.infer<typeof worldEntrySchema>;
export type WorldReceipt = z.infer<typeof worldReceiptSchema>;
export type WorldWallet = z.infer<typeof walletSchema>;
