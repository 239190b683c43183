/**
 * In Debian's chromium (playwright-core, never a downloaded browser): a page on another origin can
 * neither read nor change the control plane, while a page on an allowed origin can read it. Two
 * page origins and the sandbox, all on 127.0.0.1 ports.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { newSandbox } from "./support/call.ts";
import { companyNamed, userWithRole } from "./support/world.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let sandbox: Sandbox;
let running: RunningServer;
let attacker: { server: Server; url: string };
let guide: { server: Server; url: string };
let browser: Browser;
/** Status and Origin of every request the sandbox's server received. */
const seen: { origin: string | undefined; method: string; url: string; status: number }[] = [];

async function pageServer() {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>page</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  [attacker, guide] = [await pageServer(), await pageServer()];
  sandbox = await newSandbox();
  running = await startServer(sandbox, { port: 0, corsOrigins: [guide.url] });
  running.server.on("request", (req, res) => res.on("finish", () => seen.push({ origin: req.headers.origin, method: req.method!, url: req.url!, status: res.statusCode })));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  for (const page of [attacker, guide]) await new Promise((resolve) => page?.server.close(resolve));
});

describe("a page on another origin", () => {
  it("can neither read nor change the control plane; an allowed origin can read it", async () => {
    const admin = userWithRole(sandbox, "Nordlys ApS", "admin").email;
    const companyId = companyNamed(sandbox, "Nordlys ApS").id;
    const keysBefore = sandbox.state.keys.length;
    const page = await browser.newPage();
    await page.goto(attacker.url);
    const outcomes = await page.evaluate(
      async ({ base, admin, companyId }) => {
        const attempt = (init: RequestInit & { path: string }) =>
          fetch(base + init.path, init).then(
            async (r) => (r.type === "opaque" ? "opaque" : `read ${r.status}: ${await r.text()}`),
            () => "blocked",
          );
        const keyBody = JSON.stringify({ name: "stolen", expiresAt: "2030-01-01T00:00:00Z", accessLevel: { type: "company", companyId }, scopes: ["users:read"] });
        return {
          world: await attempt({ path: "/sandbox/world" }),
          createKey: await attempt({ path: "/sandbox/api-keys", method: "POST", headers: { "content-type": "application/json", "x-sandbox-user": admin }, body: keyBody }),
          reset: await attempt({ path: "/sandbox/reset", method: "POST", mode: "no-cors" }),
          clock: await attempt({ path: "/sandbox/clock", method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: '{"advanceSeconds":999999}' }),
          beacon: navigator.sendBeacon(`${base}/sandbox/reset`),
        };
      },
      { base: running.url, admin, companyId },
    );
    expect(outcomes).toMatchObject({ world: "blocked", createKey: "blocked", reset: "opaque", clock: "opaque" });
    await expect.poll(() => seen.filter((s) => s.origin === attacker.url && s.method === "POST").length).toBeGreaterThanOrEqual(2);
    // What reached the server from that page was refused there, so nothing changed.
    for (const request of seen.filter((s) => s.origin === attacker.url)) expect(request.status, `${request.method} ${request.url}`).toBe(403);
    expect(sandbox.state.keys).toHaveLength(keysBefore);
    expect(sandbox.state.clock.offsetMs).toBe(0);

    await page.goto(guide.url);
    const allowed = await page.evaluate(async (base) => (await fetch(`${base}/sandbox/world`)).status, running.url);
    expect(allowed).toBe(200);
    await page.close();
  });
});
