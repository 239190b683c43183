/**
 * A page of items that are costly to build (export items): without a sort only the page's own
 * sources are built, since the order and the pagination object depend on positions alone; a sort
 * may name any field of a built item, so then every item is built first, as before.
 */
import type { CursorPageInfo } from "../../openapi/types.ts";
import { paginate, type PageParams } from "./pagination.ts";

/** The same answer as `paginate(await Promise.all(sources.map(build)), page, parameters)`, building fewer items. */
export async function paginateBuilt<S extends object, T extends object>(
  sources: readonly S[],
  build: (source: S) => Promise<T> | T,
  page: PageParams,
  parameters: Record<string, string[]>,
): Promise<{ data: T[]; pagination: CursorPageInfo }> {
  if ((page.sorting_keys ?? []).length > 0) return paginate(await Promise.all(sources.map(build)), page, parameters);
  const { data, pagination } = paginate(sources, page, parameters);
  return { data: await Promise.all(data.map(build)), pagination };
}
