/**
 * The route table: every operation the sandbox serves. A new resource is one file in operations/
 * and its rows here.
 */
import { errors, type ApiError } from "./errors.ts";
import { createKey, createKeyBody, deleteKey, listKeys } from "./operations/api-keys.ts";
import { companiesQuery, getCompany, listCompanies } from "./operations/companies.ts";
import { employeesQuery, findEmployee, getEmployee, listEmployees } from "./operations/employees.ts";
import { getInstallation } from "./operations/installations.ts";
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
  companyOfResource,
  defineRoute,
  organisationFromQuery,
  type Route,
} from "./route.ts";

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
