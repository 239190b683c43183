/**
 * `node --import pleo-sandbox/register` with an unchanged OAuth integration that calls Pleo's real
 * auth host (auth.staging.pleo.io) and API host: the whole Authorization Code + PKCE flow, a call
 * with the token, expiry on the sandbox clock, a refresh, and reuse detection revoking the grant;
 * answered in-process, or by a running sandbox through PLEO_SANDBOX_URL.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import world from "../fixtures/world.json" with { type: "json" };
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const app = world.oauth.apps.find((a) => a.slug === "demo-app")!;
const company = world.companies.find((c) => c.name === "Nordlys ApS")!;
const admin = world.users.find((u) => u.role === "admin" && u.companyId === company.id)!;

function runApp(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./mock-server/exports/register.ts", "test/support/register-oauth-app.mjs"], {
    cwd: root,
    env: { ...process.env, CLIENT_ID: app.clientId, CLIENT_SECRET: app.clientSecret, REDIRECT_URI: app.redirectUris[0]!, SANDBOX_USER: admin.id, COMPANY_ID: company.id, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

const expected = {
  authorize: { status: 302, to: app.redirectUris[0], state: "s-42", code: true },
  exchange: { status: 200, token_type: "Bearer", expires_in: 900 },
  employees: { status: 200, count: 2 },
  expired: { status: 401, type: "JWT_EXPIRED" },
  refresh: { status: 200, rotated: true },
  afterRefresh: { status: 200 },
  reuse: { status: 400, error: "invalid_grant" },
  afterReuse: { status: 401 },
};

let running: RunningServer;
beforeAll(async () => {
  running = await startServer(await createSandbox(), { port: 0 });
});
afterAll(() => running.close());

describe("pleo-sandbox/register and OAuth", { timeout: 60_000 }, () => {
  it("runs the whole flow of an unchanged script against Pleo's auth and API hosts, in-process", async () => {
    const result = await runApp({});
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it("runs it against a running sandbox through PLEO_SANDBOX_URL, which then holds the revoked grant", async () => {
    const result = await runApp({ PLEO_SANDBOX_URL: running.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
    const journal = (await (await fetch(`${running.url}/sandbox/requests?path=/oauth/token&limit=10`)).json()) as { data: { reason?: string }[] };
    expect(journal.data.map((e) => e.reason)).toContain("refresh_token_reused");
  });

  it("refuses a PLEO_SANDBOX_URL that is Pleo's auth host", async () => {
    const result = await runApp({ PLEO_SANDBOX_URL: "https://auth.pleo.io" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("PLEO_SANDBOX_URL must be a running pleo-sandbox, not Pleo itself (auth.pleo.io)");
  });
});
