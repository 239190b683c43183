/**
 * A sandbox's state as text, for a StateStore: a small envelope (format, version, the digest of the
 * fixtures it grew from) around the state itself. Reading one back checks all of it, and a file
 * that is not one, is of another version, or grew from other fixtures is refused with one line.
 */
import type { z } from "zod";
import { describeIssues } from "../pipeline/input.ts";
import type { Fixtures } from "./fixtures.ts";
import type { SandboxState } from "./state.ts";
import { savedStateSchema } from "./state-schema.ts";

export const SNAPSHOT_FORMAT = "pleo-sandbox-state";
export const SNAPSHOT_VERSION = 1;

/** Why a saved state cannot be used; its message is one line, fit to print as it is. */
export class SnapshotError extends Error {
  override name = "SnapshotError";
}

/** SHA-256 (hex) of the fixtures, so a state is only ever read back over the world it grew from. */
export async function fixturesDigest(fixtures: Fixtures): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(fixtures)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The text a store keeps for `state`. Equal states give equal text, so an unchanged state need not be written again. */
export function serialiseState(state: SandboxState, digest: string): string {
  return `{"format":"${SNAPSHOT_FORMAT}","version":${SNAPSHOT_VERSION},"fixtures":"${digest}","state":${JSON.stringify(state)}}`;
}

/** The state in `text`, checked; throws a SnapshotError saying what is wrong (`where` names the store). */
export function parseState(text: string, digest: string, where: string): SandboxState {
  let envelope: { format?: unknown; version?: unknown; fixtures?: unknown; state?: unknown };
  try {
    envelope = JSON.parse(text) as typeof envelope;
  } catch (cause) {
    throw new SnapshotError(`${where} is not a saved sandbox state: it is not valid JSON (${(cause as Error).message}). Move it away to start afresh.`);
  }
  if (typeof envelope !== "object" || envelope === null || envelope.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`${where} is not a saved sandbox state (no "format": "${SNAPSHOT_FORMAT}"). Move it away to start afresh.`);
  }
  if (envelope.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`${where} was saved in state format version ${String(envelope.version)}; this sandbox reads version ${SNAPSHOT_VERSION}. Move it away to start afresh.`);
  }
  if (envelope.fixtures !== digest) {
    throw new SnapshotError(`${where} was saved by a sandbox serving other fixtures; start with the fixtures (or seed) it was made with, or move it away to start afresh.`);
  }
  const checked = savedStateSchema.safeParse(envelope.state);
  if (!checked.success) throw new SnapshotError(`${where} holds a damaged state: ${describeIssues(checked.error as z.ZodError)}. Move it away to start afresh.`);
  // The checked value is not used: zod would drop fields it does not know, and the state is kept whole.
  return envelope.state as SandboxState;
}
