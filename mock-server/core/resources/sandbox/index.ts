/** This resource's operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { createKey, createKeyBody, deleteKey, listKeys, listKeysQuery } from "./api-keys.ts";
import { getClock, getWorld, reset, setClock, setClockBody } from "./sandbox-control.ts";
import { sendTestEvent, webhookTestBody } from "./webhook-test.ts";

export const sandboxOperations = {
  getSandboxWorld: operation("getSandboxWorld", { run: getWorld }),
  listSandboxApiKeys: operation("listSandboxApiKeys", { query: listKeysQuery, run: listKeys }),
  createSandboxApiKey: operation("createSandboxApiKey", { body: createKeyBody, run: createKey }),
  deleteSandboxApiKey: operation("deleteSandboxApiKey", { run: deleteKey }),
  sendSandboxTestEvent: operation("sendSandboxTestEvent", { body: webhookTestBody, run: sendTestEvent }),
  getSandboxClock: operation("getSandboxClock", { run: getClock }),
  setSandboxClock: operation("setSandboxClock", { body: setClockBody, run: setClock }),
  resetSandbox: operation("resetSandbox", { run: reset }),
};
