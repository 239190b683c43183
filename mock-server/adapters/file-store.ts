/**
 * A StateStore in one file (`--state <file>`): each save writes a temporary file beside it,
 * fsyncs it, renames it over the state file and fsyncs the directory, so the file is always one
 * whole save, whenever the process dies. Readable by its owner only (it holds webhook secrets and
 * endpoint credentials). One sandbox process per file.
 */
import { open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { StateStore } from "../core/world/persistence.ts";

/** A store keeping the state in `path`; a missing file means nothing was saved yet. */
export function createFileStore(path: string): StateStore {
  const file = resolve(path);
  const directory = dirname(file);
  const temporary = new RegExp(`^${escape(basename(file))}\\.\\d+\\.\\d+\\.tmp$`);
  let saves = 0;
  return {
    description: path,
    async load() {
      await removeLeftovers(directory, temporary);
      try {
        return await readFile(file, "utf8");
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw cause;
      }
    },
    async save(text) {
      const next = `${file}.${process.pid}.${++saves}.tmp`;
      const handle = await open(next, "w", 0o600);
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(next, file);
      const dir = await open(directory, "r");
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    },
  };
}

/** Temporary files a killed process left behind: never the state, so safe to remove. */
async function removeLeftovers(directory: string, temporary: RegExp): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => temporary.test(name)).map((name) => unlink(join(directory, name)).catch(() => undefined)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
