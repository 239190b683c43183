/**
 * The guide's JavaScript per page, gzipped: `npm run docs:size` over docs-site/dist, building the
 * guide first when it has not been built (or when asked to).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ROOT } from "../lib/targets.ts";

export function measureDocs(options: { build: boolean; allowBuild: boolean }, log: (line: string) => void): string {
  const built = existsSync(`${ROOT}docs-site/dist/index.html`);
  if (!built && !options.allowBuild) return "Not measured: the guide is not built (`npm run docs:build`), and `--quick` does not build it.";
  if (!built || options.build) {
    log("  building the guide (npm run docs:build) ...");
    const build = spawnSync("npm", ["run", "docs:build"], { cwd: ROOT, encoding: "utf8", timeout: 600_000 });
    if (!existsSync(`${ROOT}docs-site/dist/index.html`)) return `Not measured: \`npm run docs:build\` failed: ${(build.stderr || build.stdout || "").trim().split("\n").slice(-3).join(" ")}`;
  }
  const size = spawnSync(process.execPath, ["--import", "tsx", "docs-site/scripts/size.ts"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  const text = `${size.stdout}${size.stderr}`.trim();
  return `From \`npm run docs:size\` over docs-site/dist${options.build || !built ? " (built by this run)" : " (as last built)"}:\n\n\`\`\`text\n${text}\n\`\`\``;
}
