/**
 * Stopping the CLI with SIGTERM or SIGINT: it stops accepting, answers the request in flight,
 * ends a webhook delivery waiting to retry (saying so in the subscription's history), saves the
 * state, and exits 0.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { startCli, startProcess, stopStartedProcesses } from "./support/cli-process.ts";
import { rawRequest } from "./support/raw-http.ts";
import { startReceiver, type Receiver } from "./support/receiver.ts";
import { readyMadeKey, seeded, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  stopStartedProcesses();
});

describe("stopping the CLI", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`on ${signal}: finishes the request in flight, ends pending deliveries, saves, exits 0`, async () => {
      const file = join(mkdtempSync(join(tmpdir(), "pleo-stop-")), "state.json");
      const receiver = await startReceiver(() => 500);
      receivers.push(receiver);
      const cli = startCli(["--port", "0", "--quiet", "--state", file]);
      const url = await cli.url();
      const key = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
      const created = await fetch(`${url}/v1/subscriptions`, {
        method: "POST",
        headers: { authorization: key, "content-type": "application/json" },
        body: JSON.stringify({ endpointUrl: receiver.url, eventTypes: ["v1.vendor.created"] }),
      });
      const { id } = ((await created.json()) as { data: { id: string } }).data;
      await fetch(`${url}/sandbox/webhooks/test`, { method: "POST", headers: { "x-sandbox-user": ADMIN, "content-type": "application/json" }, body: JSON.stringify({ subscriptionId: id }) });
      await expect.poll(() => receiver.received.length).toBe(1); // the first attempt failed; a retry waits

      // A write whose body is still arriving when the signal comes.
      const port = Number(new URL(url).port);
      const head = `POST /sandbox/clock HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 23\r\n\r\n`;
      const inFlight = rawRequest(port, [`${head}{"advanceSeconds"`, ":3600}"], { gapMs: 400 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      cli.child.kill(signal);

      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(await cli.exited).toBe(0);
      const saved = JSON.parse(readFileSync(file, "utf8")) as { state: { clock: { offsetMs: number }; subscriptions: { activities: { description: string }[] }[] } };
      expect(saved.state.clock.offsetMs).toBeGreaterThan(3_000_000);
      const history = saved.state.subscriptions[0]!.activities.map((a) => a.description).join("\n");
      // Retries wait 1 s, then 5 s: a slow machine may have sent the second attempt before the signal.
      expect(history).toMatch(/before attempt [23]: the sandbox is shutting down/);
      expect(receiver.received.length).toBeLessThanOrEqual(2);
    }, 30_000);
  }

  it("under npm start: SIGTERM to npm's own process stops the server too", async () => {
    const npm = startProcess(process.platform === "win32" ? "npm.cmd" : "npm", ["start", "--silent", "--", "--port", "0", "--quiet"]);
    const url = await npm.url();
    expect((await fetch(`${url}/sandbox/clock`)).status).toBe(200);
    npm.child.kill("SIGTERM");
    await npm.exited;
    await expect(fetch(`${url}/sandbox/clock`)).rejects.toThrow();
  }, 30_000);
});
