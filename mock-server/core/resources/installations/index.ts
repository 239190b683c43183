/** The installation's operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { introspect } from "./introspect.ts";
import { activateInstallation, createInstallation, createInstallationBody, deleteInstallation, getInstallation, updateInstallation, updateInstallationBody } from "./installations.ts";

export const installationsOperations = {
  getClientInstallation: operation("getClientInstallation", { run: getInstallation }),
  createClientInstallation: operation("createClientInstallation", { body: createInstallationBody, run: createInstallation }),
  updateClientInstallation: operation("updateClientInstallation", { body: updateInstallationBody, run: updateInstallation }),
  deleteClientInstallation: operation("deleteClientInstallation", { run: deleteInstallation }),
  activateMyInstallation: operation("activateMyInstallation", { run: activateInstallation }),
  introspect: operation("introspect", { run: introspect }),
};
