/**
 * Peers the bench compares against, installed on demand (never a project dependency): pinned
 * versions from the npm registry, with npm's own client, into the gitignored bench/.peers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Prism 5.16 needs Node >= 24.18; 5.14.2 runs on Node 18 and up. */
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
export const PRISM_VERSION = major > 24 || (major === 24 && minor >= 18) ? "5.16.0" : "5.14.2";
const PEERS = fileURLToPath(new URL("../.peers/", import.meta.url));
const PRISM_BIN = `${PEERS}node_modules/.bin/prism`;

export type Peer = { ok: true; bin: string; version: string } | { ok: false; reason: string };

/** Prism's binary, installing it first if needed (at most 5 minutes); or why it cannot be had. */
export function prism(log: (line: string) => void): Peer {
  const installed = installedVersion("@stoplight/prism-cli");
  if (installed === PRISM_VERSION && existsSync(PRISM_BIN)) return { ok: true, bin: PRISM_BIN, version: installed };
  log(`Installing @stoplight/prism-cli@${PRISM_VERSION} into bench/.peers (npm registry; once) ...`);
  mkdirSync(PEERS, { recursive: true });
  if (!existsSync(`${PEERS}package.json`)) writeFileSync(`${PEERS}package.json`, '{ "name": "bench-peers", "private": true }\n');
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["install", "--prefix", PEERS, `@stoplight/prism-cli@${PRISM_VERSION}`, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel", "error"], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (result.status !== 0 || !existsSync(PRISM_BIN)) {
    const why = result.error?.message ?? (result.stderr || result.stdout || `npm exited ${result.status}`).trim().split("\n").slice(-3).join(" ");
    return { ok: false, reason: `npm install @stoplight/prism-cli@${PRISM_VERSION} failed: ${why}` };
  }
  return { ok: true, bin: PRISM_BIN, version: installedVersion("@stoplight/prism-cli") ?? PRISM_VERSION };
}

function installedVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(`${PEERS}node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}
