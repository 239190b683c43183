/** The vendors' operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { vendorActivateBody, vendorCreateBody, vendorSearchBody, vendorSearchQuery, vendorUpdateBody } from "./vendor-input.ts";
import { activateVendor, archiveVendor, createVendor, getVendor, searchVendors, updateVendor } from "./vendors.ts";

export const vendorsOperations = {
  postVendor: operation("postVendor", { body: vendorCreateBody, run: createVendor }),
  getVendorById: operation("getVendorById", { run: getVendor }),
  updateVendor: operation("updateVendor", { body: vendorUpdateBody, run: updateVendor }),
  activateVendor: operation("activateVendor", { body: vendorActivateBody, run: activateVendor }),
  archiveVendorById: operation("archiveVendorById", { run: archiveVendor }),
  searchVendors: operation("searchVendors", { query: vendorSearchQuery, body: vendorSearchBody, run: searchVendors }),
};
