/** Every operation's handler, keyed by operationId: the resources joined. */
import { accountingEntriesOperations } from "./accounting-entries/index.ts";
import { chaosOperations } from "./chaos/index.ts";
import { chartOfAccountsOperations } from "./chart-of-accounts/index.ts";
import { companiesOperations } from "./companies/index.ts";
import { exportOperations } from "./export/index.ts";
import { exportV2Operations } from "./export-v2/index.ts";
import { installationsOperations } from "./installations/index.ts";
import { sandboxOperations } from "./sandbox/index.ts";
import { subscriptionsOperations } from "./subscriptions/index.ts";
import { tagsOperations } from "./tags/index.ts";
import { taxCodesOperations } from "./tax-codes/index.ts";
import { vendorsOperations } from "./vendors/index.ts";
import { employeesOperations } from "./employees/index.ts";
import { toolingOperations } from "./tooling/index.ts";
import { oauthOperations } from "./oauth/index.ts";
import type { Handlers } from "../pipeline/operation.ts";

/** Checked against sandbox.yaml: a missing, unknown or misfiled handler does not compile. */
export const handlers: Handlers = {
  ...employeesOperations,
  ...installationsOperations,
  ...companiesOperations,
  ...subscriptionsOperations,
  ...accountingEntriesOperations,
  ...exportOperations,
  ...exportV2Operations,
  ...sandboxOperations,
  ...tagsOperations,
  ...taxCodesOperations,
  ...chartOfAccountsOperations,
  ...vendorsOperations,
  ...chaosOperations,
  ...toolingOperations,
  ...oauthOperations,
};
