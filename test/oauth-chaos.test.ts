/**
 * OAuth beside main's chaos and safety features: Bearer calls meet the rate limit, armed scenarios
 * and faults as key calls do (an access token counts as its grant, so a refresh starts no new
 * window); workspaces keep apps, grants and tokens to themselves; and the authorization server's
 * records are bounded.
 */
import { describe, expect, it } from "vitest";
import { boundCodes, boundGrants, boundTokens, OAUTH_BOUNDS } from "../mock-server/core/oauth/bounds.ts";
import type { OAuthState, StoredGrant } from "../mock-server/core/oauth/oauth-state.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { approveAndExchange, authorizeQuery, bearer, CALLBACK, pkcePair, redirectParams, registerApp, tokenRequest, type Tokens } from "./support/oauth.ts";
import { NORDLYS_APS, userWithRole } from "./support/world.ts";

const employees = (sandbox: Sandbox, token: string, headers: Record<string, string> = {}) =>
  call(sandbox, "/v2/employees", { query: { companyId: NORDLYS_APS, limit: "1" }, headers: { authorization: bearer(token), ...headers } });

describe("Bearer calls and the chaos features", () => {
  it("count against the rate limit per grant: a refreshed token shares its window", async () => {
    const sandbox = await newSandbox();
    const app = await registerApp(sandbox);
    const tokens = await approveAndExchange(sandbox, { client: app });
    expect((await call(sandbox, "/sandbox/rate-limit", { method: "POST", body: { enabled: true, requestsPerMinute: 2 } })).status).toBe(200);
    expect((await employees(sandbox, tokens.access_token)).status).toBe(200);
    const refreshed = dataOfTokens(await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { client: { clientId: app.clientId, secret: app.clientSecret } }));
    expect((await employees(sandbox, refreshed.access_token)).status).toBe(200);
    const refused = await employees(sandbox, refreshed.access_token);
    expect(refusal(refused)).toEqual({ status: 429, type: "TOO_MANY_REQUESTS", reason: "rate_limited" });
    // Another grant has its own window.
    const other = await approveAndExchange(sandbox, { client: app });
    expect((await employees(sandbox, other.access_token)).status).toBe(200);
  });

  it("meet an armed scenario for their company, and a fault, as a key would", async () => {
    const sandbox = await newSandbox();
    const tokens = await approveAndExchange(sandbox);
    const armed = await call(sandbox, "/sandbox/scenarios/active", { method: "POST", body: { scenario: "expired-access-token", companyId: NORDLYS_APS, times: 1 } });
    expect(armed.status, JSON.stringify(armed.body)).toBe(201);
    const first = await employees(sandbox, tokens.access_token);
    expect(refusal(first)).toEqual({ status: 401, type: "JWT_EXPIRED", reason: "token_expired" });
    expect(first.headers["x-sandbox-scenario"]).toBe("expired-access-token");
    expect((await employees(sandbox, tokens.access_token)).status).toBe(200);
    const fault = await employees(sandbox, tokens.access_token, { "x-sandbox-fault": "status=503" });
    expect(refusal(fault)).toMatchObject({ status: 503, reason: "fault_injected" });
  });

  it("meet a fault armed for their grant, and no other grant's calls do", async () => {
    const sandbox = await newSandbox();
    const first = await approveAndExchange(sandbox);
    const grantId = sandbox.state.oauth.grants.at(-1)!.id;
    const second = await approveAndExchange(sandbox);
    const armed = await call(sandbox, "/sandbox/faults", { method: "POST", body: { fault: "status=500", keyId: grantId } });
    expect(armed.status, JSON.stringify(armed.body)).toBe(201);
    expect((await employees(sandbox, second.access_token)).status).toBe(200);
    expect(refusal(await employees(sandbox, first.access_token))).toMatchObject({ status: 500, reason: "fault_injected" });
  });

  it("are journalled under their grant, never with the token", async () => {
    const sandbox = await newSandbox();
    const tokens = await approveAndExchange(sandbox);
    await employees(sandbox, tokens.access_token);
    const [entry] = dataOf<{ path: string; keyId?: string }[]>(await call(sandbox, "/sandbox/requests", { query: { path: "/v2/employees" } }));
    const grantId = sandbox.state.oauth.grants.at(-1)!.id;
    expect(entry).toMatchObject({ path: "/v2/employees", keyId: grantId });
    expect(JSON.stringify(entry)).not.toContain(tokens.access_token);
  });
});

function dataOfTokens(response: { status: number; body?: unknown }): Tokens {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as Tokens;
}

describe("workspaces", () => {
  const in_ = (workspace: string) => ({ "x-sandbox-workspace": workspace });

  it("keep apps, grants and tokens to themselves; an integrated key finds its workspace without the header", async () => {
    const sandbox = await newSandbox();
    const admin = userWithRole(sandbox, "Nordlys ApS", "admin").id;
    const registered = await call(sandbox, "/sandbox/oauth-apps", {
      method: "POST",
      headers: { ...in_("job-a"), "x-sandbox-user": admin },
      body: { name: "Workspace app", redirectUris: [CALLBACK], scopes: ["users:read"] },
    });
    const app = dataOf<{ id: string; clientId: string; clientSecret: string }>(registered);
    const listed = async (headers: Record<string, string>) => dataOf<{ id: string }[]>(await call(sandbox, "/sandbox/oauth-apps", { headers: { ...headers, "x-sandbox-user": admin } })).map((a) => a.id);
    expect(await listed(in_("job-a"))).toContain(app.id);
    expect(await listed({})).not.toContain(app.id);
    expect(await listed(in_("job-b"))).not.toContain(app.id);

    // The flow in job-a: every request names it.
    const { verifier, challenge } = await pkcePair();
    const elsewhere = await call(sandbox, "/oauth/authorize", { query: authorizeQuery(app.clientId, challenge), headers: { "x-sandbox-user": admin, "x-sandbox-consent": "approve" } });
    expect(elsewhere.headers["x-sandbox-reason"]).toBe("client_unknown");
    const authorized = await call(sandbox, "/oauth/authorize", { query: authorizeQuery(app.clientId, challenge), headers: { ...in_("job-a"), "x-sandbox-user": admin, "x-sandbox-consent": "approve" } });
    const code = redirectParams(authorized).get("code")!;
    const exchanged = await call(sandbox, "/oauth/token", {
      method: "POST",
      headers: { ...in_("job-a"), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier, client_id: app.clientId, client_secret: app.clientSecret }).toString(),
    });
    const tokens = dataOfTokens(exchanged);
    expect((await employees(sandbox, tokens.access_token, in_("job-a"))).status).toBe(200);
    expect(refusal(await employees(sandbox, tokens.access_token))).toMatchObject({ status: 401, reason: "token_invalid" });
    expect(refusal(await employees(sandbox, tokens.access_token, in_("job-b")))).toMatchObject({ status: 401, reason: "token_invalid" });

    const installed = await call(sandbox, "/sandbox/installations", { method: "POST", headers: { ...in_("job-a"), "x-sandbox-user": admin }, body: { clientId: app.clientId, companyId: NORDLYS_APS, scopes: ["users:read"] } });
    const key = dataOf<{ key: string }>(installed).key;
    expect(key.endsWith("~job-a")).toBe(true);
    expect((await call(sandbox, "/v2/employees", { query: { companyId: NORDLYS_APS }, key })).status).toBe(200);
  });
});

describe("bounds", () => {
  it("refuses an OAuth app past the cap with 409 limit_reached", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, limits: { oauthApps: sandboxAppsNow() + 1 } });
    expect((await call(sandbox, "/sandbox/oauth-apps", { method: "POST", headers: { "x-sandbox-user": userWithRole(sandbox, "Nordlys ApS", "admin").id }, body: { name: "One more", redirectUris: [CALLBACK], scopes: ["users:read"] } })).status).toBe(201);
    const refused = await call(sandbox, "/sandbox/oauth-apps", { method: "POST", headers: { "x-sandbox-user": userWithRole(sandbox, "Nordlys ApS", "admin").id }, body: { name: "Too many", redirectUris: [CALLBACK], scopes: ["users:read"] } });
    expect(refusal(refused)).toEqual({ status: 409, type: "LIMIT_REACHED", reason: "limit_reached" });
  });

  it("keeps the newest codes, grants (revoked ones dropped first) and a grant's newest tokens", () => {
    const grant = (i: number, revoked = false): StoredGrant => ({
      id: `g${i}`, appId: "a", installationId: "i", userId: "u", scopes: [], createdAt: "", accessTokens: [], refreshTokens: [], ...(revoked && { revokedAt: "x" }),
    });
    const state: OAuthState = { signingSecret: "s", apps: [], installations: [], codes: [], grants: [] };
    state.codes = Array.from({ length: OAUTH_BOUNDS.codes + 3 }, (_, i) => ({ hash: `h${i}`, appId: "a", redirectUri: "r", challenge: "c", userId: "u", resource: { type: "company", companyId: "c" }, scopes: [], expiresAt: "" }));
    boundCodes(state);
    expect([state.codes.length, state.codes[0]!.hash]).toEqual([OAUTH_BOUNDS.codes, "h3"]);

    state.grants = Array.from({ length: OAUTH_BOUNDS.grants + 2 }, (_, i) => grant(i, i === 5));
    boundGrants(state);
    expect([state.grants.length, state.grants[0]!.id, state.grants.some((g) => g.id === "g5")]).toEqual([OAUTH_BOUNDS.grants, "g1", false]);

    const long = grant(0);
    long.refreshTokens = Array.from({ length: OAUTH_BOUNDS.tokensPerGrant + 4 }, (_, i) => ({ hash: `r${i}`, expiresAt: "" }));
    long.accessTokens = Array.from({ length: OAUTH_BOUNDS.tokensPerGrant + 1 }, (_, i) => ({ jti: `j${i}`, expiresAt: "" }));
    boundTokens(long);
    expect([long.refreshTokens.length, long.refreshTokens[0]!.hash, long.accessTokens[0]!.jti]).toEqual([OAUTH_BOUNDS.tokensPerGrant, "r4", "j1"]);
  });
});

/** How many apps the default world starts with. */
function sandboxAppsNow(): number {
  return seededApps;
}
const seededApps = (await newSandbox()).state.oauth.apps.length;
