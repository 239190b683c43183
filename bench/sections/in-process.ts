/**
 * In-process cost per call (no network): `sandbox.fetch`, MSW's `setupServer` with global fetch,
 * and `handle()` itself; then handle()'s latency as the world grows 10x and the keys to 10,000.
 * Each call is timed alone; bounded in count and time.
 */
import { setupServer } from "msw/node";
import { createHandlers } from "../../mock-server/adapters/msw.ts";
import { handle } from "../../mock-server/core/handle.ts";
import type { SandboxRequest } from "../../mock-server/core/http/http.ts";
import { createSandbox } from "../../mock-server/exports/index.ts";
import type { Sandbox } from "../../mock-server/core/world/state.ts";
import { REQUESTS } from "../lib/requests.ts";
import { median, percentile, table, us } from "../lib/stats.ts";
import { grownFixtures, withManyKeys } from "../lib/world-growth.ts";

export interface CallCost {
  p50: number;
  p99: number;
  count: number;
}

/** Times `call` one call at a time (µs), after a warm-up, up to `maxCount` calls or `maxMs`. */
export async function timeCalls(call: () => Promise<unknown>, maxCount: number, maxMs: number): Promise<CallCost> {
  for (let i = 0; i < Math.min(500, maxCount); i++) await call();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxCount && performance.now() - started < maxMs) {
    const t = performance.now();
    await call();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), count: times.length };
}

const BASE = "https://external.staging.pleo.io";
const asSandboxRequest = (r: (typeof REQUESTS)[number]): SandboxRequest => ({ method: r.method, url: r.url, headers: r.headers, body: r.body });
const fetchInit = (r: (typeof REQUESTS)[number]): RequestInit => ({ method: r.method, headers: r.headers, body: r.body });

export interface InProcessFigures {
  fetchP50: number;
  markdown: string;
}

export async function measureInProcess(budget: { count: number; ms: number; reps: number }, log: (line: string) => void): Promise<InProcessFigures> {
  const sandbox = await createSandbox();
  const employees = REQUESTS[0]!;
  const server = setupServer(...createHandlers(sandbox));
  const ways: [string, () => Promise<unknown>][] = [
    ["handle()", () => handle(asSandboxRequest(employees), sandbox, sandbox.clock())],
    ["sandbox.fetch", async () => (await sandbox.fetch(`${BASE}${employees.url}`, fetchInit(employees))).text()],
    ["MSW setupServer + fetch", async () => (await fetch(`${BASE}${employees.url}`, fetchInit(employees))).text()],
  ];
  const runs = new Map<string, CallCost[]>();
  for (let rep = 0; rep < budget.reps; rep++) {
    for (let k = 0; k < ways.length; k++) {
      const [label, call] = ways[(k + rep) % ways.length]!;
      const msw = label.startsWith("MSW");
      if (msw) server.listen({ onUnhandledRequest: "error" });
      try {
        runs.set(label, [...(runs.get(label) ?? []), await timeCalls(call, budget.count, budget.ms)]);
      } finally {
        if (msw) server.close();
      }
      log(`  rep ${rep + 1}/${budget.reps} ${label}: p50 ${us(runs.get(label)!.at(-1)!.p50)}`);
    }
  }
  const cost = (label: string) => ({ p50: median(runs.get(label)!.map((c) => c.p50)), p99: median(runs.get(label)!.map((c) => c.p99)) });
  const callTable = table(
    ["way in", "p50 per call", "p99 per call"],
    ways.map(([label]) => [label, us(cost(label).p50), us(cost(label).p99)]),
  );
  const growth = await measureGrowth(sandbox, budget, log);
  return {
    fetchP50: cost("sandbox.fetch").p50,
    markdown: `\`${employees.method} ${employees.url}\` with the full-access key, ${budget.reps} alternated repetitions of up to ${budget.count} calls or ${budget.ms} ms; medians.\n\n${callTable}\n\n${growth}`,
  };
}

/**
 * handle()'s latency for each request on the default world, a world 10x as big, and with 10,000
 * keys: asked again (the answer remembered, pipeline/answer-memo.ts) and worked out afresh (what
 * the first request, or the first after a write, costs).
 */
async function measureGrowth(base: Sandbox, budget: { count: number; ms: number }, log: (line: string) => void): Promise<string> {
  const grown = await createSandbox({ fixtures: grownFixtures(base.fixtures, 10) });
  const manyKeys = await createSandbox();
  await withManyKeys(manyKeys, 10_000);
  const worlds: [string, Sandbox][] = [
    ["default world", base],
    ["world 10x", grown],
    ["10,000 keys", manyKeys],
  ];
  const rows: string[][] = [];
  for (const request of REQUESTS) {
    const row = [request.label];
    for (const [, sandbox] of worlds) {
      const call = () => handle(asSandboxRequest(request), sandbox, sandbox.clock());
      const again = await timeCalls(call, Math.ceil(budget.count / 4), Math.ceil(budget.ms / 4));
      const afresh = await timeCalls(() => (sandbox.answers.clear(), call()), Math.ceil(budget.count / 4), Math.ceil(budget.ms / 4));
      row.push(`${us(again.p50)} / ${us(again.p99)}`, `${us(afresh.p50)} / ${us(afresh.p99)}`);
    }
    rows.push(row);
    log(`  growth: ${row.join("  ")}`);
  }
  const sizes = (s: Sandbox) => `${s.state.world.employees.length} employees, ${s.state.world.accountingEntries.length} entries, ${s.state.world.exportJobItems.length} export items, ${s.state.keys.length} keys`;
  return (
    `handle() p50 / p99 per request as the sandbox grows (${worlds.map(([name, s]) => `${name}: ${sizes(s)}`).join("; ")}), ` +
    "asked again (answered from the remembered answer) and afresh (nothing remembered: the first request, or the first after a write).\n\n" +
    table(["request", ...worlds.flatMap(([name]) => [`${name}, again`, `${name}, afresh`])], rows)
  );
}
