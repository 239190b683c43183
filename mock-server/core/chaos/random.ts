/**
 * A small seeded generator (mulberry32), so an armed fault's probability draws repeat from run to
 * run. Its whole state is one 32-bit number, kept on the armed fault.
 */

/** The next draw in [0, 1) and the state after it. */
export function draw(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}
