/**
 * The master-data rows of the route table (issue 5): tags, tax codes, chart of accounts and
 * vendors. Each names where the request says its company: a query parameter, the body's
 * `companyId`, or the record in the path.
 */
import { accountBatchBody, accountCreateBody, accountSearchBody, accountSearchQuery, accountUpdateBody } from "./operations/account-input.ts";
import { createAccountsBatch } from "./operations/account-batch.ts";
import {
  createAccount,
  deleteAccount,
  findAccount,
  getAccount,
  searchAccounts,
  updateAccount,
} from "./operations/chart-of-accounts.ts";
import { createTagGroup, deleteTagGroup, findTagGroup, getTagGroup, listTagGroups, updateTagGroup } from "./operations/tag-groups.ts";
import {
  companyQuery,
  groupTagsQuery,
  searchTagsQuery,
  tagBody,
  tagGroupCreateBody,
  tagGroupsQuery,
  tagGroupUpdateBody,
} from "./operations/tag-input.ts";
import { createTag, deleteTag, findTag, getTag, listGroupTags, searchTags, updateTag } from "./operations/tags.ts";
import {
  createTaxCode,
  deleteTaxCode,
  findTaxCode,
  getTaxCode,
  searchTaxCodes,
  taxCodeBody,
  taxCodeSearchBody,
  taxCodeSearchQuery,
  updateTaxCode,
} from "./operations/tax-codes.ts";
import { vendorActivateBody, vendorCreateBody, vendorSearchBody, vendorSearchQuery, vendorUpdateBody } from "./operations/vendor-input.ts";
import { activateVendor, archiveVendor, createVendor, findVendor, getVendor, searchVendors, updateVendor } from "./operations/vendors.ts";
import {
  companyFromBody,
  companyFromQuery,
  companyOfResource,
  defineRoute,
  firstTarget,
  organisationFromQuery,
  type Route,
} from "./route.ts";

const companyId = companyFromQuery("company_id");
const bodyCompany = companyFromBody("companyId");
const tagGroup = companyOfResource(findTagGroup, "groupId");
const tag = companyOfResource(findTag, "tagId");
const taxCode = companyOfResource(findTaxCode, "taxCodeId");
const account = companyOfResource(findAccount, "accountId");
const vendor = companyOfResource(findVendor, "id");

export const masterDataRoutes: readonly Route[] = [
  // Tags (Gjoll's current surface): company_id, or organization_id on the group list.
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tag-groups", operationId: "getTagGroups", scope: "tag-groups:read",
    target: firstTarget(companyId, organisationFromQuery("organization_id")), query: tagGroupsQuery, run: listTagGroups }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v0/tag-groups", operationId: "createTagGroup", scope: "tag-groups:write",
    target: companyId, query: companyQuery, body: tagGroupCreateBody, run: createTagGroup }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tag-groups/{groupId}", operationId: "getTagGroup", scope: "tag-groups:read",
    target: tagGroup, run: getTagGroup }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v0/tag-groups/{groupId}", operationId: "updateTagGroup", scope: "tag-groups:write",
    target: tagGroup, body: tagGroupUpdateBody, run: updateTagGroup }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v0/tag-groups/{groupId}", operationId: "deleteTagGroup", scope: "tag-groups:write",
    target: tagGroup, run: deleteTagGroup }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tag-groups/{groupId}/tags", operationId: "getTags", scope: "tag-groups:read",
    target: tagGroup, query: groupTagsQuery, run: listGroupTags }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v0/tag-groups/{groupId}/tags", operationId: "createTag", scope: "tag-groups:write",
    target: tagGroup, body: tagBody, run: createTag }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tags", operationId: "searchTags", scope: "tag-groups:read",
    target: companyId, query: searchTagsQuery, run: searchTags }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tags/{tagId}", operationId: "getTag", scope: "tag-groups:read", target: tag, run: getTag }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v0/tags/{tagId}", operationId: "updateTag", scope: "tag-groups:write",
    target: tag, body: tagBody, run: updateTag }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v0/tags/{tagId}", operationId: "deleteTag", scope: "tag-groups:write", target: tag, run: deleteTag }),

  // Tax codes: the company is the body's companyId, or the search's company_id.
  defineRoute({ plane: "pleo", method: "POST", path: "/v0/tax-codes", operationId: "createTaxCode", scope: "tax-codes:write",
    target: bodyCompany, body: taxCodeBody, run: createTaxCode }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v0/tax-codes/{taxCodeId}", operationId: "getTaxCode", scope: "tax-codes:read",
    target: taxCode, run: getTaxCode }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v0/tax-codes/{taxCodeId}", operationId: "updateTaxCode", scope: "tax-codes:write",
    target: taxCode, body: taxCodeBody, run: updateTaxCode }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v0/tax-codes/{taxCodeId}", operationId: "deleteTaxCode", scope: "tax-codes:write",
    target: taxCode, run: deleteTaxCode }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v0/tax-codes:search", operationId: "getTaxCodes", scope: "tax-codes:read",
    target: companyId, query: taxCodeSearchQuery, body: taxCodeSearchBody, bodyOptional: true, run: searchTaxCodes }),

  // Chart of accounts: the company is the body's companyId.
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/chart-of-accounts", operationId: "createAccountV1", scope: "accounts:write",
    target: bodyCompany, body: accountCreateBody, run: createAccount }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/chart-of-accounts/batch", operationId: "createAccountsBatchV1", scope: "accounts:write",
    target: bodyCompany, body: accountBatchBody, run: createAccountsBatch }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/chart-of-accounts/{accountId}", operationId: "getAccountV1", scope: "accounts:read",
    target: account, run: getAccount }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v1/chart-of-accounts/{accountId}", operationId: "updateAccountV1", scope: "accounts:write",
    target: account, body: accountUpdateBody, run: updateAccount }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v1/chart-of-accounts/{accountId}", operationId: "deleteAccountV1", scope: "accounts:write",
    target: account, run: deleteAccount }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/chart-of-accounts:search", operationId: "searchAccountsV1", scope: "accounts:read",
    target: bodyCompany, query: accountSearchQuery, body: accountSearchBody, run: searchAccounts }),

  // Vendors: the body's companyId on create, the required company_id on search.
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/vendors", operationId: "postVendor", scope: "vendors:write",
    target: bodyCompany, body: vendorCreateBody, run: createVendor }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/vendors/{id}", operationId: "getVendorById", scope: "vendors:read", target: vendor, run: getVendor }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v1/vendors/{id}", operationId: "updateVendor", scope: "vendors:write",
    target: vendor, body: vendorUpdateBody, run: updateVendor }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/vendors/{id}:activate", operationId: "activateVendor", scope: "vendors:write",
    target: vendor, body: vendorActivateBody, run: activateVendor }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/vendors/{id}:archive", operationId: "archiveVendorById", scope: "vendors:write",
    target: vendor, run: archiveVendor }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/vendors:search", operationId: "searchVendors", scope: "vendors:read",
    target: companyId, query: vendorSearchQuery, body: vendorSearchBody, bodyOptional: true, run: searchVendors }),
];
