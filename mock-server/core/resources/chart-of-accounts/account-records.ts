/** What a single create, an update and a batch item share: building an account, and checking its tax code. */
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import type { Account } from "../../../openapi/types.ts";
import { applyChanges } from "../shared/master-data.ts";
import type { AccountCreateBody } from "./account-input.ts";

/** The codes of the company's tax codes: what an account's `taxCodeExternalId` may name. */
function taxCodeExternalIds(world: World, companyId: string): string[] {
  return world.taxCodes.filter((t) => t.companyId === companyId).flatMap((t) => (t.code === undefined ? [] : [t.code]));
}

/** Whether a `taxCodeExternalId` is absent or the code of one of the company's tax codes. */
export function isKnownTaxCode(world: World, companyId: string, taxCodeExternalId: string | null | undefined): boolean {
  return taxCodeExternalId == null || taxCodeExternalIds(world, companyId).includes(taxCodeExternalId);
}

/** Throws a 400 naming the company's codes when `taxCodeExternalId` is sent and is none of them (Pleo: "tax code does not exist"). */
export function requireKnownTaxCode(world: World, companyId: string, taxCodeExternalId: string | null | undefined): void {
  if (taxCodeExternalId == null) return;
  const known = taxCodeExternalIds(world, companyId);
  if (!known.includes(taxCodeExternalId)) throw errors.unknownTaxCodeExternalId(taxCodeExternalId, companyId, known);
}

/** A new account from a create request (or a batch item), without null fields. */
export function newAccount(companyId: string, fields: Omit<AccountCreateBody, "companyId">): Account {
  const account = { id: crypto.randomUUID(), companyId } as Account;
  applyChanges(account, fields);
  return account;
}
