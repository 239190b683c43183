/** Driving the sandbox from outside: armed scenarios and faults, the rate limit, the journal, webhook chaos, workspaces. */
import { operation } from "../../pipeline/operation.ts";
import { armFault, armFaultBody, disarmAllFaults, disarmFault, listArmedFaults } from "./faults-control.ts";
import { clearRequests, journalQuery, listRequests } from "./journal-control.ts";
import { getRateLimit, setRateLimit, setRateLimitBody } from "./rate-limit-control.ts";
import { armScenario, armScenarioBody, disarmAllScenarios, disarmScenario, listArmedScenarios, listScenarios } from "./scenarios-control.ts";
import {
  armWebhookChaos,
  armWebhookChaosBody,
  disarmAllWebhookChaos,
  disarmWebhookChaos,
  listWebhookChaos,
  resendBody,
  resendEvent,
} from "./webhook-chaos-control.ts";
import { deleteWorkspace, listWorkspaces } from "./workspaces-control.ts";

export const chaosOperations = {
  listSandboxScenarios: operation("listSandboxScenarios", { run: listScenarios }),
  listArmedScenarios: operation("listArmedScenarios", { run: listArmedScenarios }),
  armScenario: operation("armScenario", { body: armScenarioBody, run: armScenario }),
  disarmAllScenarios: operation("disarmAllScenarios", { run: disarmAllScenarios }),
  disarmScenario: operation("disarmScenario", { run: disarmScenario }),
  listArmedFaults: operation("listArmedFaults", { run: listArmedFaults }),
  armFault: operation("armFault", { body: armFaultBody, run: armFault }),
  disarmAllFaults: operation("disarmAllFaults", { run: disarmAllFaults }),
  disarmFault: operation("disarmFault", { run: disarmFault }),
  getSandboxRateLimit: operation("getSandboxRateLimit", { run: getRateLimit }),
  setSandboxRateLimit: operation("setSandboxRateLimit", { body: setRateLimitBody, run: setRateLimit }),
  listSandboxRequests: operation("listSandboxRequests", { query: journalQuery, run: listRequests }),
  clearSandboxRequests: operation("clearSandboxRequests", { run: clearRequests }),
  listWebhookChaos: operation("listWebhookChaos", { run: listWebhookChaos }),
  armWebhookChaos: operation("armWebhookChaos", { body: armWebhookChaosBody, run: armWebhookChaos }),
  disarmAllWebhookChaos: operation("disarmAllWebhookChaos", { run: disarmAllWebhookChaos }),
  disarmWebhookChaos: operation("disarmWebhookChaos", { run: disarmWebhookChaos }),
  resendWebhookEvent: operation("resendWebhookEvent", { body: resendBody, run: resendEvent }),
  listSandboxWorkspaces: operation("listSandboxWorkspaces", { run: listWorkspaces }),
  deleteSandboxWorkspace: operation("deleteSandboxWorkspace", { run: deleteWorkspace }),
};
