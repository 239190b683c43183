/**
 * Keys by hash: a lookup is one map read, however many keys were ever made. The index follows the
 * sandbox's `keys` array (appended to by operations, replaced by a reset or a restore) without any
 * operation having to maintain it: new keys at the end are indexed on the next lookup, and an array
 * that shrank or was replaced is indexed afresh.
 */
import type { StoredKey } from "./state.ts";

interface Index {
  byHash: Map<string, StoredKey>;
  /** How many of the array's keys are in the map (always its first ones). */
  indexed: number;
  /** The key at `indexed - 1` when it was indexed, to notice an array rewritten in place. */
  last: StoredKey | undefined;
}

const indexes = new WeakMap<readonly StoredKey[], Index>();

/** The key whose secret hashes to `hash`, deleted ones included (so they are refused as revoked). */
export function keyWithHash(keys: readonly StoredKey[], hash: string): StoredKey | undefined {
  let index = indexes.get(keys);
  const stale = index !== undefined && (index.indexed > keys.length || (index.indexed > 0 && keys[index.indexed - 1] !== index.last));
  if (index === undefined || stale) {
    index = { byHash: new Map(), indexed: 0, last: undefined };
    indexes.set(keys, index);
  }
  for (; index.indexed < keys.length; index.indexed++) {
    const key = keys[index.indexed]!;
    // The first key with a hash wins, as a scan from the start would find it.
    if (!index.byHash.has(key.hash)) index.byHash.set(key.hash, key);
    index.last = key;
  }
  return index.byHash.get(hash);
}
