/**
 * The route table: every operation the sandbox serves. A new resource is one file in operations/
 * and its rows here.
 */
import { errors, type ApiError } from "./errors.ts";
import { createKey, createKeyBody, deleteKey, listKeys } from "./operations/api-keys.ts";
import { companiesQuery, getCompany, listCompanies } from "./operations/companies.ts";
import { employeesQuery, findEmployee, getEmployee, listEmployees } from "./operations/employees.ts";
import { getInstallation } from "./operations/installations.ts";
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
import { listActivities, getSecret } from "./operations/subscription-history.ts";
import { activitiesQuery, subscriptionBody, subscriptionsQuery } from "./operations/subscription-input.ts";
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  updateSubscription,
} from "./operations/subscriptions.ts";
import { sendTestEvent, webhookTestBody } from "./operations/webhook-test.ts";
import { getClock, getWorld, reset, setClock, setClockBody } from "./operations/sandbox-control.ts";
import {
  companyFromBody,
  companyFromPath,
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

export const routes: readonly Route[] = [
  // Pleo's operations: an API key, then feature, company and scope checks.
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/installations/me", operationId: "getClientInstallation",
    target: companyFromQuery("company_id"), run: getInstallation }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/companies", operationId: "getCompanies", scope: "companies:read",
    target: organisationFromQuery("organization_id"), query: companiesQuery, run: listCompanies }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/companies/{companyId}", operationId: "getCompany", scope: "companies:read",
    target: companyFromPath("companyId"), run: getCompany }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v2/employees", operationId: "getEmployees", scope: "users:read",
    target: companyFromQuery("companyId"), query: employeesQuery, run: listEmployees }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v2/employees/{employeeId}", operationId: "getEmployee", scope: "users:read",
    target: companyOfResource(findEmployee, "employeeId"), run: getEmployee }),
  // Webhook subscriptions: owned by the key's company or organisation, so no target; no scope (assumed).
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/subscriptions", operationId: "getSubscriptions",
    query: subscriptionsQuery, run: listSubscriptions }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/subscriptions", operationId: "createSubscription",
    body: subscriptionBody, run: createSubscription }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/subscriptions/{id}", operationId: "getSubscriptionById", run: getSubscription }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v1/subscriptions/{id}", operationId: "updateSubscription",
    body: subscriptionBody, run: updateSubscription }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v1/subscriptions/{id}", operationId: "deleteSubscription", run: deleteSubscription }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/subscriptions/{id}/activities", operationId: "getSubscriptionActivities",
    query: activitiesQuery, run: listActivities }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/subscriptions/{id}/secret", operationId: "getSubscriptionSecret", run: getSecret }),

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

  // The control plane: the web app's Settings > API Keys page and the sandbox's own knobs.
  defineRoute({ plane: "control", method: "GET", path: "/sandbox/world", operationId: "getSandboxWorld", run: getWorld }),
  defineRoute({ plane: "control", method: "GET", path: "/sandbox/api-keys", operationId: "listSandboxApiKeys", run: listKeys }),
  defineRoute({ plane: "control", method: "POST", path: "/sandbox/api-keys", operationId: "createSandboxApiKey",
    body: createKeyBody, run: createKey }),
  defineRoute({ plane: "control", method: "DELETE", path: "/sandbox/api-keys/{id}", operationId: "deleteSandboxApiKey", run: deleteKey }),
  defineRoute({ plane: "control", method: "POST", path: "/sandbox/webhooks/test", operationId: "sendSandboxTestEvent",
    body: webhookTestBody, run: sendTestEvent }),
  defineRoute({ plane: "control", method: "GET", path: "/sandbox/clock", operationId: "getSandboxClock", run: getClock }),
  defineRoute({ plane: "control", method: "POST", path: "/sandbox/clock", operationId: "setSandboxClock",
    body: setClockBody, run: setClock }),
  defineRoute({ plane: "control", method: "POST", path: "/sandbox/reset", operationId: "resetSandbox", run: reset }),
];

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/** `{name}` matches one path segment up to a `/` or `:`, so `/v1/vendors/{id}:archive` and `:search` stay literal. */
function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/:]+)";
    })
    .join("");
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const compiled = routes.map(compile);

/** The route for a method and path, with its decoded path parameters, or a 404/405 refusal. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | ApiError {
  const onPath = compiled.flatMap((c) => {
    const match = c.pattern.exec(path);
    return match ? [{ ...c, values: match.slice(1) }] : [];
  });
  if (onPath.length === 0) return errors.unknownRoute(method, path);
  const hit = onPath.find((c) => c.route.method === method.toUpperCase());
  if (!hit) return errors.methodNotAllowed(method.toUpperCase(), path, onPath.map((c) => c.route.method));
  const params: Record<string, string> = {};
  for (const [i, name] of hit.names.entries()) {
    try {
      params[name] = decodeURIComponent(hit.values[i]!);
    } catch {
      return errors.invalidRequest(`The path parameter ${name} is not valid percent-encoding.`);
    }
  }
  return { route: hit.route, params };
}
