/**
 * `npm run bench`: the sandbox measured against its peers, in one run, printed and written to
 * bench/RESULTS.md (between its markers; the notes around them are kept). Asserts nothing about
 * time; not part of `npm test`. Loopback only; every run bounded in time and count.
 *
 *   npm run bench              # about 10 minutes on 2 cores
 *   npm run bench -- --quick   # about 2 minutes: short runs, one repetition, smaller counts
 *   options: --no-prism, --no-docs, --docs-build (rebuild the guide), --only http,cold,inprocess,memory,docs
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prism as installPrism } from "./lib/peers.ts";
import { loadNow, machineLines } from "./lib/machine.ts";
import { ensureBuilt } from "./lib/build.ts";
import { ROOT } from "./lib/targets.ts";
import { goals } from "./lib/goals.ts";
import { measureColdStart, type ColdStartFigures } from "./sections/cold-start.ts";
import { measureDocs } from "./sections/docs.ts";
import { measureHttp, type HttpFigures } from "./sections/http.ts";
import { measureInProcess, type InProcessFigures } from "./sections/in-process.ts";
import { measureMemory, type MemoryFigures } from "./sections/memory.ts";

const { values } = parseArgs({
  options: { quick: { type: "boolean" }, "no-prism": { type: "boolean" }, "no-docs": { type: "boolean" }, "docs-build": { type: "boolean" }, only: { type: "string" } },
});
const quick = values.quick === true;
const only = new Set((values.only ?? "http,cold,inprocess,memory,docs").split(","));
const log = (line: string) => console.log(line);
const started = performance.now();
const loadBefore = loadNow();

ensureBuilt(log);

const peer = values["no-prism"] ? ({ ok: false, reason: "--no-prism" } as const) : installPrism(log);
const prismBin = peer.ok ? peer.bin : undefined;
if (!peer.ok) log(`Prism skipped: ${peer.reason}`);

const sections: string[] = [];
let http: HttpFigures | undefined;
let cold: ColdStartFigures | undefined;
let inProcess: InProcessFigures | undefined;
let memory: MemoryFigures | undefined;

async function section<T>(name: string, title: string, run: () => Promise<T> | T, markdown: (result: T) => string): Promise<T | undefined> {
  if (!only.has(name)) return undefined;
  log(`\n== ${title}`);
  try {
    const result = await run();
    sections.push(`### ${title}\n\n${markdown(result)}`);
    return result;
  } catch (err) {
    log(`  failed: ${(err as Error).stack ?? String(err)}`);
    sections.push(`### ${title}\n\nNot measured: ${(err as Error).message}`);
    return undefined;
  }
}

http = await section("http", "HTTP throughput and latency", () => measureHttp({ seconds: quick ? 2 : 5, reps: quick ? 1 : 3, connections: 50, prismBin, log }), (r) => r.markdown);
cold = await section("cold", "Cold start", () => measureColdStart(quick ? 3 : 5, prismBin, log), (r) => r.markdown);
inProcess = await section("inprocess", "In process", () => measureInProcess(quick ? { count: 2_000, ms: 1_000, reps: 1 } : { count: 20_000, ms: 4_000, reps: 3 }, log), (r) => r.markdown);
memory = await section("memory", "Memory under load", () => measureMemory(quick ? 20_000 : 100_000, 50, log), (r) => r.markdown);
await section("docs", "The guide's JavaScript", () => (values["no-docs"] ? "Not measured (--no-docs)." : measureDocs({ build: values["docs-build"] === true, allowBuild: !quick }, log)), (r) => r);

const minutes = ((performance.now() - started) / 60_000).toFixed(1);
const report = [
  `## Figures${quick ? " (--quick: short runs, one repetition; for a glance, not for the record)" : ""}`,
  "",
  ...machineLines(peer.ok ? peer.version : `skipped (${peer.reason})`),
  `- Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadNow()}. The run took ${minutes} min.`,
  "",
  "### Goals",
  "",
  goals({ http, cold, inProcess, memory, prismSkipped: peer.ok ? undefined : peer.reason }),
  "",
  ...sections.flatMap((s) => [s, ""]),
].join("\n");

const RESULTS = join(ROOT, "bench/RESULTS.md");
const BEGIN = "<!-- bench:begin (written by npm run bench) -->";
const END = "<!-- bench:end -->";
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : `# Bench results\n\n${BEGIN}\n${END}\n`;
const [head, rest = ""] = previous.includes(BEGIN) ? previous.split(BEGIN) : [`${previous.trimEnd()}\n\n`, `\n${END}\n`];
const tail = rest.includes(END) ? rest.slice(rest.indexOf(END) + END.length) : "\n";
writeFileSync(RESULTS, `${head}${BEGIN}\n${report}\n${END}${tail}`);
console.log(`\n${report}\nWritten to bench/RESULTS.md.`);
