/**
 * The CLI as a user meets it (`pleo-sandbox`, `npm start`): help, version, the banner with the
 * ready-made keys, request logs without credentials (pretty and JSON), clear failures, and a clean
 * stop on SIGTERM and SIGINT, also when the signal goes to npm rather than to the server.
 */
import { connect, createServer, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import world from "../fixtures/world.json" with { type: "json" };
import pkg from "../package.json" with { type: "json" };
import { startCli, startProcess, stopStartedProcesses, type StartedProcess } from "./support/cli-process.ts";

afterEach(stopStartedProcesses);

/** Every option of --help, with the environment variable that sets it. */
const OPTIONS = ["--port", "--host", "--fixtures", "--seed", "--quiet", "--log-format", "--state", "--cors-origin", "--admin-token", "--allow-private-webhooks", "--help", "--version"];
const ENVIRONMENT = ["PLEO_SANDBOX_PORT", "PLEO_SANDBOX_HOST", "PLEO_SANDBOX_FIXTURES", "PLEO_SANDBOX_SEED", "PLEO_SANDBOX_QUIET", "PLEO_SANDBOX_LOG_FORMAT", "PLEO_SANDBOX_STATE", "PLEO_SANDBOX_CORS_ORIGINS", "PLEO_SANDBOX_ADMIN_TOKEN", "PLEO_SANDBOX_ALLOW_PRIVATE_WEBHOOKS"];

/** The JSON log's records. */
const records = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

/** Starts with the JSON log on a free port; resolves with its URL and pid once it listens. */
async function listening(process: StartedProcess) {
  await process.waitFor('"msg":"listening"');
  const record = records(process.output().stdout).find((r) => r.msg === "listening")!;
  return { url: record.url as string, port: Number(new URL(record.url as string).port), pid: record.pid as number };
}

/** Milliseconds until nothing accepts connections on the port any more. */
async function untilPortFree(port: number, since: number): Promise<number> {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => (socket.destroy(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (!open) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("pleo-sandbox (from the sources)", { timeout: 60_000 }, () => {
  it("lists every option and its environment variable in --help, and exits 0", async () => {
    const cli = startCli(["--help"]);
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toContain("Usage: pleo-sandbox [options]");
    for (const option of [...OPTIONS, ...ENVIRONMENT]) expect(cli.output().stdout).toContain(option);
  });

  it("prints its version", async () => {
    const cli = startCli(["--version"]);
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toBe(`${pkg.version}\n`);
  });

  it("refuses a bad port in one line with exit code 2", async () => {
    const cli = startCli(["--port", "eighty"]);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr.trim().split("\n")).toHaveLength(1);
    expect(cli.output().stderr).toContain('--port must be a whole number from 0 to 65535; got "eighty"');
  });

  it("refuses an unknown option in one line", async () => {
    const cli = startCli(["--verbose"]);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/^pleo-sandbox: .*--verbose.*See --help\.\n$/);
  });

  it("says in one line, with exit code 1, that the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const cli = startCli([], { PLEO_SANDBOX_PORT: port });
      expect(await cli.exited).toBe(1);
      expect(cli.output().stderr).toBe(`pleo-sandbox: port ${port} on 127.0.0.1 is already in use; pick another with --port or PLEO_SANDBOX_PORT.\n`);
    } finally {
      blocker.close();
    }
  });

  it("refuses a fixtures file that does not validate", async () => {
    const cli = startCli(["--fixtures", "package.json"]);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/^pleo-sandbox: fixtures in package.json are not valid: seed: .*\n$/);
  });

  it("enforces Pleo's rate limit unless --rate-limit off, and refuses another value", async () => {
    const rateLimit = async (args: string[]) => {
      const cli = startCli(["--port", "0", "--quiet", "--log-format", "json", ...args]);
      const { url } = await listening(cli);
      const body = (await (await fetch(`${url}/sandbox/rate-limit`)).json()) as { data: { enabled: boolean } };
      cli.child.kill();
      await cli.exited;
      return body.data.enabled;
    };
    expect([await rateLimit([]), await rateLimit(["--rate-limit", "off"])]).toEqual([true, false]);
    const bad = startCli(["--rate-limit", "sometimes"]);
    expect(await bad.exited).toBe(2);
    expect(bad.output().stderr).toBe('pleo-sandbox: --rate-limit must be on or off; got "sometimes". See --help.\n');
  });

  it("prints the URL and every ready-made key, serves, and logs requests without credentials", async () => {
    const cli = startCli(["--port", "0"]);
    await cli.waitFor("Stop with Ctrl+C.");
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output().stdout)![1]!;
    for (const key of world.readyMadeKeys) expect(cli.output().stdout).toContain(`${key.slug.padEnd(13)} ${key.secret}`);

    const secret = world.readyMadeKeys[0]!.secret;
    const response = await fetch(`${url}/v1/installations/me?api_key=${secret}`, { headers: { authorization: `Basic ${btoa(`${secret}:`)}` } });
    expect(response.status).toBe(200);
    await cli.waitFor("GET /v1/installations/me?api_key=[redacted] -> 200");
    const log = cli.output().stdout.split("Stop with Ctrl+C.")[1]!;
    expect(log).not.toContain(secret);
    expect(log).not.toContain(btoa(`${secret}:`)); // nor the encoded credential
  });

  it("logs JSON records, with a world from a seed, that never hold a key, a header or a query credential; SIGINT stops it with exit 0", async () => {
    const cli = startCli([], { PLEO_SANDBOX_PORT: "0", PLEO_SANDBOX_LOG_FORMAT: "json", PLEO_SANDBOX_SEED: "7" });
    const { url } = await listening(cli);
    const secret = world.readyMadeKeys[0]!.secret;
    const employees = await fetch(`${url}/v2/employees?limit=1&token=abc123&access_token=xyz789&companyId=${world.companies[0]!.id}`, {
      headers: { authorization: `Basic ${btoa(`${secret}:`)}`, "x-sandbox-scenario": "expired-key" },
    });
    expect(employees.status).toBe(401); // another seed, another world: the default world's key is unknown there
    await cli.waitFor('"msg":"request"');
    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
    const all = records(cli.output().stdout);
    expect(all.find((r) => r.msg === "listening")).toMatchObject({ level: "info", world: "seed 7", version: pkg.version, readyMadeKeys: expect.arrayContaining(["full-access"]) });
    expect(all.find((r) => r.msg === "request")).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: "info",
      msg: "request",
      method: "GET",
      path: `/v2/employees?limit=1&token=[redacted]&access_token=[redacted]&companyId=${world.companies[0]!.id}`,
      status: 401,
      reason: "key_unknown",
      scenario: "expired-key",
      ms: expect.any(Number),
    });
    expect(all.map((r) => r.msg)).toEqual(["listening", "request", "stopping", "stopped"]);
    for (const text of [secret, btoa(`${secret}:`), "abc123", "xyz789", "authorization", "Basic"]) expect(cli.output().stdout).not.toContain(text);
  });

  it("on SIGTERM frees the port at once, lets a request in flight finish, and exits 0", async () => {
    const cli = startCli(["--port", "0", "--log-format", "json", "--quiet"]);
    const { port } = await listening(cli);
    const admin = world.users.find((u) => u.role === "admin")!;
    const body = JSON.stringify({ name: "in flight", expiresAt: "2099-01-01T00:00:00Z", accessLevel: { type: "company", companyId: admin.companyId }, scopes: ["users:read"] });
    // A request whose body is still to come when the signal arrives; the server's "100 Continue"
    // says it has the request in hand.
    const socket: Socket = connect(port, "127.0.0.1");
    let answer = "";
    const received = new Promise<void>((resolve) =>
      socket.on("data", (chunk) => {
        answer += chunk;
        if (answer.includes("100 Continue")) resolve();
      }),
    );
    const ended = new Promise((resolve) => socket.on("close", resolve));
    socket.write(`POST /sandbox/api-keys HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nX-Sandbox-User: ${admin.id}\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
    await received;
    const signalled = performance.now();
    cli.child.kill("SIGTERM");
    await cli.waitFor('"msg":"stopping"');
    expect(await untilPortFree(port, signalled)).toBeLessThan(2000);
    expect(cli.child.exitCode).toBe(null); // still finishing the request in flight
    socket.write(body);
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 201 /);
    expect(answer.toLowerCase()).toContain("connection: close");
    expect(await cli.exited).toBe(0);
    expect(records(cli.output().stdout).find((r) => r.msg === "stopping")).toMatchObject({ signal: "SIGTERM", inFlight: 1 });
  });
});

describe("npm start", { timeout: 60_000 }, () => {
  it("stops the server, frees the port and exits 0 when SIGTERM goes to the npm process", async () => {
    const npm = startProcess("npm", ["start", "--silent", "--", "--port", "0", "--log-format", "json"]);
    const { port, pid } = await listening(npm);
    expect(pid).not.toBe(npm.child.pid); // the server is npm's child, not npm itself
    const signalled = performance.now();
    npm.child.kill("SIGTERM");
    expect(await untilPortFree(port, signalled)).toBeLessThan(2000);
    expect(await npm.exited).toBe(0);
    expect(alive(pid)).toBe(false);
  });
});
