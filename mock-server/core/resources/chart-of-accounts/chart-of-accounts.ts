/**
 * The chart of accounts (/v1/chart-of-accounts, scope accounts:read|write): bookkeeping accounts,
 * unique per company by `externalId`. Changed in place in the world, so the accounting entries that
 * point at an account (by id) see its new name, code or archived flag.
 */
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { World } from "../../world/fixtures.ts";
import { findAccount } from "../../world/records.ts";
import type { Account } from "../../../openapi/types.ts";
import { visibleOr } from "../shared/access-rules.ts";
import { applyChanges, refuseDeleteWhileUsed } from "../shared/master-data.ts";
import type { AccountCreateBody, AccountSearchBody, AccountSearchQuery, AccountUpdateBody } from "./account-input.ts";
import { newAccount, requireKnownTaxCode } from "./account-records.ts";

/** The account with id `accountId` if this request may see it; otherwise throws ACCOUNT_NOT_FOUND. */
function visibleAccount(ctx: { world: World; access: Access }, accountId: string): Account {
  return visibleOr(ctx, findAccount(ctx.world, accountId), () => errors.notFound("ACCOUNT_NOT_FOUND", "account", accountId));
}

const COMPARED = ["name", "archived", "code", "taxCodeExternalId", "metadata"] as const;

/** Whether a create request asks for exactly what the existing account already holds. */
function sameValues(account: Account, body: AccountCreateBody): boolean {
  return COMPARED.every((field) => JSON.stringify(account[field] ?? null) === JSON.stringify(body[field] ?? null));
}

/** 201 created; 200 when the same externalId already holds these values; 409 when it holds others. */
export function createAccount({ world, body }: OperationContext<"createAccountV1", never, AccountCreateBody>): Reply<"createAccountV1"> {
  const existing = world.accounts.find((a) => a.companyId === body.companyId && a.externalId === body.externalId);
  if (existing) {
    if (!sameValues(existing, body)) throw errors.externalIdTaken(body.externalId, body.companyId, existing.id);
    return json(200, { data: existing });
  }
  requireKnownTaxCode(world, body.companyId, body.taxCodeExternalId);
  const { companyId, ...fields } = body;
  const account = newAccount(companyId, fields);
  world.accounts.push(account);
  return json(201, { data: account });
}

/** One account the key may see. */
export function getAccount(ctx: OperationContext<"getAccountV1", never, never>): Reply<"getAccountV1"> {
  return json(200, { data: visibleAccount(ctx, ctx.params.accountId) });
}

/** Optional fields left out keep their value; null clears them. A new code reaches the entries' accountCode. */
export function updateAccount(ctx: OperationContext<"updateAccountV1", never, AccountUpdateBody>): Reply<"updateAccountV1"> {
  const account = visibleAccount(ctx, ctx.params.accountId);
  requireKnownTaxCode(ctx.world, account.companyId, ctx.body.taxCodeExternalId);
  applyChanges(account, ctx.body);
  copyCodeToEntries(ctx.world, account);
  return json(200, { data: account });
}

/** Gives every accounting entry and split item booked on `account` the account's current code. */
function copyCodeToEntries(world: World, account: Account): void {
  for (const entry of world.accountingEntries) {
    for (const item of [entry, ...entry.splitItems]) {
      if (item.accountId === account.id) applyChanges(item, { accountCode: account.code ?? null });
    }
  }
}

/** Only an account no entry uses; Pleo says to archive (PUT) the others. */
export function deleteAccount(ctx: OperationContext<"deleteAccountV1", never, never>): Reply<"deleteAccountV1"> {
  const account = visibleAccount(ctx, ctx.params.accountId);
  refuseDeleteWhileUsed(ctx.world, { what: "Account", id: account.id, archiveWith: `PUT /v1/chart-of-accounts/${account.id}` }, (ref) => ref.accountId === account.id);
  ctx.world.accounts.splice(ctx.world.accounts.indexOf(account), 1);
  return empty(204);
}

/** The two excludeIfAssigned... flags change nothing: the sandbox has no categories or contra accounts. */
export function searchAccounts({ world, query, body }: OperationContext<"searchAccountsV1", AccountSearchQuery, AccountSearchBody>): Reply<"searchAccountsV1"> {
  const name = body.name?.toLowerCase();
  const matches = world.accounts.filter(
    (a) =>
      a.companyId === body.companyId &&
      (body.archived == null || a.archived === body.archived) &&
      (body.code == null || a.code === body.code) &&
      (body.codes == null || (a.code !== undefined && body.codes.includes(a.code))) &&
      (body.externalId == null || a.externalId === body.externalId) &&
      (body.ids == null || body.ids.includes(a.id)) &&
      (name == null || a.name.toLowerCase().includes(name)),
  );
  return json(200, paginate(matches, query, {}));
}
