/** The tail of every generator script: write the file, or with `--check` fail when it is stale. */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** True when `moduleUrl` is the script node was asked to run (not merely imported by a test). */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1];
}

/** Writes `text` to `path`, or, when the command line has `--check`, exits 1 if the file differs. */
export async function writeOrCheck(path: string, text: string, command: string): Promise<void> {
  if (!process.argv.includes("--check")) {
    await writeFile(path, text);
    console.log(`wrote ${path}`);
    return;
  }
  const current = await readFile(path, "utf8").catch(() => "");
  if (current !== text) {
    console.error(`${path} is stale: run \`${command}\`.`);
    process.exit(1);
  }
}
