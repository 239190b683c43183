/**
 * Cold start: from spawn to the first 200, median of `runs` alternated starts, for the sandbox's
 * CLI (built, no transpiling) and Prism. Polls every 5 ms; each start is bounded.
 */
import { launch, freePort, stopChild } from "../lib/processes.ts";
import { FULL_ACCESS } from "../lib/requests.ts";
import { median, ms, table } from "../lib/stats.ts";
import { CLI, CONTRACT } from "../lib/targets.ts";

const LIMIT_MS = 60_000;

/** Milliseconds from spawn until GET `path` answers 200. */
async function timeToFirst200(command: string, args: (port: number) => string[], path: string, headers: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = launch(command, args(port));
  child.stdout!.resume();
  child.stderr!.resume();
  try {
    while (performance.now() - started < LIMIT_MS) {
      if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}) before answering`);
      const status = await fetch(`http://127.0.0.1:${port}${path}`, { headers, signal: AbortSignal.timeout(2_000) }).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no 200 within ${LIMIT_MS} ms`);
  } finally {
    await stopChild(child);
  }
}

export interface ColdStartFigures {
  sandbox: number;
  prism: number | undefined;
  markdown: string;
}

export async function measureColdStart(runs: number, prismBin: string | undefined, log: (line: string) => void): Promise<ColdStartFigures> {
  const sandbox: number[] = [];
  const prism: number[] = [];
  const cliArgs = (port: number) => [CLI, "--port", String(port), "--quiet", "--log-format", "json"];
  for (let i = 0; i < runs; i++) {
    sandbox.push(await timeToFirst200(process.execPath, cliArgs, "/v2/employees", { authorization: FULL_ACCESS }));
    if (prismBin !== undefined) prism.push(await timeToFirst200(prismBin, (port) => ["mock", "-h", "127.0.0.1", "-p", String(port), CONTRACT], "/v2/employees", { authorization: FULL_ACCESS }));
    log(`  start ${i + 1}/${runs}: sandbox ${ms(sandbox.at(-1)!)} ms${prismBin ? `, Prism ${ms(prism.at(-1)!)} ms` : ""}`);
  }
  const rows = [["the sandbox (node dist/bin/pleo-sandbox.js)", ms(median(sandbox)), sandbox.map(ms).join(", ")]];
  if (prismBin !== undefined) rows.push(["Prism mocking sandbox.yaml", ms(median(prism)), prism.map(ms).join(", ")]);
  const markdown = `Spawn to the first 200 of \`GET /v2/employees\`, ${runs} alternated starts (server pinned like the others).\n\n${table(["server", "median ms", "each start, ms"], rows)}`;
  return { sandbox: median(sandbox), prism: prismBin === undefined ? undefined : median(prism), markdown };
}
