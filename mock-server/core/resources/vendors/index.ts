/** This resource's operations, keyed by operationId. */
import { vendorActivateBody, vendorCreateBody, vendorSearchBody, vendorSearchQuery, vendorUpdateBody } from "./vendor-input.ts";
import { activateVendor, archiveVendor, createVendor, getVendor, searchVendors, updateVendor } from "./vendors.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const vendorsOperations: Record<string, LegacyOperation> = {
  postVendor: { body: vendorCreateBody, run: createVendor },
  getVendorById: { run: getVendor },
  updateVendor: { body: vendorUpdateBody, run: updateVendor },
  activateVendor: { body: vendorActivateBody, run: activateVendor },
  archiveVendorById: { run: archiveVendor },
  searchVendors: { query: vendorSearchQuery, body: vendorSearchBody, run: searchVendors },
};
