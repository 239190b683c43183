/**
 * OAuth and integrated keys end to end over HTTP, as a partner's code would do them with a plain
 * HTTP client against `npm start`: register an app, follow the authorization redirect to the app's
 * own callback, exchange the code, call Pleo's API, let the token expire, refresh, replay the old
 * refresh token and watch the grant go; then install an app for its integrated key, and uninstall it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { oauthErrors } from "../mock-server/core/http/refusals/oauth.ts";
import { NOW } from "./support/call.ts";
import { basicClient, pkcePair, type Tokens, startCallback } from "./support/oauth.ts";
import { companyNamed, userWithRole } from "./support/world.ts";

let server: RunningServer;
let callback: Awaited<ReturnType<typeof startCallback>>;
let admin: string;
let companyId: string;

beforeAll(async () => {
  const sandbox = await createSandbox({ clock: () => NOW });
  server = await startServer(sandbox, { port: 0, host: "127.0.0.1" });
  callback = await startCallback();
  admin = userWithRole(sandbox, "Nordlys ApS", "admin").id;
  companyId = companyNamed(sandbox, "Nordlys ApS").id;
});
afterAll(async () => {
  await server.close();
  await callback.close();
});

const url = (path: string) => `${server.url}${path}`;
const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });
const tokenForm = (client: { clientId: string; clientSecret: string }, fields: Record<string, string>) =>
  fetch(url("/oauth/token"), { method: "POST", headers: { authorization: basicClient(client.clientId, client.clientSecret), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });
const employees = (authorization: string) => fetch(url(`/v2/employees?companyId=${companyId}&limit=2`), { headers: { authorization } });

describe("the Authorization Code flow with PKCE, over HTTP", () => {
  it("registers, authorizes, exchanges, calls, expires, refreshes, and revokes the grant on reuse", async () => {
    const registered = await json(await fetch(url("/sandbox/oauth-apps"), {
      method: "POST",
      headers: { "x-sandbox-user": admin, "content-type": "application/json" },
      body: JSON.stringify({ name: "HTTP test app", redirectUris: [callback.url], scopes: ["users:read", "companies:read"] }),
    }));
    expect(registered.status).toBe(201);
    const app = registered.body.data as { clientId: string; clientSecret: string };

    // The browser's part: fetch follows the 302 to the app's own callback, which shows what it got.
    const { verifier, challenge } = await pkcePair();
    const query = new URLSearchParams({ response_type: "code", client_id: app.clientId, redirect_uri: callback.url, scope: "users:read", state: "s-42", code_challenge: challenge, code_challenge_method: "S256" });
    const landed = await fetch(url(`/oauth/authorize?${query}`), { headers: { "x-sandbox-user": admin, "x-sandbox-consent": "approve" } });
    expect(landed.url.startsWith(callback.url)).toBe(true);
    const received = (await landed.json()) as { code: string; state: string };
    expect(received.state).toBe("s-42");

    const exchanged = await json(await tokenForm(app, { grant_type: "authorization_code", code: received.code, redirect_uri: callback.url, code_verifier: verifier }));
    expect(exchanged.status).toBe(200);
    const first = exchanged.body as unknown as Tokens & { token_type: string };
    expect(first).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "users:read" });

    const listed = await json(await employees(`Bearer ${first.access_token}`));
    expect(listed.status).toBe(200);
    expect((listed.body.data as unknown[]).length).toBe(2);

    const moved = await fetch(url("/sandbox/clock"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceSeconds: first.expires_in + 1 }) });
    expect(moved.status).toBe(200);
    const expired = await employees(`Bearer ${first.access_token}`);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("x-sandbox-reason")).toBe("token_expired");
    expect(((await expired.json()) as { type: string }).type).toBe("JWT_EXPIRED");

    const refreshed = await json(await tokenForm(app, { grant_type: "refresh_token", refresh_token: first.refresh_token }));
    expect(refreshed.status).toBe(200);
    const second = refreshed.body as unknown as Tokens;
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await employees(`Bearer ${second.access_token}`)).status).toBe(200);

    const replayed = await tokenForm(app, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(replayed.status).toBe(400);
    expect(replayed.headers.get("x-sandbox-reason")).toBe("refresh_token_reused");
    expect(((await replayed.json()) as { error: string }).error).toBe("invalid_grant");

    const revoked = await employees(`Bearer ${second.access_token}`);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("x-sandbox-reason")).toBe("token_revoked");
    const latest = await tokenForm(app, { grant_type: "refresh_token", refresh_token: second.refresh_token });
    expect(latest.status).toBe(400);
    expect(latest.headers.get("x-sandbox-reason")).toBe("grant_revoked");
  });

  it("lets a user approve on the consent page's form", async () => {
    const app = (await json(await fetch(url("/sandbox/oauth-apps"), {
      method: "POST",
      headers: { "x-sandbox-user": admin, "content-type": "application/json" },
      body: JSON.stringify({ name: "Form test app", redirectUris: [callback.url], scopes: ["users:read"] }),
    }))).body.data as { clientId: string };
    const { challenge } = await pkcePair();
    const query = new URLSearchParams({ response_type: "code", client_id: app.clientId, scope: "users:read", state: "f-1", code_challenge: challenge, code_challenge_method: "S256" });
    const page = await fetch(url(`/oauth/authorize?${query}`));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("Form test app");
    // What a browser submits: the hidden fields, the chosen user and company, and the Approve button.
    const fields = new URLSearchParams([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")] as [string, string]));
    fields.set("user", admin);
    fields.set("resource", companyId);
    fields.set("consent", "approve");
    // A browser posts the form with the sandbox's own origin, which no --cors-origin lists; another page's origin is refused.
    const form = (origin: string) => fetch(url("/oauth/authorize"), { method: "POST", headers: { origin, "content-type": "application/x-www-form-urlencoded" }, body: fields });
    const elsewhere = await form("http://127.0.0.1:1");
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get("x-sandbox-reason")).toBe("origin_not_allowed");
    const landed = await form(server.url);
    expect(landed.url.startsWith(callback.url)).toBe(true);
    expect(await landed.json()).toMatchObject({ state: "f-1", code: expect.any(String) });
  });
});

describe("an Integrated API Key, over HTTP", () => {
  it("is made by installing an app, lists employees, and stops working when the installation is deleted", async () => {
    const app = (await json(await fetch(url("/sandbox/oauth-apps"), {
      method: "POST",
      headers: { "x-sandbox-user": admin, "content-type": "application/json" },
      body: JSON.stringify({ name: "Integrated test app", redirectUris: [callback.url], scopes: ["users:read"] }),
    }))).body.data as { clientId: string };
    const installed = await json(await fetch(url("/sandbox/installations"), {
      method: "POST",
      headers: { "x-sandbox-user": admin, "content-type": "application/json" },
      body: JSON.stringify({ clientId: app.clientId, companyId, scopes: ["users:read"] }),
    }));
    expect(installed.status).toBe(201);
    const { id, key, keyId } = installed.body.data as { id: string; key: string; keyId: string };
    const basic = `Basic ${btoa(`${key}:`)}`;

    expect((await employees(basic)).status).toBe(200);
    const keys = (await json(await fetch(url("/sandbox/api-keys"), { headers: { "x-sandbox-user": admin } }))).body.data as { id: string; installationId?: string }[];
    expect(keys.find((k) => k.id === keyId)?.installationId).toBe(id);

    expect((await fetch(url(`/sandbox/installations/${id}`), { method: "DELETE", headers: { "x-sandbox-user": admin } })).status).toBe(204);
    const { now } = (await json(await fetch(url("/sandbox/clock")))).body.data as { now: string };
    const refused = await employees(basic);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-sandbox-reason")).toBe("app_not_installed");
    expect(((await refused.json()) as { message: string }).message).toBe(
      oauthErrors.appNotInstalled("Integrated test app", `urn:pleo:company:${companyId}`, now, "integrated API key").message,
    );
  });
});
