/**
 * `npm run bench`: figures for the core and the HTTP server. Prints, asserts nothing.
 * Every loop is bounded in count and time; the server binds 127.0.0.1 only.
 */
import { startServer } from "../mock-server/adapters/serve.ts";
import { handle } from "../mock-server/core/handle.ts";
import type { SandboxRequest } from "../mock-server/core/http/http.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";

const MAX_ITERATIONS = 20_000;
const MAX_MS = 3_000;

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) await run(); // warm up
  const started = performance.now();
  let count = 0;
  while (count < MAX_ITERATIONS && performance.now() - started < MAX_MS) {
    await run();
    count++;
  }
  const ms = performance.now() - started;
  console.log(`${label.padEnd(48)} ${String(count).padStart(6)} req  ${(count / (ms / 1000)).toFixed(0).padStart(7)} req/s  ${((ms * 1000) / count).toFixed(1).padStart(7)} µs/req`);
}

const sandbox = await createSandbox();
const secret = sandbox.fixtures.readyMadeKeys[0]!.secret;
const authorization = `Basic ${btoa(`${secret}:`)}`;
const request = (url: string, headers: Record<string, string> = { authorization }): SandboxRequest => ({ method: "GET", url, headers });

console.log(`Node ${process.version}; up to ${MAX_ITERATIONS} requests or ${MAX_MS} ms per line\n`);
console.log("handle(), in-process:");
await measure("GET /v2/employees (20 of 24)", () => handle(request("/v2/employees"), sandbox, new Date()));
await measure("GET /v2/employees?limit=100&sorting_keys=lastName", () => handle(request("/v2/employees?limit=100&sorting_keys=lastName"), sandbox, new Date()));
await measure("GET /v1/installations/me", () => handle(request("/v1/installations/me"), sandbox, new Date()));
await measure("401 unknown key", () => handle(request("/v2/employees", { authorization: `Basic ${btoa("pls_nope:")}` }), sandbox, new Date()));
await measure("403 forced scope_missing", () => handle(request("/v1/companies", { authorization, "x-sandbox-scenario": "missing-scope" }), sandbox, new Date()));
const search = (body: string): SandboxRequest => ({ method: "POST", url: "/v1/accounting-entries:search?limit=100", headers: { authorization, "content-type": "application/json" }, body });
await measure("POST /v1/accounting-entries:search (100 of 210)", () => handle(search('{"includeDeleted":false}'), sandbox, new Date()));
const pendingJob = sandbox.state.world.exportJobs.find((j) => j.status === "pending")!;
await measure("GET /v3/export-items?job_id (20 built items)", () => handle(request(`/v3/export-items?job_id=${pendingJob.id}`), sandbox, new Date()));
await measure("404 unknown route", () => handle(request("/v9/nothing"), sandbox, new Date()));

// The rate limit (on by default over HTTP) would answer 429 after 600 requests: this measures the answers.
const running = await startServer(sandbox, { port: 0, rateLimit: false });
console.log(`\nThe HTTP server (node:http adapter, ${running.url}), one request at a time:`);
await measure("GET /v2/employees", async () => (await fetch(`${running.url}/v2/employees`, { headers: { authorization } })).text());
await running.close();

const memory = process.memoryUsage();
console.log(`\nmemory: rss ${(memory.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB`);
