/** This resource's operations, keyed by operationId. */
import { createKey, createKeyBody, deleteKey, listKeys } from "./api-keys.ts";
import { getClock, getWorld, reset, setClock, setClockBody } from "./sandbox-control.ts";
import { sendTestEvent, webhookTestBody } from "./webhook-test.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const sandboxOperations: Record<string, LegacyOperation> = {
  getSandboxWorld: { run: getWorld },
  listSandboxApiKeys: { run: listKeys },
  createSandboxApiKey: { body: createKeyBody, run: createKey },
  deleteSandboxApiKey: { run: deleteKey },
  sendSandboxTestEvent: { body: webhookTestBody, run: sendTestEvent },
  getSandboxClock: { run: getClock },
  setSandboxClock: { body: setClockBody, run: setClock },
  resetSandbox: { run: reset },
};
