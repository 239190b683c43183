/**
 * A counter per world that moves whenever what it serves may have changed: after every request
 * that may write (core/handle.ts), and when a read settles something time has changed (an export job
 * expiring). Remembered answers (pipeline/answer-memo.ts) are good for one revision only. A reset
 * replaces the world object, so it starts a count of its own.
 */
import type { World } from "./fixtures.ts";

interface Revision {
  /** Tells worlds apart within the process (a world is an object, not a name). */
  readonly id: number;
  count: number;
}

const revisions = new WeakMap<World, Revision>();
let nextId = 1;

/** The world's identity and revision, e.g. `7.12`; undefined for anything that is not a world object. */
export function revisionOf(world: World): string | undefined {
  if (typeof world !== "object" || world === null) return undefined;
  const revision = revisionRecord(world);
  return `${revision.id}.${revision.count}`;
}

/** Something in (or about) this world changed: answers remembered before it are not given again. */
export function worldChanged(world: World): void {
  if (typeof world !== "object" || world === null) return;
  revisionRecord(world).count++;
}

function revisionRecord(world: World): Revision {
  let revision = revisions.get(world);
  if (revision === undefined) revisions.set(world, (revision = { id: nextId++, count: 0 }));
  return revision;
}
