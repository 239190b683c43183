/**
 * State that survives: a sandbox made from a store serves what the last one saved (keys as hashes,
 * installations, subscriptions, master data, export changes, the clock); writes are saved before
 * they are answered, batched; a store it cannot use is refused in one line and left as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "../mock-server/adapters/file-store.ts";
import { BACKGROUND_SAVE_MS, createMemoryStore, type StateStore } from "../mock-server/core/world/persistence.ts";
import { SnapshotError } from "../mock-server/core/world/snapshot.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, NOW } from "./support/call.ts";
import { companyNamed, pendingExportJob, seeded, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const open = (store: StateStore, options: Parameters<typeof createSandbox>[0] = {}) =>
  createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [], sleep: async () => {} }, ...options, store });

async function makeKey(sandbox: Sandbox, name = "kept") {
  const response = await call(sandbox, "/sandbox/api-keys", {
    method: "POST",
    headers: { "x-sandbox-user": ADMIN },
    body: { name, expiresAt: "2027-06-30T00:00:00Z", accessLevel: { type: "company", companyId: companyNamed(sandbox, "Nordlys ApS").id }, scopes: ["users:read", "tag-groups:write", "tag-groups:read"] },
  });
  return dataOf<{ id: string; key: string }>(response);
}

describe("a restarted sandbox", () => {
  it("serves every acknowledged write the last one made", async () => {
    const store = createMemoryStore();
    const first = await open(store);
    const { id, key } = await makeKey(first);
    await call(first, "/v1/installations/me", { method: "PUT", key, body: { status: "ACTIVATED", metadata: { tenant: "acme" } } });
    const subscription = dataOf<{ id: string }>(await call(first, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.vendor.created"] } }));
    const secret = dataOf<{ secretKey: string }>(await call(first, `/v1/subscriptions/${subscription.id}/secret`, { key: "full-access" }));
    const group = dataOf<{ id: string }>(
      await call(first, "/v0/tag-groups", { method: "POST", key: "full-access", query: { company_id: companyNamed(first, "Nordlys ApS").id }, body: { name: "Projects", code: "PRJ-KEPT", archived: false } }),
    );
    const job = pendingExportJob(first, "Nordlys ApS");
    await call(first, "/v3/export-job-events", { method: "POST", key: "full-access", body: { jobId: job.id, event: "started" } });
    await call(first, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 600 } });
    await call(first, `/sandbox/api-keys/${(await makeKey(first, "deleted")).id}`, { method: "DELETE", headers: { "x-sandbox-user": ADMIN } });

    const second = await open(store);
    // Everything but the request journal, which is memory-only (a restart empties it, as a reset does).
    const withoutJournal = (state: typeof first.state) => JSON.stringify({ ...state, chaos: { ...state.chaos, journal: undefined } });
    expect(withoutJournal(second.state)).toBe(withoutJournal(first.state));
    expect(second.state.chaos.journal.size).toBe(0);
    expect(second.state.keys.find((k) => k.id === id)).toBeDefined();
    expect(JSON.stringify(second.state.keys)).not.toContain(key); // hashes only
    expect(dataOf(await call(second, "/sandbox/clock"))).toEqual({ now: "2026-11-24T12:10:00Z" });
    expect((await call(second, "/v1/installations/me", { key })).body).toMatchObject({ metadata: { tenant: "acme" } });
    expect(dataOf(await call(second, `/v1/subscriptions/${subscription.id}/secret`, { key: "full-access" }))).toEqual(secret);
    expect((await call(second, `/v0/tag-groups/${group.id}`, { key: "full-access" })).status).toBe(200);
    expect(dataOf<{ status: string }>(await call(second, `/v3/export-jobs/${job.id}`, { key: "full-access" })).status).toBe("in_progress");
  });

  it("does not save for reads or for refusals that change nothing, and batches concurrent writes", async () => {
    const store = createMemoryStore();
    const sandbox = await open(store);
    await makeKey(sandbox, "first");
    expect(store.saves).toBe(1);
    await call(sandbox, "/sandbox/world");
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: -1 } });
    expect(store.saves).toBe(1);
    // A store as slow as a disk: writes arriving while it saves share the next save.
    const save = store.save.bind(store);
    store.save = (text) => new Promise((resolve) => setTimeout(resolve, 20)).then(() => save(text));
    const made = await Promise.all(Array.from({ length: 30 }, (_, i) => makeKey(sandbox, `batch ${i}`)));
    expect(store.saves).toBeGreaterThan(1);
    expect(store.saves).toBeLessThan(made.length / 2);
    const restarted = await open(store);
    for (const { id } of made) expect(restarted.state.keys.some((k) => k.id === id)).toBe(true);
  });

  it("saves webhook delivery activities in the background, and what is left on flush", async () => {
    const store = createMemoryStore();
    const sandbox = await open(store, { fetch: async () => new Response(null, { status: 204 }) });
    const { id } = dataOf<{ id: string }>(await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.vendor.created"] } }));
    const saves = store.saves;
    await call(sandbox, "/sandbox/webhooks/test", { method: "POST", headers: { "x-sandbox-user": ADMIN }, body: { subscriptionId: id } });
    await sandbox.deliveries.idle();
    await expect.poll(() => store.saves, { timeout: BACKGROUND_SAVE_MS * 20 }).toBeGreaterThan(saves);
    const restarted = await open(store);
    const activities = restarted.state.subscriptions[0]!.activities.map((a) => a.operationType);
    expect(activities).toEqual(["CREATE", "DELIVERY"]);
    await sandbox.persistence.flush();
  });

  it("starts afresh after a reset, and that is saved too", async () => {
    const store = createMemoryStore();
    const sandbox = await open(store);
    await makeKey(sandbox);
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    expect((await open(store)).state.keys).toHaveLength(seeded.readyMadeKeys.length);
  });
});

describe("a store the sandbox cannot use", () => {
  it("stops start-up with one line saying why", async () => {
    const saved = createMemoryStore();
    await makeKey(await open(saved));
    const text = (await saved.load())!;
    const cases: [string, RegExp][] = [
      ["{ not json", /is not a saved sandbox state: it is not valid JSON/],
      ['{"hello":"world"}', /is not a saved sandbox state \(no "format"/],
      [text.replace('"version":1', '"version":99'), /saved in state format version 99; this sandbox reads version 1/],
      [text.replace(/"hash":"[0-9a-f]{64}"/, '"hash":"nope"'), /holds a damaged state: keys\.\d+\.hash/],
    ];
    for (const [damaged, message] of cases) {
      const failure = await open(createMemoryStore(damaged)).catch((err: Error) => err);
      expect(failure).toBeInstanceOf(SnapshotError);
      expect((failure as Error).message).toMatch(message);
      expect((failure as Error).message).not.toContain("\n");
    }
    const otherWorld = await open(createMemoryStore(text), { fixtures: { ...seeded, seed: seeded.seed + 1 } }).catch((err: Error) => err);
    expect((otherWorld as Error).message).toContain("was saved by a sandbox serving other fixtures");
  });
});

describe("the file store", () => {
  it("writes whole files readable by their owner only, leaves no temporary file, and keeps a damaged file as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pleo-state-"));
    const path = join(dir, "state.json");
    writeFileSync(join(dir, "state.json.4242.7.tmp"), "left by a killed process");
    const sandbox = await open(createFileStore(path));
    await makeKey(sandbox);
    expect(readdirSync(dir)).toEqual(["state.json"]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ format: "pleo-sandbox-state", version: 1 });
    expect((await open(createFileStore(path))).state.keys).toHaveLength(seeded.readyMadeKeys.length + 1);

    writeFileSync(path, "damaged");
    await expect(open(createFileStore(path))).rejects.toThrow(`${path} is not a saved sandbox state`);
    expect(readFileSync(path, "utf8")).toBe("damaged");
  });
});
