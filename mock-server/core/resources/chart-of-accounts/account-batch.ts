/**
 * POST /v1/chart-of-accounts/batch: every item is checked on its own; the good ones are created,
 * the others come back in `failed` with Pleo's reasons. Only a malformed request is a 400.
 */
import { json, type SandboxResponse } from "../../http/http.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { Account, Schemas } from "../../../openapi/types.ts";
import type { AccountBatchBody, AccountBatchItem } from "./account-input.ts";
import { checkTaxCode, newAccount } from "./chart-of-accounts.ts";

type Reason = Schemas["AccountBatchFailureReason"];
const MAX = 255;

function reasonsAgainst(item: AccountBatchItem, taken: Set<string>, taxCodeProblem: boolean): Reason[] {
  const reasons: Reason[] = [];
  if (item.externalId.trim() === "") reasons.push("EXTERNAL_ID_EMPTY");
  if (item.externalId.length > MAX) reasons.push("EXTERNAL_ID_TOO_LONG");
  if (taken.has(item.externalId)) reasons.push("EXTERNAL_ID_ALREADY_EXISTS");
  if (item.name.trim() === "") reasons.push("NAME_EMPTY");
  if (item.name.length > MAX) reasons.push("NAME_TOO_LONG");
  if ((item.code ?? "").length > MAX) reasons.push("CODE_TOO_LONG");
  if (taxCodeProblem) reasons.push("OTHER"); // an unknown taxCodeExternalId has no reason of its own
  return reasons;
}

export function createAccountsBatch(ctx: OperationContext<unknown, AccountBatchBody>): SandboxResponse {
  const { companyId, items } = ctx.body;
  const taken = new Set(ctx.world.accounts.filter((a) => a.companyId === companyId).map((a) => a.externalId));
  const created: Account[] = [];
  const failed: Schemas["AccountBatchFailure"][] = [];
  for (const item of items) {
    const reasons = reasonsAgainst(item, taken, checkTaxCode(ctx.world, companyId, item.taxCodeExternalId) !== undefined);
    if (reasons.length > 0) {
      failed.push({ reasons, request: item });
      continue;
    }
    const account = newAccount(companyId, item);
    taken.add(account.externalId); // a later item with the same externalId fails
    created.push(account);
  }
  ctx.world.accounts.push(...created);
  return json(201, { data: { created, failed } });
}
