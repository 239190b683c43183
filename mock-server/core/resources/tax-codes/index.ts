/** This resource's operations, keyed by operationId. */
import { createTaxCode, deleteTaxCode, getTaxCode, searchTaxCodes, taxCodeBody, taxCodeSearchBody, taxCodeSearchQuery, updateTaxCode } from "./tax-codes.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const taxCodesOperations: Record<string, LegacyOperation> = {
  createTaxCode: { body: taxCodeBody, run: createTaxCode },
  getTaxCode: { run: getTaxCode },
  updateTaxCode: { body: taxCodeBody, run: updateTaxCode },
  deleteTaxCode: { run: deleteTaxCode },
  getTaxCodes: { query: taxCodeSearchQuery, body: taxCodeSearchBody, run: searchTaxCodes },
};
