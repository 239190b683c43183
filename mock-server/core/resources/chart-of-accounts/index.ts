/** The chart of accounts' operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { createAccountsBatch } from "./account-batch.ts";
import { accountBatchBody, accountCreateBody, accountSearchBody, accountSearchQuery, accountUpdateBody } from "./account-input.ts";
import { createAccount, deleteAccount, getAccount, searchAccounts, updateAccount } from "./chart-of-accounts.ts";

export const chartOfAccountsOperations = {
  createAccountV1: operation("createAccountV1", { body: accountCreateBody, run: createAccount }),
  createAccountsBatchV1: operation("createAccountsBatchV1", { body: accountBatchBody, run: createAccountsBatch }),
  getAccountV1: operation("getAccountV1", { run: getAccount }),
  updateAccountV1: operation("updateAccountV1", { body: accountUpdateBody, run: updateAccount }),
  deleteAccountV1: operation("deleteAccountV1", { run: deleteAccount }),
  searchAccountsV1: operation("searchAccountsV1", { query: accountSearchQuery, body: accountSearchBody, run: searchAccounts }),
};
