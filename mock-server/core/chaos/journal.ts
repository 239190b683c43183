/**
 * The request journal: the last requests a sandbox answered and the webhook deliveries it made, in
 * a ring buffer of fixed size, so it never grows past its bound however many requests come.
 * Entries hold no secret: no header, no body, credentials in paths and query strings cut.
 */
import type { Schemas } from "../../openapi/types.ts";

export type JournalEntry = Schemas["JournalEntry"];

export const DEFAULT_JOURNAL_SIZE = 1_000;

export interface Journal {
  readonly capacity: number;
  /** The ring; `next` is where the next entry goes. */
  readonly slots: (JournalEntry | undefined)[];
  next: number;
  size: number;
}

export function createJournal(capacity: number = DEFAULT_JOURNAL_SIZE): Journal {
  return { capacity, slots: new Array<JournalEntry | undefined>(capacity).fill(undefined), next: 0, size: 0 };
}

/** Adds an entry, overwriting the oldest once the journal is full. */
export function record(journal: Journal, entry: JournalEntry): void {
  if (journal.capacity === 0) return;
  journal.slots[journal.next] = entry;
  journal.next = (journal.next + 1) % journal.capacity;
  journal.size = Math.min(journal.size + 1, journal.capacity);
}

/** Every entry, newest first. */
export function newestFirst(journal: Journal): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (let i = 1; i <= journal.size; i++) out.push(journal.slots[(journal.next - i + journal.capacity) % journal.capacity]!);
  return out;
}

export function clearJournal(journal: Journal): void {
  journal.slots.fill(undefined);
  journal.next = 0;
  journal.size = 0;
}
