/**
 * The chart of accounts (/v1/chart-of-accounts, scope accounts:read|write): bookkeeping accounts,
 * unique per company by `externalId`. Changed in place in the world, so the accounting entries that
 * point at an account (by id) see its new name, code or archived flag.
 */
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { Account } from "../../../openapi/types.ts";
import type { AccountCreateBody, AccountSearchBody, AccountSearchQuery, AccountUpdateBody } from "./account-input.ts";
import { isVisible } from "../shared/access-rules.ts";
import { applyChanges, entriesUsing } from "../shared/master-data.ts";
import { findAccount } from "../../world/records.ts";

function visibleAccount(ctx: OperationContext<unknown, unknown>): Account | ApiError {
  const id = ctx.params.accountId ?? "";
  const account = findAccount(ctx.world, id);
  return account && isVisible(ctx, account) ? account : errors.notFound("ACCOUNT_NOT_FOUND", "account", id);
}

/** A `taxCodeExternalId` must be the code of one of the company's tax codes (Pleo: "tax code does not exist"). */
export function checkTaxCode(world: World, companyId: string, taxCodeExternalId: string | null | undefined): ApiError | undefined {
  if (taxCodeExternalId === undefined || taxCodeExternalId === null) return undefined;
  const codes = world.taxCodes.filter((t) => t.companyId === companyId).flatMap((t) => (t.code === undefined ? [] : [t.code]));
  return codes.includes(taxCodeExternalId) ? undefined : errors.unknownTaxCodeExternalId(taxCodeExternalId, companyId, codes);
}

/** A new account from a create request (or a batch item), without null fields. */
export function newAccount(companyId: string, fields: Omit<AccountCreateBody, "companyId">): Account {
  const account = { id: crypto.randomUUID(), companyId } as Account;
  applyChanges(account, fields);
  return account;
}

const COMPARED = ["name", "archived", "code", "taxCodeExternalId", "metadata"] as const;

/** Whether a create request asks for exactly what the existing account already holds. */
function sameValues(account: Account, body: AccountCreateBody): boolean {
  return COMPARED.every((field) => JSON.stringify(account[field] ?? null) === JSON.stringify(body[field] ?? null));
}

/** 201 created; 200 when the same externalId already holds these values; 409 when it holds others. */
export function createAccount(ctx: OperationContext<unknown, AccountCreateBody>): SandboxResponse | ApiError {
  const { body } = ctx;
  const existing = ctx.world.accounts.find((a) => a.companyId === body.companyId && a.externalId === body.externalId);
  if (existing) return sameValues(existing, body) ? json(200, { data: existing }) : errors.externalIdTaken(body.externalId, body.companyId, existing.id);
  const invalid = checkTaxCode(ctx.world, body.companyId, body.taxCodeExternalId);
  if (invalid) return invalid;
  const { companyId, ...fields } = body;
  const account = newAccount(companyId, fields);
  ctx.world.accounts.push(account);
  return json(201, { data: account });
}

export function getAccount(ctx: OperationContext): SandboxResponse | ApiError {
  const account = visibleAccount(ctx);
  return dataOr(account);
}

/** Optional fields left out keep their value; null clears them. A new code reaches the entries' accountCode. */
export function updateAccount(ctx: OperationContext<unknown, AccountUpdateBody>): SandboxResponse | ApiError {
  const account = visibleAccount(ctx);
  if ("reason" in account) return account;
  const invalid = checkTaxCode(ctx.world, account.companyId, ctx.body.taxCodeExternalId);
  if (invalid) return invalid;
  applyChanges(account, ctx.body);
  for (const entry of ctx.world.accountingEntries) {
    for (const item of [entry, ...entry.splitItems]) {
      if (item.accountId === account.id) applyChanges(item, { accountCode: account.code ?? null });
    }
  }
  return json(200, { data: account });
}

/** Only an account no entry uses; Pleo says to archive (PUT) the others. */
export function deleteAccount(ctx: OperationContext): SandboxResponse | ApiError {
  const account = visibleAccount(ctx);
  if ("reason" in account) return account;
  const using = entriesUsing(ctx.world, (ref) => ref.accountId === account.id);
  if (using > 0) return errors.inUse("Account", account.id, using, `PUT /v1/chart-of-accounts/${account.id}`);
  ctx.world.accounts.splice(ctx.world.accounts.indexOf(account), 1);
  return empty(204);
}

/** The two excludeIfAssigned... flags change nothing: the sandbox has no categories or contra accounts. */
export function searchAccounts(ctx: OperationContext<AccountSearchQuery, AccountSearchBody>): SandboxResponse {
  const { body } = ctx;
  const name = body.name?.toLowerCase();
  const matches = ctx.world.accounts.filter(
    (a) =>
      a.companyId === body.companyId &&
      (body.archived == null || a.archived === body.archived) &&
      (body.code == null || a.code === body.code) &&
      (body.codes == null || (a.code !== undefined && body.codes.includes(a.code))) &&
      (body.externalId == null || a.externalId === body.externalId) &&
      (body.ids == null || body.ids.includes(a.id)) &&
      (name == null || a.name.toLowerCase().includes(name)),
  );
  return json(200, paginate(matches, ctx.query, {}));
}
