/**
 * `node --import pleo-sandbox/register app.js`: an unchanged app calling Pleo's real hosts with
 * fetch, node:https and axios is answered by an in-process sandbox, or by a running one when
 * PLEO_SANDBOX_URL is set; a request to any other host passes through untouched.
 */
import { spawn } from "node:child_process";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import world from "../fixtures/world.json" with { type: "json" };
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const KEY = world.readyMadeKeys.find((k) => k.slug === "full-access")!.secret;

function runApp(env: Record<string, string>, app = "test/support/register-app.mjs") {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./mock-server/exports/register.ts", app], {
    cwd: root,
    env: { ...process.env, PLEO_API_KEY: KEY, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

/** A server on another host (127.0.0.1), which must see the app's request as sent. */
let other: Server;
let otherUrl = "";
const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
let running: RunningServer;
beforeAll(async () => {
  other = createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    res.end("hello from elsewhere");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
  running = await startServer(await createSandbox(), { port: 0 });
});
afterAll(async () => {
  other.close();
  await running.close();
});

const expected = {
  fetch: { status: 200, count: 3 },
  https: { status: 200, count: 2 },
  axios: { status: 200, count: 1 },
  clock: { status: 200, body: { data: { now: "2030-01-01T00:00:00Z" } } },
};

describe("pleo-sandbox/register", { timeout: 60_000 }, () => {
  it("answers fetch, node:https and axios from an in-process sandbox, and lets other hosts through", async () => {
    const result = await runApp({ OTHER_URL: otherUrl });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ...expected,
      servers: ["https://external.pleo.io"],
      other: { status: 200, text: "hello from elsewhere" },
    });
    expect(seen.at(-1)).toMatchObject({ url: "/hello", headers: { authorization: "Bearer untouched" } });
    // The running server was not involved.
    expect(((await (await fetch(`${running.url}/sandbox/clock`)).json()) as { data: { now: string } }).data.now.slice(0, 4)).not.toBe("2030");
  });

  it("forwards to the running sandbox at PLEO_SANDBOX_URL, which then holds the app's changes", async () => {
    const result = await runApp({ PLEO_SANDBOX_URL: running.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ...expected, servers: ["https://external.pleo.io"] });
    expect(await (await fetch(`${running.url}/sandbox/clock`)).json()).toEqual({ data: { now: "2030-01-01T00:00:00Z" } });
    await fetch(`${running.url}/sandbox/reset`, { method: "POST" });
  });

  it("fails the request, as the network would, when PLEO_SANDBOX_URL does not answer", async () => {
    const result = await runApp({ PLEO_SANDBOX_URL: "http://127.0.0.1:9" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("pleo-sandbox/register: cannot reach PLEO_SANDBOX_URL http://127.0.0.1:9/ for GET https://external.staging.pleo.io/v2/employees?limit=3");
    expect(result.stderr).toContain("TypeError: Failed to fetch");
  });

  it("refuses a PLEO_SANDBOX_URL that is Pleo itself", async () => {
    const result = await runApp({ PLEO_SANDBOX_URL: "https://external.pleo.io" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("PLEO_SANDBOX_URL must be a running pleo-sandbox, not Pleo itself (external.pleo.io)");
  });
});
