/**
 * Keeping a sandbox's state in a store, behind a small interface (a file in Node servers,
 * adapters/file-store.ts; memory here; a shared store could be added without touching operations).
 *
 * The flush point: a request that may change the state (core/handle.ts says which: not a GET, HEAD,
 * OPTIONS or one of the searches Pleo takes as POST) is answered only after a save that began after
 * it ran has finished (handle() waits for `commit()`), so every acknowledged write is in the store. Saves are batched: writes arriving while a save runs
 * share the next one. Changes no request makes (webhook delivery activities) are saved within
 * `BACKGROUND_SAVE_MS` (`changed()`), and `flush()` saves what is left at shutdown.
 */

/** Where a sandbox's state text is kept. */
export interface StateStore {
  /** What the store holds, for messages (e.g. the file's path). */
  readonly description: string;
  /** The text last saved, or undefined when nothing was ever saved. */
  load(): Promise<string | undefined>;
  /** Replaces the saved text atomically: after a crash, load() gives this text or the one before, whole. */
  save(text: string): Promise<void>;
}

/** The sandbox's side of a store. Without a store every method resolves at once. */
export interface Persistence {
  /** Resolves once a save that began after this call has finished (or at once when nothing changed). */
  commit(): Promise<void>;
  /** Something changed outside a request: save within BACKGROUND_SAVE_MS. */
  changed(): void;
  /** Saves now if anything is unsaved, and stops background saves; for shutdown. */
  flush(): Promise<void>;
}

export const BACKGROUND_SAVE_MS = 200;

/** A store in memory: for tests, and for embedding the sandbox where a file makes no sense. */
export function createMemoryStore(initial?: string): StateStore & { saves: number } {
  let text = initial;
  return {
    description: "the memory store",
    saves: 0,
    load: async () => text,
    async save(next) {
      text = next;
      this.saves++;
    },
  };
}

export const NO_PERSISTENCE: Persistence = { commit: async () => {}, changed: () => {}, flush: async () => {} };

/** Saves `snapshot()` to `store`, batched as the module comment says; `saved` is the text the store already holds. */
export function createPersistence(store: StateStore, snapshot: () => string, saved?: string): Persistence {
  let lastSaved = saved;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saveNow = async () => {
    const text = snapshot();
    if (text === lastSaved) return;
    await store.save(text);
    lastSaved = text;
  };
  const commit = (): Promise<void> => {
    if (running === undefined) {
      running = saveNow().finally(() => (running = undefined));
      return running;
    }
    // The running save may have read the state before this change: join the one after it.
    next ??= running.catch(() => undefined).then(() => {
      next = undefined;
      return commit();
    });
    return next;
  };
  return {
    commit,
    changed() {
      timer ??= setTimeout(() => {
        timer = undefined;
        commit().catch(() => undefined); // retried with the next change or at shutdown
      }, BACKGROUND_SAVE_MS);
      (timer as { unref?: () => void }).unref?.();
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await commit();
    },
  };
}
