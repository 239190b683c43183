/**
 * `npm run bench:profile -- <request>`: the CLI (built, as users run it) under `node --cpu-prof`,
 * loaded with one of the bench's requests at 50 connections, then the functions that took the most
 * time, by themselves and with what they called. The `.cpuprofile` is kept for Chrome DevTools.
 * Loopback only, bounded in time; asserts nothing; not part of `npm test`.
 *
 *   npm run bench:profile -- employees              # also: refused, search, export
 *   npm run bench:profile -- search --seconds 10 --top 40
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuilt } from "./lib/build.ts";
import { summarise, type CpuProfile } from "./lib/cpu-profile.ts";
import { load } from "./lib/load.ts";
import { REQUESTS } from "./lib/requests.ts";
import { ROOT, startSandboxCli } from "./lib/targets.ts";

const USAGE = `Usage: npm run bench:profile -- <${REQUESTS.map((r) => r.id).join("|")}> [--seconds 5] [--top 30]`;
const { values, positionals } = parseArgs({ allowPositionals: true, options: { seconds: { type: "string" }, top: { type: "string" }, help: { type: "boolean", short: "h" } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const request = REQUESTS.find((r) => r.id === positionals[0]);
const seconds = Number(values.seconds ?? 5);
const top = Number(values.top ?? 30);
if (request === undefined || positionals.length !== 1 || !(seconds > 0 && seconds <= 120) || !(Number.isInteger(top) && top > 0)) {
  console.error(USAGE);
  process.exit(2);
}

ensureBuilt(console.log);
const dir = join(ROOT, "bench/.profiles", request.id);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const server = await startSandboxCli(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
const expected = request.id === "refused" ? 401 : 200;
let figures;
try {
  figures = await load(server.port, request, expected, { connections: 50, seconds });
} finally {
  await server.stop(); // the profile is written as the process exits
}
const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
if (file === undefined) throw new Error(`no .cpuprofile in ${dir}: ${server.stderr().slice(-300)}`);
const { self, inclusive } = summarise(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile, top);

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
console.log(`${request.label}: ${Math.round(figures.rps)} requests/s under the profiler, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.unexpected} unexpected`);
console.log(`\nSelf time (the whole process, start-up included):`);
for (const f of self) console.log(`${percent(f.share)}  ${f.name}`);
console.log(`\nInclusive time:`);
for (const f of inclusive) console.log(`${percent(f.share)}  ${f.name}`);
console.log(`\nProfile: ${join(dir, file)}`);
