/** This resource's operations, keyed by operationId. */
import { createInstallation, createInstallationBody, deleteInstallation, getInstallation, updateInstallation, updateInstallationBody } from "./installations.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const installationsOperations: Record<string, LegacyOperation> = {
  getClientInstallation: { run: getInstallation },
  createClientInstallation: { body: createInstallationBody, run: createInstallation },
  updateClientInstallation: { body: updateInstallationBody, run: updateInstallation },
  deleteClientInstallation: { run: deleteInstallation },
};
