/** Every operation's handler, keyed by operationId. */
import { getEntry, getEntryQuery, searchEntries, searchEntriesBody, searchEntriesQuery } from "../resources/accounting-entries/accounting-entries.ts";
import { getReceipt, listReceipts, receiptQuery, receiptsQuery } from "../resources/accounting-entries/receipts.ts";
import { exportItemsQuery, listExportItems } from "../resources/export/export-items.ts";
import { jobItemsQuery, listJobItems, updateItemsBody, updateJobItems } from "../resources/export/export-job-items.ts";
import { createJob, createJobBody, createJobEvent, getJob, jobEventBody, listJobs, listJobsQuery } from "../resources/export/export-jobs.ts";
import { createKey, createKeyBody, deleteKey, listKeys } from "../resources/sandbox/api-keys.ts";
import { companiesQuery, getCompany, listCompanies } from "../resources/companies/companies.ts";
import { employeeOperations } from "../resources/employees/employees.ts";
import {
  createInstallation,
  createInstallationBody,
  deleteInstallation,
  getInstallation,
  updateInstallation,
  updateInstallationBody,
} from "../resources/installations/installations.ts";
import { listActivities, getSecret } from "../resources/subscriptions/subscription-history.ts";
import { activitiesQuery, subscriptionBody, subscriptionsQuery } from "../resources/subscriptions/subscription-input.ts";
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  updateSubscription,
} from "../resources/subscriptions/subscriptions.ts";
import { sendTestEvent, webhookTestBody } from "../resources/sandbox/webhook-test.ts";
import { getClock, getWorld, reset, setClock, setClockBody } from "../resources/sandbox/sandbox-control.ts";
import { accountBatchBody, accountCreateBody, accountSearchBody, accountSearchQuery, accountUpdateBody } from "../resources/chart-of-accounts/account-input.ts";
import { createAccountsBatch } from "../resources/chart-of-accounts/account-batch.ts";
import {
  createAccount,
  deleteAccount,
  getAccount,
  searchAccounts,
  updateAccount,
} from "../resources/chart-of-accounts/chart-of-accounts.ts";
import { createTagGroup, deleteTagGroup, getTagGroup, listTagGroups, updateTagGroup } from "../resources/tags/tag-groups.ts";
import {
  companyQuery,
  groupTagsQuery,
  searchTagsQuery,
  tagBody,
  tagGroupCreateBody,
  tagGroupsQuery,
  tagGroupUpdateBody,
} from "../resources/tags/tag-input.ts";
import { createTag, deleteTag, getTag, listGroupTags, searchTags, updateTag } from "../resources/tags/tags.ts";
import {
  createTaxCode,
  deleteTaxCode,
  getTaxCode,
  searchTaxCodes,
  taxCodeBody,
  taxCodeSearchBody,
  taxCodeSearchQuery,
  updateTaxCode,
} from "../resources/tax-codes/tax-codes.ts";
import { vendorActivateBody, vendorCreateBody, vendorSearchBody, vendorSearchQuery, vendorUpdateBody } from "../resources/vendors/vendor-input.ts";
import { activateVendor, archiveVendor, createVendor, getVendor, searchVendors, updateVendor } from "../resources/vendors/vendors.ts";
import type { LegacyOperation } from "./operation.ts";

export const legacyHandlers: Record<string, LegacyOperation> = {
  getClientInstallation: { run: getInstallation },
  createClientInstallation: { body: createInstallationBody, run: createInstallation },
  updateClientInstallation: { body: updateInstallationBody, run: updateInstallation },
  deleteClientInstallation: { run: deleteInstallation },
  getCompanies: { query: companiesQuery, run: listCompanies },
  getCompany: { run: getCompany },
  ...employeeOperations,
  getSubscriptions: { query: subscriptionsQuery, run: listSubscriptions },
  createSubscription: { body: subscriptionBody, run: createSubscription },
  getSubscriptionById: { run: getSubscription },
  updateSubscription: { body: subscriptionBody, run: updateSubscription },
  deleteSubscription: { run: deleteSubscription },
  getSubscriptionActivities: { query: activitiesQuery, run: listActivities },
  getSubscriptionSecret: { run: getSecret },
  externalSearchAccountingEntriesV1: { query: searchEntriesQuery, body: searchEntriesBody, run: searchEntries },
  externalGetAccountingEntryV1: { query: getEntryQuery, run: getEntry },
  getAllReceiptsV6: { query: receiptsQuery, run: listReceipts },
  getReceiptFileV6: { query: receiptQuery, run: getReceipt },
  getExportJobsListV3: { query: listJobsQuery, run: listJobs },
  createExportJobV3: { body: createJobBody, run: createJob },
  getExportJobByIdV3: { run: getJob },
  getExportJobItemsV3: { query: jobItemsQuery, run: listJobItems },
  updateExportJobItemsV3: { body: updateItemsBody, run: updateJobItems },
  createExportJobEventV3: { body: jobEventBody, run: createJobEvent },
  getExportItemsV3: { query: exportItemsQuery, run: listExportItems },
  getSandboxWorld: { run: getWorld },
  listSandboxApiKeys: { run: listKeys },
  createSandboxApiKey: { body: createKeyBody, run: createKey },
  deleteSandboxApiKey: { run: deleteKey },
  sendSandboxTestEvent: { body: webhookTestBody, run: sendTestEvent },
  getSandboxClock: { run: getClock },
  setSandboxClock: { body: setClockBody, run: setClock },
  resetSandbox: { run: reset },
  getTagGroups: { query: tagGroupsQuery, run: listTagGroups },
  createTagGroup: { query: companyQuery, body: tagGroupCreateBody, run: createTagGroup },
  getTagGroup: { run: getTagGroup },
  updateTagGroup: { body: tagGroupUpdateBody, run: updateTagGroup },
  deleteTagGroup: { run: deleteTagGroup },
  getTags: { query: groupTagsQuery, run: listGroupTags },
  createTag: { body: tagBody, run: createTag },
  searchTags: { query: searchTagsQuery, run: searchTags },
  getTag: { run: getTag },
  updateTag: { body: tagBody, run: updateTag },
  deleteTag: { run: deleteTag },
  createTaxCode: { body: taxCodeBody, run: createTaxCode },
  getTaxCode: { run: getTaxCode },
  updateTaxCode: { body: taxCodeBody, run: updateTaxCode },
  deleteTaxCode: { run: deleteTaxCode },
  getTaxCodes: { query: taxCodeSearchQuery, body: taxCodeSearchBody, run: searchTaxCodes },
  createAccountV1: { body: accountCreateBody, run: createAccount },
  createAccountsBatchV1: { body: accountBatchBody, run: createAccountsBatch },
  getAccountV1: { run: getAccount },
  updateAccountV1: { body: accountUpdateBody, run: updateAccount },
  deleteAccountV1: { run: deleteAccount },
  searchAccountsV1: { query: accountSearchQuery, body: accountSearchBody, run: searchAccounts },
  postVendor: { body: vendorCreateBody, run: createVendor },
  getVendorById: { run: getVendor },
  updateVendor: { body: vendorUpdateBody, run: updateVendor },
  activateVendor: { body: vendorActivateBody, run: activateVendor },
  archiveVendorById: { run: archiveVendor },
  searchVendors: { query: vendorSearchQuery, body: vendorSearchBody, run: searchVendors },
};
