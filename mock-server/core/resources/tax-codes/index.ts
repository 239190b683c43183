/** The tax-code operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { calculateTax } from "./calculate-tax.ts";
import { taxCodeBody, taxCodeSearchBody, taxCodeSearchQuery } from "./tax-code-input.ts";
import { createTaxCode, deleteTaxCode, getTaxCode, searchTaxCodes, updateTaxCode } from "./tax-codes.ts";

export const taxCodesOperations = {
  createTaxCode: operation("createTaxCode", { body: taxCodeBody, run: createTaxCode }),
  getTaxCode: operation("getTaxCode", { run: getTaxCode }),
  updateTaxCode: operation("updateTaxCode", { body: taxCodeBody, run: updateTaxCode }),
  deleteTaxCode: operation("deleteTaxCode", { run: deleteTaxCode }),
  getTaxCodes: operation("getTaxCodes", { query: taxCodeSearchQuery, body: taxCodeSearchBody, run: searchTaxCodes }),
  calculateTax,
};
