/** The accounting entry a request names in its path, as every accounting-entry route looks it up. */
import { errors, type ApiError } from "../../http/errors.ts";
import type { Access } from "../../pipeline/access.ts";
import type { WorldEntry } from "../../world/accounting-world.ts";
import type { World } from "../../world/fixtures.ts";
import { findEntry } from "../../world/records.ts";
import { visibleOr } from "../shared/access-rules.ts";

/** The refusal for an entry the request may not see (or that does not exist). */
export function entryNotFound(id: string): ApiError {
  return errors.notFound("ACCOUNTING_ENTRY_NOT_FOUND", "accounting entry", id);
}

/** The entry if it belongs to a company the request may see; otherwise throws 404. */
export function visibleEntry(ctx: { world: World; access: Access }, id: string): WorldEntry {
  return visibleOr(ctx, findEntry(ctx.world, id), () => entryNotFound(id));
}
