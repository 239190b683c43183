/* eslint-disable */
// Generated from sandbox.yaml by `npm run generate`. Do not edit by hand.

import type { components } from "./schema.ts";

/** Where a request names the company it is about: a company, an organisation, or a record whose company decides. */
export interface TargetSpec {
  in: "query" | "path" | "body";
  name: string;
  is: "company" | "organisation" | "employee" | "accountingEntry" | "exportJob" | "tagGroup" | "tag" | "taxCode" | "account" | "vendor";
}

/** One operation of sandbox.yaml as the router and the checks see it. */
export interface RouteSpec {
  operationId: string;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  path: string;
  /** False for operations whose `security` is empty: no Pleo credential is checked. */
  credential: boolean;
  /** The scope the key must hold (`x-sandbox-scope`). */
  scope?: components["schemas"]["Scope"];
  /** Where the company is named (`x-sandbox-target`), first match wins; none means the key's own. */
  target: readonly TargetSpec[];
  body: "required" | "optional" | "none";
  /** `x-sandbox-unmodelled`: Pleo documents it, the sandbox answers 501 after the credential checks. */
  unmodelled?: true;
  /** The body is `application/x-www-form-urlencoded` (OAuth's endpoints), not JSON. */
  form?: true;
  /** Refusals as RFC 6749's `{error, error_description}` (`oauth`) or as an HTML page (`page`) instead of Pleo's `{type, message}`. */
  errors?: "oauth" | "page";
}

export const routeTable = [
  { operationId: "getClientInstallation", method: "GET", path: "/v1/installations/me", credential: true, target: [{ in: "query", name: "company_id", is: "company" }], body: "none" },
  { operationId: "updateClientInstallation", method: "PUT", path: "/v1/installations/me", credential: true, target: [], body: "required" },
  { operationId: "createClientInstallation", method: "POST", path: "/v1/installations/me", credential: true, target: [], body: "required" },
  { operationId: "deleteClientInstallation", method: "DELETE", path: "/v1/installations/me", credential: true, target: [], body: "none" },
  { operationId: "activateMyInstallation", method: "POST", path: "/v1/installations/me:activate", credential: true, target: [], body: "none" },
  { operationId: "introspect", method: "GET", path: "/v1/introspect", credential: true, target: [], body: "none" },
  { operationId: "getCompanies", method: "GET", path: "/v1/companies", credential: true, scope: "companies:read", target: [{ in: "query", name: "organization_id", is: "organisation" }], body: "none" },
  { operationId: "getCompany", method: "GET", path: "/v1/companies/{companyId}", credential: true, scope: "companies:read", target: [{ in: "path", name: "companyId", is: "company" }], body: "none" },
  { operationId: "getEmployees", method: "GET", path: "/v2/employees", credential: true, scope: "users:read", target: [{ in: "query", name: "companyId", is: "company" }], body: "none" },
  { operationId: "getEmployee", method: "GET", path: "/v2/employees/{employeeId}", credential: true, scope: "users:read", target: [{ in: "path", name: "employeeId", is: "employee" }], body: "none" },
  { operationId: "getSubscriptions", method: "GET", path: "/v1/subscriptions", credential: true, target: [], body: "none" },
  { operationId: "createSubscription", method: "POST", path: "/v1/subscriptions", credential: true, target: [], body: "required" },
  { operationId: "getSubscriptionById", method: "GET", path: "/v1/subscriptions/{id}", credential: true, target: [], body: "none" },
  { operationId: "updateSubscription", method: "PUT", path: "/v1/subscriptions/{id}", credential: true, target: [], body: "required" },
  { operationId: "deleteSubscription", method: "DELETE", path: "/v1/subscriptions/{id}", credential: true, target: [], body: "none" },
  { operationId: "getSubscriptionActivities", method: "GET", path: "/v1/subscriptions/{id}/activities", credential: true, target: [], body: "none" },
  { operationId: "getSubscriptionSecret", method: "GET", path: "/v1/subscriptions/{id}/secret", credential: true, target: [], body: "none" },
  { operationId: "externalSearchAccountingEntriesV1", method: "POST", path: "/v1/accounting-entries:search", credential: true, scope: "accounting-entries:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "organization_id", is: "organisation" }], body: "required" },
  { operationId: "externalGetAccountingEntryV1", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}", credential: true, scope: "accounting-entries:read", target: [{ in: "path", name: "accountingEntryId", is: "accountingEntry" }], body: "none" },
  { operationId: "getAllReceiptsV6", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}/receipts", credential: true, scope: "accounting-entries:read", target: [{ in: "path", name: "accountingEntryId", is: "accountingEntry" }], body: "none" },
  { operationId: "getReceiptFileV6", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}/receipts/{receiptId}", credential: true, scope: "accounting-entries:read", target: [{ in: "path", name: "accountingEntryId", is: "accountingEntry" }], body: "none" },
  { operationId: "searchReceiptsByPostV6", method: "POST", path: "/v1/accounting-entries/receipts:search", credential: true, scope: "accounting-entries:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "organization_id", is: "organisation" }], body: "required" },
  { operationId: "getCoreAccountingEntryV6ById", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}/core", credential: true, scope: "accounting-entries:read", target: [{ in: "path", name: "accountingEntryId", is: "accountingEntry" }], body: "none" },
  { operationId: "getExportJobsListV3", method: "GET", path: "/v3/export-jobs", credential: true, scope: "export-jobs:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "none" },
  { operationId: "createExportJobV3", method: "POST", path: "/v3/export-jobs", credential: true, scope: "export-jobs:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getExportJobByIdV3", method: "GET", path: "/v3/export-jobs/{jobId}", credential: true, scope: "export-jobs:read", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "none" },
  { operationId: "getExportJobItemsV3", method: "GET", path: "/v3/export-jobs/{jobId}/items", credential: true, scope: "export-jobs:read", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "none" },
  { operationId: "updateExportJobItemsV3", method: "PUT", path: "/v3/export-jobs/{jobId}/items", credential: true, scope: "export-jobs:write", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "required" },
  { operationId: "createExportJobEventV3", method: "POST", path: "/v3/export-job-events", credential: true, scope: "export-jobs:write", target: [{ in: "body", name: "jobId", is: "exportJob" }], body: "required" },
  { operationId: "getExportJobItemByAccountingEntryIdV3", method: "GET", path: "/v3/export-job-items", credential: true, scope: "export-jobs:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "accounting_entry_id", is: "accountingEntry" }], body: "none" },
  { operationId: "getExportItemsV3", method: "GET", path: "/v3/export-items", credential: true, scope: "export-items:read", target: [{ in: "query", name: "job_id", is: "exportJob" }], body: "none" },
  { operationId: "listSandboxScenarios", method: "GET", path: "/sandbox/scenarios", credential: false, target: [], body: "none" },
  { operationId: "listArmedScenarios", method: "GET", path: "/sandbox/scenarios/active", credential: false, target: [], body: "none" },
  { operationId: "armScenario", method: "POST", path: "/sandbox/scenarios/active", credential: false, target: [], body: "required" },
  { operationId: "disarmAllScenarios", method: "DELETE", path: "/sandbox/scenarios/active", credential: false, target: [], body: "none" },
  { operationId: "disarmScenario", method: "DELETE", path: "/sandbox/scenarios/active/{id}", credential: false, target: [], body: "none" },
  { operationId: "listArmedFaults", method: "GET", path: "/sandbox/faults", credential: false, target: [], body: "none" },
  { operationId: "armFault", method: "POST", path: "/sandbox/faults", credential: false, target: [], body: "required" },
  { operationId: "disarmAllFaults", method: "DELETE", path: "/sandbox/faults", credential: false, target: [], body: "none" },
  { operationId: "disarmFault", method: "DELETE", path: "/sandbox/faults/{id}", credential: false, target: [], body: "none" },
  { operationId: "getSandboxRateLimit", method: "GET", path: "/sandbox/rate-limit", credential: false, target: [], body: "none" },
  { operationId: "setSandboxRateLimit", method: "POST", path: "/sandbox/rate-limit", credential: false, target: [], body: "required" },
  { operationId: "listSandboxRequests", method: "GET", path: "/sandbox/requests", credential: false, target: [], body: "none" },
  { operationId: "clearSandboxRequests", method: "DELETE", path: "/sandbox/requests", credential: false, target: [], body: "none" },
  { operationId: "listWebhookChaos", method: "GET", path: "/sandbox/webhooks/chaos", credential: false, target: [], body: "none" },
  { operationId: "armWebhookChaos", method: "POST", path: "/sandbox/webhooks/chaos", credential: false, target: [], body: "required" },
  { operationId: "disarmAllWebhookChaos", method: "DELETE", path: "/sandbox/webhooks/chaos", credential: false, target: [], body: "none" },
  { operationId: "disarmWebhookChaos", method: "DELETE", path: "/sandbox/webhooks/chaos/{id}", credential: false, target: [], body: "none" },
  { operationId: "resendWebhookEvent", method: "POST", path: "/sandbox/webhooks/resend", credential: false, target: [], body: "required" },
  { operationId: "listSandboxWorkspaces", method: "GET", path: "/sandbox/workspaces", credential: false, target: [], body: "none" },
  { operationId: "deleteSandboxWorkspace", method: "DELETE", path: "/sandbox/workspaces/{name}", credential: false, target: [], body: "none" },
  { operationId: "getExportJobsListV2", method: "GET", path: "/v2/export-jobs", credential: true, scope: "export-jobs:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "none" },
  { operationId: "createExportJobV2", method: "POST", path: "/v2/export-jobs", credential: true, scope: "export-jobs:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getExportJobByIdV2", method: "GET", path: "/v2/export-jobs/{jobId}", credential: true, scope: "export-jobs:read", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "none" },
  { operationId: "getExportJobItemsV2", method: "GET", path: "/v2/export-jobs/{jobId}/items", credential: true, scope: "export-jobs:read", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "none" },
  { operationId: "updateExportJobItemsV2", method: "PUT", path: "/v2/export-jobs/{jobId}/items", credential: true, scope: "export-jobs:write", target: [{ in: "path", name: "jobId", is: "exportJob" }], body: "required" },
  { operationId: "createExportJobEventV2", method: "POST", path: "/v2/export-job-events", credential: true, scope: "export-jobs:write", target: [{ in: "body", name: "jobId", is: "exportJob" }], body: "required" },
  { operationId: "getExportItemsV2", method: "GET", path: "/v2/export-items", credential: true, scope: "export-items:read", target: [{ in: "query", name: "job_id", is: "exportJob" }], body: "none" },
  { operationId: "getSandboxWorld", method: "GET", path: "/sandbox/world", credential: false, target: [], body: "none" },
  { operationId: "listSandboxApiKeys", method: "GET", path: "/sandbox/api-keys", credential: false, target: [], body: "none" },
  { operationId: "createSandboxApiKey", method: "POST", path: "/sandbox/api-keys", credential: false, target: [], body: "required" },
  { operationId: "deleteSandboxApiKey", method: "DELETE", path: "/sandbox/api-keys/{id}", credential: false, target: [], body: "none" },
  { operationId: "listSandboxOAuthApps", method: "GET", path: "/sandbox/oauth-apps", credential: false, target: [], body: "none" },
  { operationId: "createSandboxOAuthApp", method: "POST", path: "/sandbox/oauth-apps", credential: false, target: [], body: "required" },
  { operationId: "deleteSandboxOAuthApp", method: "DELETE", path: "/sandbox/oauth-apps/{id}", credential: false, target: [], body: "none" },
  { operationId: "listSandboxInstallations", method: "GET", path: "/sandbox/installations", credential: false, target: [], body: "none" },
  { operationId: "createSandboxInstallation", method: "POST", path: "/sandbox/installations", credential: false, target: [], body: "required" },
  { operationId: "deleteSandboxInstallation", method: "DELETE", path: "/sandbox/installations/{id}", credential: false, target: [], body: "none" },
  { operationId: "sendSandboxTestEvent", method: "POST", path: "/sandbox/webhooks/test", credential: false, target: [], body: "required" },
  { operationId: "getSandboxClock", method: "GET", path: "/sandbox/clock", credential: false, target: [], body: "none" },
  { operationId: "setSandboxClock", method: "POST", path: "/sandbox/clock", credential: false, target: [], body: "required" },
  { operationId: "resetSandbox", method: "POST", path: "/sandbox/reset", credential: false, target: [], body: "none" },
  { operationId: "getHealth", method: "GET", path: "/healthz", credential: false, target: [], body: "none" },
  { operationId: "getOpenApiJson", method: "GET", path: "/openapi.json", credential: false, target: [], body: "none" },
  { operationId: "getOpenApiYaml", method: "GET", path: "/openapi.yaml", credential: false, target: [], body: "none" },
  { operationId: "getTagGroups", method: "GET", path: "/v0/tag-groups", credential: true, scope: "tag-groups:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "organization_id", is: "organisation" }], body: "none" },
  { operationId: "createTagGroup", method: "POST", path: "/v0/tag-groups", credential: true, scope: "tag-groups:write", target: [{ in: "query", name: "company_id", is: "company" }], body: "required" },
  { operationId: "getTagGroup", method: "GET", path: "/v0/tag-groups/{groupId}", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "updateTagGroup", method: "PUT", path: "/v0/tag-groups/{groupId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "required" },
  { operationId: "deleteTagGroup", method: "DELETE", path: "/v0/tag-groups/{groupId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "getTags", method: "GET", path: "/v0/tag-groups/{groupId}/tags", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "createTag", method: "POST", path: "/v0/tag-groups/{groupId}/tags", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "required" },
  { operationId: "searchTags", method: "GET", path: "/v0/tags", credential: true, scope: "tag-groups:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "none" },
  { operationId: "bulkDeleteTags", method: "DELETE", path: "/v0/tags", credential: true, scope: "tag-groups:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getTag", method: "GET", path: "/v0/tags/{tagId}", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "tagId", is: "tag" }], body: "none" },
  { operationId: "updateTag", method: "PUT", path: "/v0/tags/{tagId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "tagId", is: "tag" }], body: "required" },
  { operationId: "deleteTag", method: "DELETE", path: "/v0/tags/{tagId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "tagId", is: "tag" }], body: "none" },
  { operationId: "searchTagsPost", method: "POST", path: "/v0/tags:search", credential: true, scope: "tag-groups:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "organization_id", is: "organisation" }], body: "optional" },
  { operationId: "bulkArchiveTags", method: "POST", path: "/v0/tags/archive", credential: true, scope: "tag-groups:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getTagDimensionValues", method: "GET", path: "/v0/tags/{tagId}/dimensions", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "tagId", is: "tag" }], body: "none" },
  { operationId: "getDimensionValue", method: "GET", path: "/v0/tags/{tagId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "tagId", is: "tag" }], body: "none" },
  { operationId: "updateDimensionValue", method: "PUT", path: "/v0/tags/{tagId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "tagId", is: "tag" }], body: "required" },
  { operationId: "createDimensionValue", method: "POST", path: "/v0/tags/{tagId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "tagId", is: "tag" }], body: "required" },
  { operationId: "deleteDimensionValue", method: "DELETE", path: "/v0/tags/{tagId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "tagId", is: "tag" }], body: "none" },
  { operationId: "getTagGroupDimensions", method: "GET", path: "/v0/tag-groups/{groupId}/dimensions", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "createTagGroupDimension", method: "POST", path: "/v0/tag-groups/{groupId}/dimensions", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "required" },
  { operationId: "getTagGroupDimension", method: "GET", path: "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "updateTagGroupDimension", method: "PUT", path: "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "required" },
  { operationId: "deleteTagGroupDimension", method: "DELETE", path: "/v0/tag-groups/{groupId}/dimensions/{dimensionId}", credential: true, scope: "tag-groups:write", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "getTagGroupUsage", method: "GET", path: "/v0/tag-groups/{groupId}/usage", credential: true, scope: "tag-groups:read", target: [{ in: "path", name: "groupId", is: "tagGroup" }], body: "none" },
  { operationId: "getAggregatedTagGroups", method: "GET", path: "/v0/aggregations/tag-groups", credential: true, scope: "tag-groups:read", target: [{ in: "query", name: "company_id", is: "company" }, { in: "query", name: "organization_id", is: "organisation" }], body: "none" },
  { operationId: "searchAggregatedTags", method: "POST", path: "/v0/aggregations/tags", credential: true, scope: "tag-groups:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "optional" },
  { operationId: "createTaxCode", method: "POST", path: "/v0/tax-codes", credential: true, scope: "tax-codes:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getTaxCode", method: "GET", path: "/v0/tax-codes/{taxCodeId}", credential: true, scope: "tax-codes:read", target: [{ in: "path", name: "taxCodeId", is: "taxCode" }], body: "none" },
  { operationId: "updateTaxCode", method: "PUT", path: "/v0/tax-codes/{taxCodeId}", credential: true, scope: "tax-codes:write", target: [{ in: "path", name: "taxCodeId", is: "taxCode" }], body: "required" },
  { operationId: "deleteTaxCode", method: "DELETE", path: "/v0/tax-codes/{taxCodeId}", credential: true, scope: "tax-codes:write", target: [{ in: "path", name: "taxCodeId", is: "taxCode" }], body: "none" },
  { operationId: "getTaxCodes", method: "POST", path: "/v0/tax-codes:search", credential: true, scope: "tax-codes:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "optional" },
  { operationId: "calculateTax", method: "POST", path: "/v0/tax-codes:calculate-tax-amounts", credential: true, scope: "tax-codes:read", target: [], body: "required" },
  { operationId: "createAccountV1", method: "POST", path: "/v1/chart-of-accounts", credential: true, scope: "accounts:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "createAccountsBatchV1", method: "POST", path: "/v1/chart-of-accounts/batch", credential: true, scope: "accounts:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getAccountV1", method: "GET", path: "/v1/chart-of-accounts/{accountId}", credential: true, scope: "accounts:read", target: [{ in: "path", name: "accountId", is: "account" }], body: "none" },
  { operationId: "updateAccountV1", method: "PUT", path: "/v1/chart-of-accounts/{accountId}", credential: true, scope: "accounts:write", target: [{ in: "path", name: "accountId", is: "account" }], body: "required" },
  { operationId: "deleteAccountV1", method: "DELETE", path: "/v1/chart-of-accounts/{accountId}", credential: true, scope: "accounts:write", target: [{ in: "path", name: "accountId", is: "account" }], body: "none" },
  { operationId: "searchAccountsV1", method: "POST", path: "/v1/chart-of-accounts:search", credential: true, scope: "accounts:read", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "postVendor", method: "POST", path: "/v1/vendors", credential: true, scope: "vendors:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required" },
  { operationId: "getVendorById", method: "GET", path: "/v1/vendors/{id}", credential: true, scope: "vendors:read", target: [{ in: "path", name: "id", is: "vendor" }], body: "none" },
  { operationId: "updateVendor", method: "PUT", path: "/v1/vendors/{id}", credential: true, scope: "vendors:write", target: [{ in: "path", name: "id", is: "vendor" }], body: "required" },
  { operationId: "activateVendor", method: "POST", path: "/v1/vendors/{id}:activate", credential: true, scope: "vendors:write", target: [{ in: "path", name: "id", is: "vendor" }], body: "required" },
  { operationId: "archiveVendorById", method: "POST", path: "/v1/vendors/{id}:archive", credential: true, scope: "vendors:write", target: [{ in: "path", name: "id", is: "vendor" }], body: "none" },
  { operationId: "searchVendors", method: "POST", path: "/v1/vendors:search", credential: true, scope: "vendors:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "optional" },
  { operationId: "createCsvImportJobV1", method: "POST", path: "/v1/vendors/csv-import/jobs", credential: true, scope: "vendors:write", target: [{ in: "body", name: "companyId", is: "company" }], body: "required", unmodelled: true },
  { operationId: "getCsvImportJobV1", method: "GET", path: "/v1/vendors/csv-import/jobs/{jobId}", credential: true, scope: "vendors:read", target: [], body: "none", unmodelled: true },
  { operationId: "getCsvImportJobErrorsV1", method: "GET", path: "/v1/vendors/csv-import/jobs/{jobId}/errors", credential: true, scope: "vendors:read", target: [], body: "none", unmodelled: true },
  { operationId: "updateCsvImportJobMetadataV1", method: "PUT", path: "/v1/vendors/csv-import/jobs/{jobId}/metadata", credential: true, scope: "vendors:write", target: [], body: "required", unmodelled: true },
  { operationId: "updateCsvImportJobStatusV1", method: "PUT", path: "/v1/vendors/csv-import/jobs/{jobId}/status", credential: true, scope: "vendors:write", target: [], body: "required", unmodelled: true },
  { operationId: "getCsvImportJobPresignedUrlV1", method: "POST", path: "/v1/vendors/csv-import/jobs/{jobId}:get-presigned-url", credential: true, scope: "vendors:write", target: [], body: "none", unmodelled: true },
  { operationId: "runCsvImportJobV1", method: "POST", path: "/v1/vendors/csv-import/jobs/{jobId}:run", credential: true, scope: "vendors:write", target: [], body: "none", unmodelled: true },
  { operationId: "searchCsvImportJobsV1", method: "POST", path: "/v1/vendors/csv-import/jobs:search", credential: true, scope: "vendors:read", target: [{ in: "query", name: "company_id", is: "company" }], body: "required", unmodelled: true },
  { operationId: "oauthAuthorize", method: "GET", path: "/oauth/authorize", credential: false, target: [], body: "none", errors: "page" },
  { operationId: "oauthConsent", method: "POST", path: "/oauth/authorize", credential: false, target: [], body: "required", form: true, errors: "page" },
  { operationId: "oauthToken", method: "POST", path: "/oauth/token", credential: false, target: [], body: "required", form: true, errors: "oauth" },
  { operationId: "oauthIntrospect", method: "POST", path: "/oauth/token/introspect", credential: false, target: [], body: "required", form: true, errors: "oauth" },
  { operationId: "oauthRevoke", method: "POST", path: "/oauth/token/revoke", credential: false, target: [], body: "required", form: true, errors: "oauth" },
] as const satisfies readonly RouteSpec[];

/** Operations answered without a Pleo credential (the sandbox's control plane). */
export type OpenOperationId = "listSandboxScenarios" | "listArmedScenarios" | "armScenario" | "disarmAllScenarios" | "disarmScenario" | "listArmedFaults" | "armFault" | "disarmAllFaults" | "disarmFault" | "getSandboxRateLimit" | "setSandboxRateLimit" | "listSandboxRequests" | "clearSandboxRequests" | "listWebhookChaos" | "armWebhookChaos" | "disarmAllWebhookChaos" | "disarmWebhookChaos" | "resendWebhookEvent" | "listSandboxWorkspaces" | "deleteSandboxWorkspace" | "getSandboxWorld" | "listSandboxApiKeys" | "createSandboxApiKey" | "deleteSandboxApiKey" | "listSandboxOAuthApps" | "createSandboxOAuthApp" | "deleteSandboxOAuthApp" | "listSandboxInstallations" | "createSandboxInstallation" | "deleteSandboxInstallation" | "sendSandboxTestEvent" | "getSandboxClock" | "setSandboxClock" | "resetSandbox" | "getHealth" | "getOpenApiJson" | "getOpenApiYaml" | "oauthAuthorize" | "oauthConsent" | "oauthToken" | "oauthIntrospect" | "oauthRevoke";

/** Operations Pleo documents that the sandbox does not model (`x-sandbox-unmodelled`): they answer 501 after the checks. */
export type UnmodelledOperationId = "createCsvImportJobV1" | "getCsvImportJobV1" | "getCsvImportJobErrorsV1" | "updateCsvImportJobMetadataV1" | "updateCsvImportJobStatusV1" | "getCsvImportJobPresignedUrlV1" | "runCsvImportJobV1" | "searchCsvImportJobsV1";
