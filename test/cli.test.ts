/** `npm start` as a user meets it: help, the banner with the ready-made keys, request logs, and clear failures. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { basicAuthorization } from "../mock-server/core/scenarios/scenario-request.ts";
import { readyMadeKey, seeded } from "./support/world.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "mock-server/main.ts", ...args], { cwd: root, env: { ...process.env, ...env } });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  /** Resolves once stdout contains `text`, or rejects if the process exits first. */
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (stdout.includes(text) ? resolve() : undefined);
      child.stdout.on("data", check);
      check();
      void exited.then(() => reject(new Error(`exited before printing "${text}": ${stderr}`)));
    });
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

describe("npm start", () => {
  it("prints help and exits 0", async () => {
    const run = start(["--help"]);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("Usage: npm start -- [options]");
    expect(run.output().stdout).toContain("--port");
  });

  it("refuses a bad port in one line with exit code 2", async () => {
    const run = start(["--port", "eighty"]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr.trim().split("\n")).toHaveLength(1);
    expect(run.output().stderr).toContain('--port must be a whole number from 0 to 65535; got "eighty"');
  });

  it("refuses an unknown option in one line", async () => {
    const run = start(["--verbose"]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toMatch(/^pleo-sandbox: .*--verbose.*See --help\.\n$/);
  });

  it("says in one line, with exit code 1, that the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const run = start([], { PORT: port });
      expect(await run.exited).toBe(1);
      expect(run.output().stderr).toBe(`pleo-sandbox: port ${port} on 127.0.0.1 is already in use; pick another with --port or PORT.\n`);
    } finally {
      blocker.close();
    }
  });

  it("prints the URL and every ready-made key, serves, and logs requests without credentials", async () => {
    const run = start(["--port", "0"]);
    await run.waitFor("Stop with Ctrl+C.");
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.output().stdout)![1]!;
    for (const key of seeded.readyMadeKeys) expect(run.output().stdout).toContain(`${key.slug.padEnd(13)} ${key.secret}`);

    const secret = readyMadeKey(seeded, "full-access").secret;
    const authorization = basicAuthorization(secret);
    const response = await fetch(`${url}/v1/installations/me`, { headers: { authorization } });
    expect(response.status).toBe(200);
    await run.waitFor("GET /v1/installations/me -> 200");
    const log = run.output().stdout.split("Stop with Ctrl+C.")[1]!;
    expect(log).not.toContain(secret);
    expect(log).not.toContain(authorization.slice("Basic ".length)); // nor the encoded credential
  });

  it("enforces Pleo's rate limit unless --rate-limit off, and refuses another value", async () => {
    const rateLimit = async (args: string[]) => {
      const run = start(["--port", "0", "--quiet", ...args]);
      await run.waitFor("Stop with Ctrl+C.");
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.output().stdout)![1]!;
      const body = (await (await fetch(`${url}/sandbox/rate-limit`)).json()) as { data: { enabled: boolean } };
      run.child.kill();
      return body.data.enabled;
    };
    expect([await rateLimit([]), await rateLimit(["--rate-limit", "off"])]).toEqual([true, false]);
    const bad = start(["--rate-limit", "sometimes"]);
    expect(await bad.exited).toBe(2);
    expect(bad.output().stderr).toBe('pleo-sandbox: --rate-limit must be on or off; got "sometimes". See --help.\n');
  });

  it("refuses a fixtures file that does not validate", async () => {
    const run = start(["--fixtures", "package.json"]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toMatch(/^pleo-sandbox: fixtures in package.json are not valid: seed: .*\n$/);
  });
});
