/**
 * Pleo's cursor pagination: `before`/`after` opaque cursors (base32, pattern ^[A-Z2-7=~]+$),
 * `offset`, `limit`, `sorting_keys`/`sorting_order`, and the `pagination` object of every list
 * response. Cursors encode a position, so walking `after=endCursor` visits every item once. Each
 * route states its own limits and sorting keys, as its Pleo document does.
 */
import { shown } from "./shown.ts";
import { z } from "zod";
import { pageOrderSchema } from "../world/fixtures.ts";
import { queryList } from "./query.ts";
import type { CursorPageInfo, PageOrder } from "../../openapi/types.ts";

export const DEFAULT_LIMIT = 20;
/** `limit` is an int32 in every document. */
const INT32_MAX = 2 ** 31 - 1;

const cursor = z
  .string()
  .regex(/^[A-Z2-7=~]+$/, "must be a cursor from a previous page (base32: A-Z, 2-7, =)")
  .refine((value) => isCursor(value), "is not a cursor this sandbox gave out; use startCursor or endCursor from a previous page");

/** A whole number of items per page; `limit=` (empty) means the default. */
function pageLimit(min: number, max: number, fallback: number) {
  return z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(min).max(max).default(fallback));
}

/** The paging parameters every list route accepts, mixed into its query schema with `pagedQuery`. */
const pageShape = {
  before: cursor.optional(),
  after: cursor.optional(),
  offset: z.coerce.number().int().min(0).optional(),
  limit: pageLimit(0, INT32_MAX, DEFAULT_LIMIT),
  sorting_keys: queryList(z.string()),
  sorting_order: queryList(pageOrderSchema),
};

export type PageParams = z.infer<z.ZodObject<typeof pageShape>>;

/**
 * A route's paging, as its Pleo document states it. Without options: `limit` from 0 up with no
 * maximum (the documents state none), default 20, `offset` accepted, any sorting key.
 */
export interface PageOptions<K extends string = string> {
  /** The document's sorting-key enum; left out where it types the key as a free string. */
  sortingKeys?: readonly K[];
  defaultLimit?: number;
  minLimit?: number;
  /** Only where the document states a maximum (Gjoll's entry and receipt lists: 100). */
  maxLimit?: number;
  /** false: the route declares no `offset` (an `offset` sent is ignored, as an undeclared parameter is). */
  offset?: boolean;
}

/** A query schema of the route's own filters plus paging, refusing contradictory paging input. */
export function pagedQuery<T extends z.ZodRawShape, K extends string = string>(filters: T, options: PageOptions<K> = {}) {
  const { sortingKeys, defaultLimit = DEFAULT_LIMIT, minLimit = 0, maxLimit = INT32_MAX } = options;
  const shape = {
    ...pageShape,
    limit: pageLimit(minLimit, maxLimit, defaultLimit),
    offset: options.offset === false ? z.unknown().optional().transform(() => undefined) : pageShape.offset,
  };
  const isSortable = (key: string): key is K => sortingKeys === undefined || (sortingKeys as readonly string[]).includes(key);
  return z
    .object({ ...filters, ...shape })
    .superRefine((value, ctx) => {
      const q = value as PageParams;
      const given = (["before", "after", "offset"] as const).filter((k) => q[k] !== undefined);
      if (given.length > 1) ctx.addIssue({ code: "custom", message: `${given.join(", ")} are mutually exclusive; send one`, path: [given[1]!] });
      for (const key of q.sorting_keys ?? []) {
        if (!isSortable(key)) ctx.addIssue({ code: "custom", message: `unknown sorting key ${shown(key)}; use ${sortingKeys!.join(", ")}`, path: ["sorting_keys"] });
      }
      if (q.sorting_order && q.sorting_order.length !== (q.sorting_keys ?? []).length) {
        ctx.addIssue({ code: "custom", message: "sorting_order needs one value per sorting_keys value", path: ["sorting_order"] });
      }
    })
    // The refinement above refused every other key, so the keys are the route's own.
    .transform((query) => ({ ...query, sorting_keys: (query as PageParams).sorting_keys?.filter(isSortable) }));
}

/** A page of `items` (sorted as asked) with Pleo's pagination object. */
export function paginate<T extends object>(
  items: readonly T[],
  page: PageParams,
  parameters: Record<string, string[]>,
): { data: T[]; pagination: CursorPageInfo } {
  const sorted = sortItems(items, page.sorting_keys ?? [], page.sorting_order ?? []);
  const total = sorted.length;
  let start: number;
  if (page.after !== undefined) start = decodeCursor(page.after) + 1;
  else if (page.before !== undefined) start = Math.max(0, decodeCursor(page.before) - page.limit);
  else start = page.offset ?? 0;
  const end = Math.min(total, page.before !== undefined ? decodeCursor(page.before) : start + page.limit);
  const data = sorted.slice(start, Math.max(start, end));
  return {
    data,
    pagination: {
      currentRequestPagination: {
        parameters,
        ...(page.after !== undefined && { after: page.after }),
        ...(page.before !== undefined && { before: page.before }),
        ...(page.offset !== undefined && { offset: page.offset }),
        limit: page.limit,
        ...(page.sorting_keys && { sortingKeys: page.sorting_keys }),
        ...(page.sorting_order && { sortingOrder: page.sorting_order }),
      },
      hasNextPage: start + data.length < total,
      hasPreviousPage: start > 0 && total > 0,
      ...(data.length > 0 && { startCursor: encodeCursor(start), endCursor: encodeCursor(start + data.length - 1) }),
      total,
    },
  };
}

/** Cursor for the item at `position`: RFC 4648 base32 of its decimal position. */
export function encodeCursor(position: number): string {
  return base32(new TextEncoder().encode(String(position)));
}

/** The position a cursor stands for; a cursor this sandbox did not make decodes to an invalid position. */
export function decodeCursor(value: string): number {
  const text = new TextDecoder().decode(unbase32(value));
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Whether a cursor is one this sandbox made (checked before paging, to answer 400 and not an empty page). */
export function isCursor(value: string): boolean {
  return Number.isSafeInteger(decodeCursor(value));
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, "=");
}

function unbase32(text: string): Uint8Array {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.replace(/[=~]+$/, "")) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return new Uint8Array();
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(bytes);
}

/** Sorted by each key in turn: numbers as numbers, everything else as text; a key no item has keeps the order. */
export function sortItems<T extends object>(items: readonly T[], keys: string[], orders: PageOrder[]): T[] {
  if (keys.length === 0) return [...items];
  return [...items].sort((a, b) => {
    for (const [i, key] of keys.entries()) {
      const order = orders[i] ?? "ASC";
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      const result = compareValues(x, y, order);
      if (result !== 0) return result;
    }
    return 0;
  });
}

function compareValues(x: unknown, y: unknown, order: PageOrder): number {
  const descending = order.startsWith("DESC");
  if (x == null || y == null) {
    if (x == null && y == null) return 0;
    const nullsFirst = order.endsWith("NULLS_FIRST") || (!order.includes("NULLS") && descending);
    return (x == null ? -1 : 1) * (nullsFirst ? 1 : -1);
  }
  const result = typeof x === "number" && typeof y === "number" ? Math.sign(x - y) : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
  return descending ? -result : result;
}
