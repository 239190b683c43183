/**
 * The sandbox's wire types, all generated from openapi/sandbox.yaml: import them from here so no
 * type is written twice.
 */
import type { components } from "./schema.ts";

export type Schemas = components["schemas"];
export type Scope = Schemas["Scope"];
export type SandboxReason = Schemas["SandboxReason"];
export type AccessLevel = Schemas["AccessLevel"];
export type Company = Schemas["Company"];
export type Employee = Schemas["Employee"];
export type SandboxUser = Schemas["SandboxUser"];
export type SandboxCompany = Schemas["SandboxCompany"];
export type SandboxOrganisation = Schemas["SandboxOrganisation"];
export type CursorPageInfo = Schemas["CursorPageInfo"];
export type PageOrder = Schemas["PageOrder"];
export type ExceptionInfo = Schemas["ExceptionInfo"];
export type InstallationStatus = Schemas["InstallationStatus"];
export type InstallationErrorCode = Schemas["InstallationErrorCode"];
export type Money = Schemas["Money"];
export type CountryCode = Schemas["CountryCode"];
export type Team = Schemas["Team"];
export type TagGroup = Schemas["TagGroup"];
export type Tag = Schemas["Tag"];
export type TagGroupDimension = Schemas["TagGroupDimension"];
export type TagDimensionValue = Schemas["TagDimensionValue"];
export type TaxCode = Schemas["TaxCode"];
export type Account = Schemas["Account"];
export type Vendor = Schemas["Vendor"];
export type AccountingEntry = Schemas["AccountingEntry"];
export type Receipt = Schemas["Receipt"];
export type ExportJob = Schemas["ExportJob"];
export type ExportJobItem = Schemas["ExportJobItem"];
export type ExportItem = Schemas["ExportItem"];
export type WebhookEventType = Schemas["WebhookEventType"];
export type SubscriptionModel = Schemas["SubscriptionModel"];
export type SubscriptionActivityModel = Schemas["SubscriptionActivityModel"];
export type SubscriptionOperationType = Schemas["SubscriptionOperationType"];

export {
  scopeValues,
  pageOrderValues,
  userRoleValues,
  installationStatusValues,
  installationErrorCodeValues,
  sandboxCompanyFeaturesValues,
  taxCodeTypeValues,
  vendorStateValues,
  countryCodeValues,
  accountingEntryFamilyValues,
  accountingEntrySubFamilyValues,
  accountingEntryStatusValues,
  reviewStatusValues,
  exportStatusValues,
  accountingEntriesSortingKeysValues,
  receiptFileTypeValues,
  receiptSourceValues,
  receiptMimeTypeValues,
  receiptsSortingKeysValues,
  exportJobStatusValues,
  exportJobEventTypeValues,
  exportJobFailureReasonTypeValues,
  exportJobItemStatusValues,
  exportJobItemFailureReasonTypeValues,
  exportJobItemFailureReasonTypeV2Values,
  webhookEventTypeValues,
  subscriptionStatusValues,
  subscriptionOperationTypeValues,
  endpointAuthTypeValues,
  httpMethodValues,
  journalKindValues,
  webhookChaosModeValues,
} from "./schema.ts";
