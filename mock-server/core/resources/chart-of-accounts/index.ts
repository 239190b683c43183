/** This resource's operations, keyed by operationId. */
import { createAccountsBatch } from "./account-batch.ts";
import { accountBatchBody, accountCreateBody, accountSearchBody, accountSearchQuery, accountUpdateBody } from "./account-input.ts";
import { createAccount, deleteAccount, getAccount, searchAccounts, updateAccount } from "./chart-of-accounts.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const chartOfAccountsOperations: Record<string, LegacyOperation> = {
  createAccountV1: { body: accountCreateBody, run: createAccount },
  createAccountsBatchV1: { body: accountBatchBody, run: createAccountsBatch },
  getAccountV1: { run: getAccount },
  updateAccountV1: { body: accountUpdateBody, run: updateAccount },
  deleteAccountV1: { run: deleteAccount },
  searchAccountsV1: { query: accountSearchQuery, body: accountSearchBody, run: searchAccounts },
};
