/**
 * POST /v1/chart-of-accounts/batch: every item is checked on its own; the good ones are created,
 * the others come back in `failed` with Pleo's reasons. Only a malformed request is a 400.
 */
import { json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Account, Schemas } from "../../../openapi/types.ts";
import type { AccountBatchBody, AccountBatchItem } from "./account-input.ts";
import { isKnownTaxCode, newAccount } from "./account-records.ts";

type Reason = Schemas["AccountBatchFailureReason"];
const MAX = 255;

/** Every reason Pleo gives for refusing `item`, given the externalIds already in use; none when it can be created. */
function reasonsAgainst(item: AccountBatchItem, taken: Set<string>, knownTaxCode: boolean): Reason[] {
  const reasons: Reason[] = [];
  if (item.externalId.trim() === "") reasons.push("EXTERNAL_ID_EMPTY");
  if (item.externalId.length > MAX) reasons.push("EXTERNAL_ID_TOO_LONG");
  if (taken.has(item.externalId)) reasons.push("EXTERNAL_ID_ALREADY_EXISTS");
  if (item.name.trim() === "") reasons.push("NAME_EMPTY");
  if (item.name.length > MAX) reasons.push("NAME_TOO_LONG");
  if ((item.code ?? "").length > MAX) reasons.push("CODE_TOO_LONG");
  if (!knownTaxCode) reasons.push("OTHER"); // an unknown taxCodeExternalId has no reason of its own
  return reasons;
}

/** Creates the items that pass every check; answers 201 with them and the failed items. */
export function createAccountsBatch(ctx: OperationContext<"createAccountsBatchV1", never, AccountBatchBody>): Reply<"createAccountsBatchV1"> {
  const { companyId, items } = ctx.body;
  const taken = new Set(ctx.world.accounts.filter((a) => a.companyId === companyId).map((a) => a.externalId));
  const created: Account[] = [];
  const failed: Schemas["AccountBatchFailure"][] = [];
  for (const item of items) {
    const reasons = reasonsAgainst(item, taken, isKnownTaxCode(ctx.world, companyId, item.taxCodeExternalId));
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
