/** The companies' operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { companiesQuery, getCompany, listCompanies } from "./companies.ts";

export const companiesOperations = {
  getCompanies: operation("getCompanies", { query: companiesQuery, run: listCompanies }),
  getCompany: operation("getCompany", { run: getCompany }),
};
