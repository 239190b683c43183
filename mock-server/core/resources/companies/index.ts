/** This resource's operations, keyed by operationId. */
import { companiesQuery, getCompany, listCompanies } from "./companies.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const companiesOperations: Record<string, LegacyOperation> = {
  getCompanies: { query: companiesQuery, run: listCompanies },
  getCompany: { run: getCompany },
};
