/**
 * The route table: every operation the sandbox serves. A new resource is one file in operations/
 * and its rows here.
 */
import { errors, type ApiError } from "./errors.ts";
import { findEntry, getEntry, getEntryQuery, searchEntries, searchEntriesBody, searchEntriesQuery } from "./operations/accounting-entries.ts";
import { getReceipt, listReceipts, receiptQuery, receiptsQuery } from "./operations/receipts.ts";
import { exportItemsQuery, listExportItems } from "./operations/export-items.ts";
import { jobItemsQuery, listJobItems, updateItemsBody, updateJobItems } from "./operations/export-job-items.ts";
import { createJob, createJobBody, createJobEvent, findJob, getJob, jobEventBody, listJobs, listJobsQuery } from "./operations/export-jobs.ts";
import { createKey, createKeyBody, deleteKey, listKeys } from "./operations/api-keys.ts";
import { companiesQuery, getCompany, listCompanies } from "./operations/companies.ts";
import { employeesQuery, findEmployee, getEmployee, listEmployees } from "./operations/employees.ts";
import {
  createInstallation,
  createInstallationBody,
  deleteInstallation,
  getInstallation,
  updateInstallation,
  updateInstallationBody,
} from "./operations/installations.ts";
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
import { masterDataRoutes } from "./master-data-routes.ts";
import {
  companyFromPath,
  companyFromQuery,
  bodyField,
  companyFromBody,
  companyOfResource,
  companyOfResourceIn,
  defineRoute,
  firstTarget,
  organisationFromQuery,
  type Route,
} from "./route.ts";

export const routes: readonly Route[] = [
  // Pleo's operations: an API key, then feature, company and scope checks.
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/installations/me", operationId: "getClientInstallation",
    target: companyFromQuery("company_id"), run: getInstallation }),
  // Pleo declares no company_id on these: a company key acts on its company, an organisation key on its first.
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/installations/me", operationId: "createClientInstallation",
    body: createInstallationBody, run: createInstallation }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v1/installations/me", operationId: "updateClientInstallation",
    body: updateInstallationBody, run: updateInstallation }),
  defineRoute({ plane: "pleo", method: "DELETE", path: "/v1/installations/me", operationId: "deleteClientInstallation", run: deleteInstallation }),
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

  // Accounting entries (Gjoll): company_id or organization_id in the query; by id, the entry's own company.
  defineRoute({ plane: "pleo", method: "POST", path: "/v1/accounting-entries:search", operationId: "externalSearchAccountingEntriesV1",
    scope: "accounting-entries:read", target: firstTarget(companyFromQuery("company_id"), organisationFromQuery("organization_id")),
    query: searchEntriesQuery, body: searchEntriesBody, run: searchEntries }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}", operationId: "externalGetAccountingEntryV1",
    scope: "accounting-entries:read", target: companyOfResource(findEntry, "accountingEntryId"), query: getEntryQuery, run: getEntry }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}/receipts", operationId: "getAllReceiptsV6",
    scope: "accounting-entries:read", target: companyOfResource(findEntry, "accountingEntryId"), query: receiptsQuery, run: listReceipts }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v1/accounting-entries/{accountingEntryId}/receipts/{receiptId}", operationId: "getReceiptFileV6",
    scope: "accounting-entries:read", target: companyOfResource(findEntry, "accountingEntryId"), query: receiptQuery, run: getReceipt }),

  // Export API v3: company_id in the query (list), companyId in the body (create), else the job's own company.
  defineRoute({ plane: "pleo", method: "GET", path: "/v3/export-jobs", operationId: "getExportJobsListV3", scope: "export-jobs:read",
    target: companyFromQuery("company_id"), query: listJobsQuery, run: listJobs }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v3/export-jobs", operationId: "createExportJobV3", scope: "export-jobs:write",
    target: companyFromBody("companyId"), body: createJobBody, run: createJob }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v3/export-jobs/{jobId}", operationId: "getExportJobByIdV3", scope: "export-jobs:read",
    target: companyOfResource(findJob, "jobId"), run: getJob }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v3/export-jobs/{jobId}/items", operationId: "getExportJobItemsV3", scope: "export-jobs:read",
    target: companyOfResource(findJob, "jobId"), query: jobItemsQuery, run: listJobItems }),
  defineRoute({ plane: "pleo", method: "PUT", path: "/v3/export-jobs/{jobId}/items", operationId: "updateExportJobItemsV3", scope: "export-jobs:write",
    target: companyOfResource(findJob, "jobId"), body: updateItemsBody, run: updateJobItems }),
  defineRoute({ plane: "pleo", method: "POST", path: "/v3/export-job-events", operationId: "createExportJobEventV3", scope: "export-jobs:write",
    target: companyOfResourceIn(findJob, ({ body }) => bodyField(body, "jobId"), "jobId"), body: jobEventBody, run: createJobEvent }),
  defineRoute({ plane: "pleo", method: "GET", path: "/v3/export-items", operationId: "getExportItemsV3", scope: "export-items:read",
    target: companyOfResourceIn(findJob, ({ query }) => query.get("job_id") ?? undefined, "job_id"), query: exportItemsQuery, run: listExportItems }),
  ...masterDataRoutes,

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
