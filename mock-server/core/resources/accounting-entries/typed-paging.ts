/** Paging for routes whose contract types `sorting_keys` as an enum of their keys, not plain strings. */
import type { z } from "zod";
import type { PageParams } from "../../http/pagination.ts";

/**
 * A `pagedQuery` schema with `sorting_keys` typed as the route's keys. It accepts and refuses
 * exactly what `schema` does: `pagedQuery` already refuses any key outside `sortable`, so the
 * filter drops nothing.
 */
export function withSortingKeys<O extends PageParams, K extends string>(schema: z.ZodType<O>, sortable: readonly K[]) {
  const isSortingKey = (key: string): key is K => (sortable as readonly string[]).includes(key);
  return schema.transform((query): Omit<O, "sorting_keys"> & { sorting_keys?: K[] } => ({ ...query, sorting_keys: query.sorting_keys?.filter(isSortingKey) }));
}
