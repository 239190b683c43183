/**
 * `--state` under SIGKILL: the CLI is killed in the middle of heavy concurrent writes, again and
 * again, and every restart finds a valid file holding every write that was acknowledged (the flush
 * point is before the answer). Bounded: a fixed number of rounds, kill times from a seeded sequence.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { startCli, stopStartedProcesses } from "./support/cli-process.ts";
import { companyNamed, seeded, userWithRole } from "./support/world.ts";

const ROUNDS = Number(process.env.STATE_CRASH_ROUNDS ?? 6);
const CLIENTS = 6;
const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const COMPANY = companyNamed(seeded, "Nordlys ApS").id;
afterEach(stopStartedProcesses);

/** Starts the CLI on a free port with `--state file`; resolves with its URL and a SIGKILL. */
async function startWithState(file: string) {
  const cli = startCli(["--port", "0", "--quiet", "--state", file]);
  const url = await cli.url();
  return { url, kill: () => (cli.child.kill("SIGKILL"), cli.exited) };
}

/** What one client had acknowledged: keys it made, and the last metadata counter each key's installation got. */
interface Acknowledged {
  keys: Map<string, { secret: string; counter: number }>;
}

/** Makes keys and updates their installations, one after another, until `stop()`; records what was answered 2xx. */
async function writeUntilStopped(url: string, acked: Acknowledged, stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    try {
      const created = await fetch(`${url}/sandbox/api-keys`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-sandbox-user": ADMIN },
        body: JSON.stringify({ name: "crash", expiresAt: "2099-01-01T00:00:00Z", accessLevel: { type: "company", companyId: COMPANY }, scopes: ["users:read"] }),
      });
      if (created.status !== 201) throw new Error(`create answered ${created.status}`);
      const { id, key } = ((await created.json()) as { data: { id: string; key: string } }).data;
      acked.keys.set(id, { secret: key, counter: 0 });
      for (let counter = 1; counter <= 3 && !stopped(); counter++) {
        const updated = await fetch(`${url}/v1/installations/me`, {
          method: "PUT",
          headers: { "content-type": "application/json", authorization: basicAuthorization(key) },
          body: JSON.stringify({ status: "ACTIVATED", metadata: { counter } }),
        });
        if (updated.status !== 200) throw new Error(`update answered ${updated.status}`);
        acked.keys.get(id)!.counter = counter;
      }
    } catch (cause) {
      if (stopped()) return; // the kill cut the connection: that write is not acknowledged
      throw cause;
    }
  }
}

/** A seeded sequence of kill delays (ms), so every run kills at the same moments of its writes. */
function* killDelays(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 150 + (x % 700);
  }
}

describe("--state under SIGKILL", () => {
  it(`keeps every acknowledged write through ${ROUNDS} kills during heavy writes`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pleo-crash-")), "state.json");
    const acked: Acknowledged = { keys: new Map() };
    const delays = killDelays(20261124);
    for (let round = 0; round < ROUNDS; round++) {
      const cli = await startWithState(file); // a damaged or half-written file would stop it here
      if (acked.keys.size > 0) {
        const saved = JSON.parse(readFileSync(file, "utf8")) as { state: { keys: { id: string }[]; installations: Record<string, { metadata: { counter?: number } }> } };
        const savedIds = new Set(saved.state.keys.map((k) => k.id));
        const lost = [...acked.keys.keys()].filter((id) => !savedIds.has(id));
        expect(lost, `round ${round}: acknowledged keys missing`).toEqual([]);
        for (const [id, { counter }] of acked.keys) {
          const stored = Object.entries(saved.state.installations).find(([k]) => k.startsWith(`${id}:`))?.[1].metadata.counter ?? 0;
          expect(stored, `round ${round}: key ${id}'s installation`).toBeGreaterThanOrEqual(counter);
        }
        const [, sample] = [...acked.keys].at(-1)!;
        expect((await fetch(`${cli.url}/v1/installations/me`, { headers: { authorization: basicAuthorization(sample.secret) } })).status).toBe(200);
      }
      let stopped = false;
      const clients = Array.from({ length: CLIENTS }, () => writeUntilStopped(cli.url, acked, () => stopped));
      await new Promise((resolve) => setTimeout(resolve, delays.next().value!));
      stopped = true;
      expect(await cli.kill()).toBeNull(); // killed by the signal, not exited
      await Promise.all(clients);
    }
    expect(acked.keys.size).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
