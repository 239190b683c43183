/**
 * Memory of the sandbox's CLI process (built, as users run it) after 0, N and 2N requests of the
 * employee page: RSS and heap used after GC, asked over IPC (servers/memory-probe.mjs), and the
 * peak RSS the kernel saw (VmHWM, Linux).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Spawned } from "../lib/processes.ts";
import { load } from "../lib/load.ts";
import { REQUESTS } from "../lib/requests.ts";
import { mib, table } from "../lib/stats.ts";
import { startSandboxCli } from "../lib/targets.ts";

const PROBE = fileURLToPath(new URL("../servers/memory-probe.mjs", import.meta.url));

interface Sample {
  requests: number;
  rss: number;
  heapUsed: number;
}

export interface MemoryFigures {
  samples: Sample[];
  peakRss: number;
  markdown: string;
}

function ask(server: Spawned): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the memory probe did not answer")), 10_000);
    server.child.once("message", (message: { memory: NodeJS.MemoryUsage }) => {
      clearTimeout(timer);
      resolve(message.memory);
    });
    server.child.send("memory");
  });
}

function peakRss(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) * 1024;
  } catch {
    return Number.NaN;
  }
}

export async function measureMemory(step: number, connections: number, log: (line: string) => void): Promise<MemoryFigures> {
  const server = await startSandboxCli(["--expose-gc", "--import", PROBE], true);
  try {
    const samples: Sample[] = [];
    const sample = async (requests: number) => {
      const memory = await ask(server);
      samples.push({ requests, rss: memory.rss, heapUsed: memory.heapUsed });
      log(`  after ${requests} requests: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`);
    };
    await sample(0);
    const employees = REQUESTS[0]!;
    for (const total of [step, 2 * step]) {
      const figures = await load(server.port, employees, 200, { connections, amount: step });
      if (figures.unexpected > 0) log(`  ${figures.unexpected} unexpected answers during the memory run`);
      await sample(total);
    }
    const peak = peakRss(server.child.pid);
    const markdown =
      `The CLI (\`node --expose-gc dist/bin/pleo-sandbox.js\`, a probe preloaded to answer over IPC) after \`GET /v2/employees\` at ${connections} connections; after GC.\n\n` +
      table(
        ["requests served", "RSS", "heap used"],
        samples.map((s) => [s.requests.toLocaleString("en"), mib(s.rss), mib(s.heapUsed)]),
      ) +
      `\n\nPeak RSS during the run (VmHWM): ${mib(peak)}. Heap growth between ${step.toLocaleString("en")} and ${(2 * step).toLocaleString("en")} requests: ${mib(samples[2]!.heapUsed - samples[1]!.heapUsed)}.`;
    return { samples, peakRss: peak, markdown };
  } finally {
    await server.stop();
  }
}
