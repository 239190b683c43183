/** The issue's goals, each a ratio or bound from this run's medians: met or not, with the figure. */
import type { ColdStartFigures } from "../sections/cold-start.ts";
import type { HttpFigures } from "../sections/http.ts";
import type { InProcessFigures } from "../sections/in-process.ts";
import type { MemoryFigures } from "../sections/memory.ts";
import { mib, ms, percent, table, us } from "./stats.ts";

interface All {
  http?: HttpFigures;
  cold?: ColdStartFigures;
  inProcess?: InProcessFigures;
  memory?: MemoryFigures;
  prismSkipped?: string;
}

/** Heap growth smaller than this between the two memory samples counts as none (GC noise). */
const FLAT_HEAP_BYTES = 1024 * 1024;
const MB = 1000 * 1000;

export function goals({ http, cold, inProcess, memory, prismSkipped }: All): string {
  const rows: string[][] = [];
  const row = (goal: string, figure: string, met: boolean | undefined) => rows.push([goal, figure, met === undefined ? "not measured" : met ? "met" : "**not met**"]);
  const rps = (request: "employees" | "search" | "export", target: string) => http?.byRequest.get(request)?.get(target as never)?.rps ?? Number.NaN;
  const ratio = (request: "employees" | "search" | "export", target: string) => rps(request, "sandbox") / rps(request, target);
  const known = (n: number) => (Number.isFinite(n) ? n : undefined);

  const vsNode = known(ratio("employees", "node"));
  row("(i) ≥ 90% of bare node:http (far goal)", percent(vsNode ?? Number.NaN), vsNode === undefined ? undefined : vsNode >= 0.9);
  const vsExpress = known(ratio("employees", "express"));
  row("(i) ≥ 100% of bare Express 5", percent(vsExpress ?? Number.NaN), vsExpress === undefined ? undefined : vsExpress >= 1);
  const vsPrism = known(ratio("employees", "prism"));
  row("(i) ≥ 10x Prism", vsPrism === undefined ? (prismSkipped ? `Prism skipped: ${prismSkipped}` : "-") : `${vsPrism.toFixed(1)}x`, vsPrism === undefined ? undefined : vsPrism >= 10);
  const p99 = known(http?.byRequest.get("employees")?.get("sandbox")?.p99 ?? Number.NaN);
  row("(i) p99 < 35 ms at 50 connections, one core", p99 === undefined ? "-" : `${ms(p99)} ms`, p99 === undefined ? undefined : p99 < 35);
  for (const request of ["search", "export"] as const) {
    const share = known(ratio(request, "express"));
    row(`(${request === "search" ? "iii" : "iv"}) ≥ 50% of bare Express`, percent(share ?? Number.NaN), share === undefined ? undefined : share >= 0.5);
  }
  const start = known(cold?.sandbox ?? Number.NaN);
  row("cold start to first 200 < 400 ms", start === undefined ? "-" : `${ms(start)} ms${cold?.prism ? ` (Prism ${ms(cold.prism)} ms)` : ""}`, start === undefined ? undefined : start < 400);
  const fetchP50 = known(inProcess?.fetchP50 ?? Number.NaN);
  row("sandbox.fetch p50 < 100 µs", us(fetchP50 ?? Number.NaN), fetchP50 === undefined ? undefined : fetchP50 < 100);
  const samples = memory?.samples;
  const growth = samples && samples.length === 3 ? samples[2]!.heapUsed - samples[1]!.heapUsed : undefined;
  row(`no heap growth between ${samples ? samples[1]!.requests.toLocaleString("en") : "100k"} and ${samples ? samples[2]!.requests.toLocaleString("en") : "200k"} requests`, growth === undefined ? "-" : `${mib(growth)} (flat: < 1 MiB)`, growth === undefined ? undefined : growth < FLAT_HEAP_BYTES);
  const rss = samples?.at(-1)?.rss;
  row("RSS after load < 130 MB", rss === undefined ? "-" : `${(rss / MB).toFixed(0)} MB (${mib(rss)}); peak ${memory ? (memory.peakRss / MB).toFixed(0) : "-"} MB`, rss === undefined ? undefined : rss < 130 * MB);
  return table(["goal", "this run", ""], rows);
}
