/**
 * HTTP throughput and latency: each request against each target, `reps` alternated repetitions
 * (the order rotates each time), medians, and ratios against the baselines measured in the same run.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type LoadFigures } from "../lib/load.ts";
import { capture, REQUESTS, type BenchRequest } from "../lib/requests.ts";
import { median, ms, percent, perSecond, table } from "../lib/stats.ts";
import { startSandboxCli, startTargets, type Target } from "../lib/targets.ts";

export interface HttpOptions {
  seconds: number;
  reps: number;
  connections: number;
  prismBin: string | undefined;
  log: (line: string) => void;
}

export interface HttpFigures {
  /** Median figures by request id, then target id. */
  byRequest: Map<BenchRequest["id"], Map<Target["id"], { rps: number; p50: number; p99: number; unexpected: number; status: number; bytes: number }>>;
  markdown: string;
}

export async function measureHttp(options: HttpOptions): Promise<HttpFigures> {
  const captured = await captureFromCli();
  const dir = mkdtempSync(join(tmpdir(), "pleo-bench-"));
  const capturedFile = join(dir, "captured.json");
  writeFileSync(capturedFile, JSON.stringify(captured));
  const targets = await startTargets(capturedFile, options.prismBin);
  try {
    const expected = new Map<string, number>();
    for (const [i, request] of REQUESTS.entries()) {
      for (const target of targets) {
        // Warm up, and learn the status each target gives (Prism answers from examples, not from keys).
        const response = await fetch(`http://127.0.0.1:${target.process.port}${target.urlFor(request)}`, { method: request.method, headers: request.headers, body: request.body });
        await response.arrayBuffer();
        expected.set(`${request.id} ${target.id}`, target.id === "prism" ? response.status : captured[i]!.status);
        await load(target.process.port, { ...request, url: target.urlFor(request) }, response.status, { connections: options.connections, seconds: 1 });
      }
    }
    const runs = new Map<string, LoadFigures[]>();
    for (let rep = 0; rep < options.reps; rep++) {
      for (const [i, request] of REQUESTS.entries()) {
        for (let k = 0; k < targets.length; k++) {
          const target = targets[(k + rep + i) % targets.length]!;
          const key = `${request.id} ${target.id}`;
          const figures = await load(target.process.port, { ...request, url: target.urlFor(request) }, expected.get(key)!, { connections: options.connections, seconds: options.seconds });
          runs.set(key, [...(runs.get(key) ?? []), figures]);
          options.log(`  rep ${rep + 1}/${options.reps}  ${request.id.padEnd(9)} ${target.label.padEnd(38)} ${perSecond(figures.rps).padStart(6)} req/s  p99 ${ms(figures.p99)} ms`);
        }
      }
    }
    const byRequest: HttpFigures["byRequest"] = new Map();
    for (const [i, request] of REQUESTS.entries()) {
      const row = new Map();
      for (const target of targets) {
        const list = runs.get(`${request.id} ${target.id}`)!;
        row.set(target.id, {
          rps: median(list.map((f) => f.rps)),
          p50: median(list.map((f) => f.p50)),
          p99: median(list.map((f) => f.p99)),
          unexpected: list.reduce((sum, f) => sum + f.unexpected, 0),
          status: expected.get(`${request.id} ${target.id}`)!,
          bytes: Buffer.byteLength(captured[i]!.body),
        });
      }
      byRequest.set(request.id, row);
    }
    return { byRequest, markdown: render(byRequest, targets, options) };
  } finally {
    await Promise.all(targets.map((t) => t.process.stop()));
  }
}

async function captureFromCli() {
  const cli = await startSandboxCli();
  try {
    return await capture(cli.port);
  } finally {
    await cli.stop();
  }
}

function render(byRequest: HttpFigures["byRequest"], targets: Target[], options: HttpOptions): string {
  const parts = [
    `${options.connections} connections, ${options.seconds} s a run, ${options.reps} alternated repetitions; medians. ` +
      "Shares are of the bare servers' medians in this run, answering the same status and body bytes.",
  ];
  for (const request of REQUESTS) {
    const row = byRequest.get(request.id)!;
    const bare = row.get("node")!.rps;
    const express = row.get("express")!.rps;
    parts.push(`**${request.label}**, ${(row.get("sandbox")!.bytes / 1024).toFixed(1)} KB, status ${row.get("sandbox")!.status}`);
    parts.push(
      table(
        ["server", "requests/s", "share of bare node:http", "share of bare Express", "p50 ms", "p99 ms", "unexpected answers"],
        targets.map((t) => {
          const f = row.get(t.id)!;
          const note = t.id === "prism" ? ` (answers ${f.status})` : "";
          return [t.label + note, perSecond(f.rps), percent(f.rps / bare), percent(f.rps / express), ms(f.p50), ms(f.p99), String(f.unexpected)];
        }),
      ),
    );
  }
  return parts.join("\n\n");
}
