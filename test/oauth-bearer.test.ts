/**
 * Access tokens on Pleo's operations: the same checks as keys (expiry, company, scope), the token's
 * own refusals, its claims, forcing, and what GET /v1/introspect and /v1/installations/me say.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { oauthErrors } from "../mock-server/core/http/refusals/oauth.ts";
import { signJwt } from "../mock-server/core/oauth/jwt.ts";
import { resetSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { approveAndExchange, bearer, readyMadeApp, readyMadeGrant, registerApp, tokenRequest } from "./support/oauth.ts";
import { companyNamed, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const claimsOf = (token: string) => JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>;

describe("an access token", () => {
  it("is a JWT with Pleo's claims, typed at+jwt, living expires_in seconds by the sandbox clock", async () => {
    const tokens = await approveAndExchange(sandbox, { scopes: ["users:read", "companies:read"] });
    const [header] = tokens.access_token.split(".");
    expect(JSON.parse(atob(header!))).toEqual({ alg: "HS256", typ: "at+jwt" });
    const app = readyMadeApp(sandbox, "demo-app");
    const iat = NOW.getTime() / 1000;
    expect(claimsOf(tokens.access_token)).toEqual({
      iss: "pleo.production", aud: "https://external.pleo.io", sub: `urn:pleo:company:${companyNamed(sandbox, "Nordlys ApS").id}`,
      client_id: app.clientId, scope: "users:read companies:read", iat, exp: iat + tokens.expires_in, jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("passes the checks keys pass: it lists employees, and is refused another company and a scope it lacks", async () => {
    const { access_token } = await approveAndExchange(sandbox);
    expect((await call(sandbox, "/v2/employees", { authorization: bearer(access_token) })).status).toBe(200);
    const elsewhere = await call(sandbox, "/v2/employees", { authorization: bearer(access_token), query: { companyId: companyNamed(sandbox, "Nordlys AB").id } });
    expect(refusal(elsewhere)).toMatchObject({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
    const unscoped = await call(sandbox, "/v1/companies", { authorization: bearer(access_token) });
    expect(unscoped.body).toMatchObject({ message: oauthErrors.appScopeMissing("companies:read", ["users:read"], "Ledgerly (demo app)", "access token").message });
  });

  it("is refused once expired, with Pleo's JWT_EXPIRED", async () => {
    const { access_token, expires_in } = await approveAndExchange(sandbox);
    expect((await call(sandbox, "/v2/employees", { authorization: bearer(access_token), now: later(expires_in - 1) })).status).toBe(200);
    const expired = await call(sandbox, "/v2/employees", { authorization: bearer(access_token), now: later(expires_in) });
    expect(expired.body).toEqual({ type: "JWT_EXPIRED", message: oauthErrors.tokenExpired("2026-11-24T12:15:00Z").message });
  });

  it("does not need the API-keys feature: an app installed in a company without it works", async () => {
    const ltd = companyNamed(sandbox, "Nordlys Ltd");
    const tokens = await approveAndExchange(sandbox, { user: userWithRole(sandbox, "Nordlys Ltd", "admin").id });
    const listed = await call(sandbox, "/v2/employees", { authorization: bearer(tokens.access_token) });
    expect(dataOf<{ companyId: string }[]>(listed).every((e) => e.companyId === ltd.id)).toBe(true);
  });

  it("that the sandbox did not sign, or no longer knows, is a 401 token_invalid", async () => {
    const { access_token } = await approveAndExchange(sandbox);
    const [header, payload] = access_token.split(".");
    const forged = await signJwt(claimsOf(access_token), "another sandbox's secret, long enough to sign");
    for (const token of [`${header}.${payload}.AAAA`, forged, "a.b.c"]) {
      expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(token) }))).toMatchObject({ status: 401, type: "UNAUTHORIZED", reason: "token_invalid" });
    }
    await resetSandbox(sandbox);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(access_token) })).reason).toBe("token_invalid");
  });

  it("is told apart from an API key sent as Bearer, which stays malformed", async () => {
    const key = sandbox.fixtures.readyMadeKeys[0]!.secret;
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(key) })).reason).toBe("credential_malformed");
    expect((await call(sandbox, "/v2/employees", { authorization: bearer(key) })).body).toMatchObject({ message: errors.credentialBearer().message });
  });

  it("is revoked by POST /oauth/token/revoke, alone; its refresh token takes the grant with it", async () => {
    const app = readyMadeApp(sandbox, "demo-app");
    const client = { clientId: app.clientId, secret: app.clientSecret };
    const tokens = await approveAndExchange(sandbox);
    expect((await tokenRequest(sandbox, { token: tokens.access_token }, { client, path: "/oauth/token/revoke" })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(tokens.access_token) })).reason).toBe("token_revoked");
    const refreshed = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { client });
    expect(refreshed.status).toBe(200);
    const second = refreshed.body as typeof tokens;
    expect((await tokenRequest(sandbox, { token: second.refresh_token }, { client, path: "/oauth/token/revoke" })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(second.access_token) })).reason).toBe("token_revoked");
    expect((await tokenRequest(sandbox, { token: "unknown" }, { client, path: "/oauth/token/revoke" })).status).toBe(200);
  });
});

describe("POST /oauth/token/introspect", () => {
  it("tells the app's own live tokens from everything else", async () => {
    const app = readyMadeApp(sandbox, "demo-app");
    const client = { clientId: app.clientId, secret: app.clientSecret };
    const introspect = async (token: string, asClient = client) => (await tokenRequest(sandbox, { token }, { client: asClient, path: "/oauth/token/introspect" })).body;
    const tokens = await approveAndExchange(sandbox);
    expect(await introspect(tokens.access_token)).toEqual({ active: true, token_type: "at+JWT", ...claimsOf(tokens.access_token) });
    expect(await introspect(tokens.refresh_token)).toMatchObject({ active: true, token_type: "refresh_token", client_id: app.clientId, scope: "users:read" });
    const payroll = readyMadeApp(sandbox, "payroll-app");
    expect(await introspect(tokens.access_token, { clientId: payroll.clientId, secret: payroll.clientSecret })).toEqual({ active: false });
    expect(await introspect(readyMadeGrant(sandbox, "expired").accessToken)).toEqual({ active: false });
    expect(await introspect("nonsense")).toEqual({ active: false });
  });
});

describe("forcing a scenario on an access token", () => {
  it("expires it, or uninstalls its app, for that request only", async () => {
    const { access_token } = await approveAndExchange(sandbox);
    const forced = await call(sandbox, "/v2/employees", { authorization: bearer(access_token), headers: { "x-sandbox-scenario": "expired-access-token" } });
    expect(refusal(forced).reason).toBe("token_expired");
    expect(forced.headers["x-sandbox-scenario"]).toBe("expired-access-token");
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(access_token), headers: { "x-sandbox-scenario": "app-not-installed" } })).reason).toBe("app_not_installed");
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(access_token), headers: { "x-sandbox-scenario": "malformed-credential" } })).reason).toBe("credential_malformed");
    expect((await call(sandbox, "/v2/employees", { authorization: bearer(access_token) })).status).toBe(200);
  });

  it("answers 400 for a scenario about keys, and the token scenario on a key", async () => {
    const { access_token } = await approveAndExchange(sandbox);
    for (const scenario of ["expired-key", "feature-not-enabled", "unknown-key"]) {
      const response = await call(sandbox, "/v2/employees", { authorization: bearer(access_token), headers: { "x-sandbox-scenario": scenario } });
      expect(refusal(response)).toMatchObject({ status: 400, reason: "invalid_request" });
    }
    expect(refusal(await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "expired-access-token" } })).status).toBe(400);
    expect(refusal(await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "app-not-installed" } })).status).toBe(400);
  });
});

describe("GET /v1/introspect", () => {
  it("describes a Standalone key, an integrated key and an access token", async () => {
    const company = `urn:pleo:company:${companyNamed(sandbox, "Nordlys ApS").id}`;
    const standalone = dataOf(await call(sandbox, "/v1/introspect", { key: "users-only" }));
    expect(standalone).toEqual({ authMethod: "API_KEY", clientId: sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "users-only")!.id, scope: "users:read", subjectURN: company });
    const payroll = readyMadeApp(sandbox, "payroll-app");
    expect(dataOf(await call(sandbox, "/v1/introspect", { key: "integrated-users-only" }))).toEqual({ authMethod: "API_KEY", clientId: payroll.clientId, applicationName: payroll.name, scope: "users:read", subjectURN: company });
    const { access_token } = await approveAndExchange(sandbox);
    expect(dataOf(await call(sandbox, "/v1/introspect", { authorization: bearer(access_token) }))).toMatchObject({ authMethod: "OAUTH2", clientId: readyMadeApp(sandbox, "demo-app").clientId, scope: "users:read" });
  });
});

describe("/v1/installations/me with an app's credentials", () => {
  it("is the app's installation: AUTHORIZED after consent, ACTIVATED by :activate, shared by its tokens", async () => {
    const app = await approveAndExchange(sandbox, { app: "payroll-app" });
    const me = await call(sandbox, "/v1/installations/me", { authorization: bearer(app.access_token) });
    expect(me.body).toMatchObject({ applicationId: readyMadeApp(sandbox, "payroll-app").id, status: "ACTIVATED" });
    const fresh = await registerAndApprove();
    expect((await call(sandbox, "/v1/installations/me", { authorization: bearer(fresh) })).body).toMatchObject({ status: "AUTHORIZED" });
    const activated = await call(sandbox, "/v1/installations/me:activate", { method: "POST", authorization: bearer(fresh) });
    expect(activated.body).toMatchObject({ status: "ACTIVATED" });
    expect((await call(sandbox, "/v1/installations/me", { authorization: bearer(fresh) })).body).toEqual(activated.body);
  });

  it("DELETE uninstalls the app: its tokens and integrated key stop working", async () => {
    const { access_token } = await approveAndExchange(sandbox);
    expect((await call(sandbox, "/v1/installations/me", { method: "DELETE", authorization: bearer(access_token) })).status).toBe(204);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(access_token) })).reason).toBe("token_revoked");
    expect(refusal(await call(sandbox, "/v2/employees", { key: "integrated" })).reason).toBe("app_not_installed");
    expect((await call(sandbox, "/v2/employees", { key: "integrated-users-only" })).status).toBe(200);
  });

  /** A new app, approved in Nordlys ApS: its first access token. */
  async function registerAndApprove(): Promise<string> {
    return (await approveAndExchange(sandbox, { client: await registerApp(sandbox) })).access_token;
  }
});
