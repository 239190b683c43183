/**
 * Bigger sandboxes for the growth figures: the default world with its lists copied `factor` times
 * (fresh ids, same companies), and a sandbox holding thousands of stored keys.
 */
import type { Fixtures } from "../../mock-server/core/world/fixtures.ts";
import type { Sandbox, StoredKey } from "../../mock-server/core/world/state.ts";

const GROWN: readonly (keyof Fixtures)[] = ["employees", "accountingEntries", "receipts", "exportJobItems", "vendors"];

/** The fixtures with each of GROWN's lists `factor` times as long; copies get fresh ids and keep every reference. */
export function grownFixtures(fixtures: Fixtures, factor: number): Fixtures {
  const grown: Record<string, unknown> = structuredClone(fixtures);
  for (const name of GROWN) {
    const list = fixtures[name] as unknown as { id: string }[];
    const copies = [];
    for (let n = 1; n < factor; n++) for (const item of list) copies.push({ ...structuredClone(item), id: crypto.randomUUID() });
    grown[name] = [...list, ...copies];
  }
  return grown as Fixtures;
}

/** Adds stored keys until the sandbox holds `count` (hashes of random secrets, as a control plane would store them). */
export async function withManyKeys(sandbox: Sandbox, count: number): Promise<void> {
  const model = sandbox.state.keys[0]!;
  const keys = sandbox.state.keys;
  while (keys.length < count) {
    const hash = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join("");
    const key: StoredKey = { ...model, id: crypto.randomUUID(), name: `bench ${keys.length}`, hash, prefix: "pls_benc" };
    keys.push(key);
  }
}
