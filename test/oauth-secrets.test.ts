/**
 * No OAuth secret is ever written down: a client secret, an authorization code, a code_verifier,
 * an access token or a refresh token appears neither in the request journal nor in the CLI's log,
 * not even when a careless client puts them in a query string or a path.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startCli, stopStartedProcesses } from "./support/cli-process.ts";
import { bearer, basicClient, authorizeQuery, pkcePair, registerApp, CALLBACK, FORM, type Tokens } from "./support/oauth.ts";
import { call, newSandbox } from "./support/call.ts";
import { companyNamed, userWithRole } from "./support/world.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";

afterEach(stopStartedProcesses);

/** Runs the whole flow, carelessly, and returns every secret it saw. */
async function carelessFlow(send: (path: string, init: { method?: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string }) => Promise<{ status: number; location?: string; json?: unknown }>, app: { clientId: string; clientSecret: string }, admin: string, companyId: string) {
  const { verifier, challenge } = await pkcePair();
  const authorized = await send("/oauth/authorize", { query: authorizeQuery(app.clientId, challenge), headers: { "x-sandbox-user": admin, "x-sandbox-consent": "approve" } });
  const code = new URL(authorized.location!).searchParams.get("code")!;
  const secrets = { clientSecret: app.clientSecret, code, verifier };
  // Careless: the secrets in the token endpoint's query string as well as in its form.
  const form = { grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier, client_id: app.clientId, client_secret: app.clientSecret };
  const tokens = (await send("/oauth/token", { method: "POST", query: form, headers: { "content-type": FORM }, body: new URLSearchParams(form).toString() })).json as Tokens;
  await send("/v2/employees", { query: { companyId, limit: "1", access_token: tokens.access_token }, headers: { authorization: bearer(tokens.access_token) } });
  await send(`/v2/employees/${tokens.access_token}`, { headers: { authorization: bearer(tokens.access_token) } });
  const refresh = { grant_type: "refresh_token", refresh_token: tokens.refresh_token };
  const next = (await send("/oauth/token", { method: "POST", query: { refresh_token: tokens.refresh_token }, headers: { "content-type": FORM, authorization: basicClient(app.clientId, app.clientSecret) }, body: new URLSearchParams(refresh).toString() })).json as Tokens;
  await send("/oauth/token/introspect", { method: "POST", headers: { "content-type": FORM, authorization: basicClient(app.clientId, app.clientSecret) }, body: new URLSearchParams({ token: next.access_token }).toString() });
  await send("/oauth/token/revoke", { method: "POST", query: { token: next.refresh_token }, headers: { "content-type": FORM, authorization: basicClient(app.clientId, app.clientSecret) }, body: new URLSearchParams({ token: next.refresh_token }).toString() });
  return [secrets.clientSecret, secrets.code, secrets.verifier, tokens.access_token, tokens.refresh_token, next.access_token, next.refresh_token];
}

function leaked(text: string, secrets: string[]): string[] {
  return secrets.filter((s) => text.includes(s));
}

describe("OAuth secrets", () => {
  it("never reach the request journal", async () => {
    const sandbox: Sandbox = await newSandbox();
    const app = await registerApp(sandbox);
    const admin = userWithRole(sandbox, "Nordlys ApS", "admin").id;
    const send = async (path: string, init: { method?: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string }) => {
      const response = await call(sandbox, path, init);
      return { status: response.status, location: response.headers.location, json: response.body };
    };
    const secrets = await carelessFlow(send, app, admin, companyNamed(sandbox, "Nordlys ApS").id);
    expect(secrets.every((s) => s.length >= 20)).toBe(true);
    const journal = await call(sandbox, "/sandbox/requests", { query: { limit: "100" } });
    const entries = (journal.body as { data: { path: string }[] }).data;
    expect(entries.length).toBeGreaterThanOrEqual(7);
    expect(leaked(JSON.stringify(journal.body), secrets)).toEqual([]);
    expect(entries.some((e) => e.path === "/oauth/token")).toBe(true);
  });

  it("never reach the CLI's request log", async () => {
    const cli = startCli(["--port", "0"]);
    try {
      const url = await cli.url();
      const world = (await (await fetch(`${url}/sandbox/world`)).json()) as { data: { users: { id: string; role: string; companyId: string }[]; companies: { id: string; name: string }[] } };
      const nordlys = world.data.companies.find((c) => c.name === "Nordlys ApS")!;
      const admin = world.data.users.find((u) => u.role === "admin" && u.companyId === nordlys.id)!.id;
      const registered = await fetch(`${url}/sandbox/oauth-apps`, {
        method: "POST",
        headers: { "x-sandbox-user": admin, "content-type": "application/json" },
        body: JSON.stringify({ name: "Log test app", redirectUris: [CALLBACK], scopes: ["users:read"] }),
      });
      const app = ((await registered.json()) as { data: { clientId: string; clientSecret: string } }).data;
      const send = async (path: string, init: { method?: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string }) => {
        const query = init.query ? `?${new URLSearchParams(init.query)}` : "";
        const response = await fetch(`${url}${path}${query}`, { method: init.method ?? "GET", headers: init.headers ?? {}, body: init.body ?? null, redirect: "manual" });
        const text = await response.text();
        return { status: response.status, location: response.headers.get("location") ?? undefined, json: text.startsWith("{") ? JSON.parse(text) : undefined };
      };
      const secrets = await carelessFlow(send, app, admin, nordlys.id);
      await expect.poll(() => cli.output().stdout).toContain("POST /oauth/token/revoke");
      const log = cli.output().stdout.split("Stop with Ctrl+C.")[1]!;
      expect(log).toContain("POST /oauth/token?");
      expect(leaked(log, secrets)).toEqual([]);
    } finally {
      cli.child.kill("SIGTERM");
      await cli.exited;
    }
  });
});
