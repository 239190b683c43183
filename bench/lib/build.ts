/** The CLI is measured as users run it: compiled to dist/, no transpiling at start. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { CLI, ROOT } from "./targets.ts";

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Runs `npm run build` when dist/ is missing or older than the sources it is built from. */
export function ensureBuilt(log: (line: string) => void): void {
  const sources = Math.max(...["mock-server", "fixtures", "scenarios"].map((d) => newestSource(join(ROOT, d))));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= sources) return;
  log("Building dist/ (npm run build) ...");
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");
}
