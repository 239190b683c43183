/**
 * Contra accounts (domain rule, no HTTP): each Pleo account (wallet) of a company maps to an account
 * in the ERP. Export v3 needs every wallet mapped: creating a job or reading export items for a
 * company with an unmapped wallet is refused with 400 MISSING_CONTRA_ACCOUNTS, and each export
 * item names the contra account of the wallet it was paid from.
 */
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import type { OperationId } from "../../pipeline/operation.ts";
import type { Schemas } from "../../../openapi/types.ts";

/** The operations that read the contra-account configuration (and that a forced scenario may refuse). */
export const CONTRA_ACCOUNT_OPERATIONS: readonly OperationId[] = ["createExportJobV3", "getExportItemsV3"];

/** Throws 400 MISSING_CONTRA_ACCOUNTS for the first of these companies with a wallet not mapped. */
export function requireContraAccounts(world: World, companyIds: readonly string[]): void {
  for (const companyId of companyIds) {
    const unmapped = world.wallets.filter((w) => w.companyId === companyId && w.contraAccount === undefined);
    if (unmapped.length === 0) continue;
    const company = world.companies.find((c) => c.id === companyId);
    throw errors.missingContraAccounts(company?.name ?? "unknown", companyId, unmapped.map((w) => w.name));
  }
}

/** The contra account of the company's wallet in `currency`, as an export item carries it. */
export function contraAccountOf(world: World, companyId: string, currency: string): Schemas["ExportContraAccount"] | undefined {
  const wallet = world.wallets.find((w) => w.companyId === companyId && w.currency === currency);
  if (!wallet?.contraAccount) return undefined;
  return { id: wallet.id, name: wallet.name, code: wallet.contraAccount.code, identifier: wallet.contraAccount.identifier };
}

/** The world as a company would have it before mapping its wallets (for a forced scenario). */
export function withoutContraAccounts(world: World, companyIds: readonly string[]): World {
  return { ...world, wallets: world.wallets.map(({ contraAccount, ...wallet }) => (companyIds.includes(wallet.companyId) ? wallet : { ...wallet, ...(contraAccount && { contraAccount }) })) };
}
