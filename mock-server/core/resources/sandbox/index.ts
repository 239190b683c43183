/** This resource's operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { createKey, createKeyBody, deleteKey, listKeys, listKeysQuery } from "./api-keys.ts";
import { install, installBody, listInstallations, uninstallApp } from "./app-installations.ts";
import { createApp, createAppBody, deleteApp, listApps } from "./oauth-apps.ts";
import { getClock, getWorld, reset, setClock, setClockBody } from "./sandbox-control.ts";
import { sendTestEvent, webhookTestBody } from "./webhook-test.ts";

export const sandboxOperations = {
  getSandboxWorld: operation("getSandboxWorld", { run: getWorld }),
  listSandboxApiKeys: operation("listSandboxApiKeys", { query: listKeysQuery, run: listKeys }),
  createSandboxApiKey: operation("createSandboxApiKey", { body: createKeyBody, run: createKey }),
  deleteSandboxApiKey: operation("deleteSandboxApiKey", { run: deleteKey }),
  listSandboxOAuthApps: operation("listSandboxOAuthApps", { run: listApps }),
  createSandboxOAuthApp: operation("createSandboxOAuthApp", { body: createAppBody, run: createApp }),
  deleteSandboxOAuthApp: operation("deleteSandboxOAuthApp", { run: deleteApp }),
  listSandboxInstallations: operation("listSandboxInstallations", { run: listInstallations }),
  createSandboxInstallation: operation("createSandboxInstallation", { body: installBody, run: install }),
  deleteSandboxInstallation: operation("deleteSandboxInstallation", { run: uninstallApp }),
  sendSandboxTestEvent: operation("sendSandboxTestEvent", { body: webhookTestBody, run: sendTestEvent }),
  getSandboxClock: operation("getSandboxClock", { run: getClock }),
  setSandboxClock: operation("setSandboxClock", { body: setClockBody, run: setClock }),
  resetSandbox: operation("resetSandbox", { run: reset }),
};
