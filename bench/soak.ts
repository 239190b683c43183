/**
 * `npm run soak`: minutes of mixed load against the HTTP server on 127.0.0.1 (reads, writes, keys
 * made and deleted, refusals, webhook deliveries to a local receiver, a reset now and then), then
 * the errors (answers no request should get; must be 0), latency percentiles, and heap growth after
 * warm-up. Bounded: at most 10 minutes; loopback only. Exit code 1 when there were errors.
 *
 *   npm run soak                 # 3 minutes, 16 clients
 *   npm run soak -- --seconds 30 --clients 8
 *   npm run soak -- --state /tmp/soak-state.json   # with every write saved to a file
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createFileStore } from "../mock-server/adapters/file-store.ts";
import { startServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "180" }, clients: { type: "string", default: "16" }, state: { type: "string" } } });
const SECONDS = Math.min(600, Math.max(5, Number(values.seconds)));
const CLIENTS = Math.min(64, Math.max(1, Number(values.clients)));
const WARM_UP_MS = Math.min(15_000, (SECONDS * 1000) / 6);
const RESET_EVERY_MS = 20_000;
const gc = (globalThis as { gc?: () => void }).gc;

const receiver = createServer((req, res) => req.resume().on("end", () => res.writeHead(204).end()));
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
const sandbox = await createSandbox({ webhooks: { retryDelaysMs: [100] }, ...(values.state !== undefined && { store: createFileStore(values.state) }) });
const running = await startServer(sandbox, { port: 0, host: "127.0.0.1" });
const base = running.url;

const secret = (slug: string) => sandbox.fixtures.readyMadeKeys.find((k) => k.slug === slug)!.secret;
const full = basicAuthorization(secret("full-access"));
const admin = sandbox.fixtures.users.find((u) => u.role === "admin" && !u.organisationAdmin)!;
const json = { "content-type": "application/json" };
let subscriptionId: string | undefined;

/** One kind of request: how to send it and the statuses it may get. */
interface Op {
  name: string;
  weight: number;
  run: () => Promise<{ status: number; ok: boolean }>;
}

async function call(path: string, init: RequestInit, expected: number[]): Promise<{ status: number; ok: boolean; body: unknown }> {
  const response = await fetch(base + path, init);
  const text = await response.text();
  return { status: response.status, ok: expected.includes(response.status), body: text ? JSON.parse(text) : undefined };
}

const keyBody = JSON.stringify({ name: "soak", expiresAt: "2099-01-01T00:00:00Z", accessLevel: { type: "company", companyId: admin.companyId }, scopes: ["users:read"] });
const ops: Op[] = [
  { name: "list employees", weight: 30, run: () => call("/v2/employees?limit=20", { headers: { authorization: full } }, [200]) },
  { name: "read installation", weight: 10, run: () => call("/v1/installations/me", { headers: { authorization: full } }, [200]) },
  { name: "update installation", weight: 8, run: () => call("/v1/installations/me", { method: "PUT", headers: { ...json, authorization: full }, body: JSON.stringify({ status: "ACTIVATED", metadata: { at: Date.now() } }) }, [200]) },
  { name: "export jobs", weight: 8, run: () => call("/v3/export-jobs?limit=10", { headers: { authorization: full } }, [200]) },
  {
    name: "key lifecycle",
    weight: 5,
    run: async () => {
      const made = await call("/sandbox/api-keys", { method: "POST", headers: { ...json, "x-sandbox-user": admin.email }, body: keyBody }, [201]);
      if (!made.ok) return made;
      const { id, key } = (made.body as { data: { id: string; key: string } }).data;
      const used = await call("/v2/employees?limit=1", { headers: { authorization: basicAuthorization(key) } }, [200, 401]); // 401: a reset came between
      const gone = await call(`/sandbox/api-keys/${id}`, { method: "DELETE", headers: { "x-sandbox-user": admin.email } }, [204, 404]);
      return { status: gone.status, ok: used.ok && gone.ok };
    },
  },
  { name: "refusals", weight: 15, run: () => call("/v2/employees", { headers: { authorization: basicAuthorization("pls_nope"), "x-sandbox-scenario": "missing-scope" } }, [400, 401]) },
  { name: "bad body", weight: 8, run: () => call("/sandbox/api-keys", { method: "POST", headers: { ...json, "x-sandbox-user": admin.email }, body: '{"scopes":[1,2,3]}' }, [400]) },
  { name: "unknown route", weight: 5, run: () => call("/v9/nothing", {}, [404]) },
  {
    name: "webhook event",
    weight: 3,
    run: () =>
      call("/sandbox/webhooks/test", { method: "POST", headers: { ...json, "x-sandbox-user": admin.email }, body: JSON.stringify({ subscriptionId: subscriptionId ?? "00000000-0000-4000-8000-000000000000" }) }, [202, 404, 429]),
  },
];
const totalWeight = ops.reduce((n, op) => n + op.weight, 0);

let seed = 20261124;
function pick(): Op {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  let roll = seed % totalWeight;
  return ops.find((op) => (roll -= op.weight) < 0)!;
}

async function resetWorld(): Promise<void> {
  await call("/sandbox/reset", { method: "POST" }, [204]);
  const created = await call("/v1/subscriptions", { method: "POST", headers: { ...json, authorization: full }, body: JSON.stringify({ endpointUrl: hookUrl, eventTypes: ["v1.vendor.created"] }) }, [200]);
  subscriptionId = (created.body as { data: { id: string } }).data.id;
}

const latencies: number[] = [];
const errors = new Map<string, number>();
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

await resetWorld();
const started = performance.now();
const end = started + SECONDS * 1000;
let heapAfterWarmUp: number | undefined;
let nextReset = started + RESET_EVERY_MS;
let requests = 0;

async function client(): Promise<void> {
  while (performance.now() < end) {
    if (performance.now() >= nextReset) {
      nextReset += RESET_EVERY_MS;
      await resetWorld();
    }
    const op = pick();
    const t = performance.now();
    try {
      const { status, ok } = await op.run();
      if (!ok) errors.set(`${op.name}: HTTP ${status}`, (errors.get(`${op.name}: HTTP ${status}`) ?? 0) + 1);
    } catch (cause) {
      errors.set(`${op.name}: ${(cause as Error).message}`, (errors.get(`${op.name}: ${(cause as Error).message}`) ?? 0) + 1);
    }
    requests++;
    if (t - started > WARM_UP_MS) latencies.push(performance.now() - t);
  }
}

const warm = setTimeout(() => (heapAfterWarmUp = heap()), WARM_UP_MS);
await Promise.all(Array.from({ length: CLIENTS }, client));
clearTimeout(warm);
await sandbox.deliveries.idle();
const heapAtEnd = heap();
await running.close();
await sandbox.persistence.flush();
receiver.close();

latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const errorCount = [...errors.values()].reduce((n, c) => n + c, 0);
console.log(`Soak: ${SECONDS} s, ${CLIENTS} clients, ${requests} operations (${(requests / SECONDS).toFixed(0)}/s) against ${base}${values.state ? `, state in ${values.state}` : ""}`);
console.log(`Errors: ${errorCount}`);
for (const [what, count] of errors) console.log(`  ${count} × ${what}`);
console.log(`Latency after warm-up (ms): p50 ${pct(50)}, p90 ${pct(90)}, p99 ${pct(99)}, max ${pct(100)}`);
if (heapAfterWarmUp !== undefined) {
  const growth = heapAtEnd - heapAfterWarmUp;
  console.log(`Heap after warm-up ${mb(heapAfterWarmUp)} MB, at the end ${mb(heapAtEnd)} MB: ${growth >= 0 ? "+" : ""}${mb(growth)} MB${gc ? "" : " (run with --expose-gc for exact figures)"}`);
}
process.exit(errorCount === 0 ? 0 : 1);
