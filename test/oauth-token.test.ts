/** POST /oauth/token: client authentication, the code's bindings, refresh rotation and reuse, RFC 6749's error shape. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { oauthErrors } from "../mock-server/core/http/refusals/oauth.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, NOW, refusal } from "./support/call.ts";
import { approveAndExchange, authorizeQuery, bearer, CALLBACK, FORM, pkcePair, readyMadeApp, readyMadeCode, readyMadeGrant, redirectParams, tokenRequest } from "./support/oauth.ts";
import { userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
let demo: { clientId: string; secret: string };
beforeEach(async () => {
  sandbox = await newSandbox();
  const app = readyMadeApp(sandbox, "demo-app");
  demo = { clientId: app.clientId, secret: app.clientSecret };
});

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
/** The RFC 6749 body a refusal should have, from the builder the sandbox uses. */
const rfc = (err: { type: string; message: string }) => ({ error: err.type, error_description: err.message });

/** A fresh code for the demo app, with its verifier. */
async function freshCode(overrides: Record<string, string> = {}) {
  const { verifier, challenge } = await pkcePair();
  const response = await call(sandbox, "/oauth/authorize", {
    query: authorizeQuery(demo.clientId, challenge, overrides),
    headers: { "x-sandbox-user": userWithRole(sandbox, "Nordlys ApS", "admin").id, "x-sandbox-consent": "approve" },
  });
  return { code: redirectParams(response).get("code")!, verifier };
}

const exchange = (code: string, verifier: string, extra: Record<string, string> = {}, now?: Date) =>
  tokenRequest(sandbox, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier, ...extra }, { client: demo, ...(now && { now }) });

describe("client authentication", () => {
  it("accepts Basic, or client_id and client_secret in the body", async () => {
    const grant = readyMadeGrant(sandbox, "demo");
    expect((await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: grant.refreshToken }, { client: demo })).status).toBe(200);
    const { refresh_token } = await approveAndExchange(sandbox);
    expect((await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token, client_id: demo.clientId, client_secret: demo.secret })).status).toBe(200);
  });

  it("refuses a wrong secret with 401 invalid_client, and asks Basic clients to authenticate", async () => {
    const response = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x" }, { client: { ...demo, secret: "wrong" } });
    expect(refusal(response)).toMatchObject({ status: 401, error: "invalid_client", reason: "client_auth_failed" });
    expect(response.headers["www-authenticate"]).toBe('Basic realm="pleo-sandbox"');
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(JSON.stringify(response.body)).not.toContain("wrong");
  });

  it("refuses an unknown client, no authentication, and two ways at once", async () => {
    const unknown = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x", client_id: "nobody", client_secret: "x" });
    expect(unknown.body).toEqual(rfc(oauthErrors.clientUnknown("nobody", false)));
    expect(unknown.headers["www-authenticate"]).toBeUndefined();
    expect(refusal(await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x" }))).toMatchObject({ status: 401, error: "invalid_client" });
    const twice = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x", client_secret: demo.secret }, { client: demo });
    expect(refusal(twice)).toMatchObject({ status: 400, error: "invalid_request", reason: "invalid_request" });
  });

  it("refuses a deleted app's client", async () => {
    const owner = userWithRole(sandbox, "Fjordlys Studio AS", "admin").id;
    await call(sandbox, `/sandbox/oauth-apps/${readyMadeApp(sandbox, "demo-app").id}`, { method: "DELETE", headers: { "x-sandbox-user": owner } });
    expect(refusal(await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x" }, { client: demo })).reason).toBe("client_unknown");
  });
});

describe("the request", () => {
  it("is a form: JSON, repeated parameters and a missing grant_type are invalid_request", async () => {
    const json = await call(sandbox, "/oauth/token", { method: "POST", body: { grant_type: "refresh_token" } });
    // Pleo's VALIDATION_FAILED becomes RFC 6749's invalid_request on the token endpoint.
    expect(json.body).toEqual({ error: "invalid_request", error_description: errors.invalidRequest('Content-Type must be application/x-www-form-urlencoded; got "application/json".').message });
    const twice = await call(sandbox, "/oauth/token", { method: "POST", headers: { "content-type": FORM }, body: "grant_type=refresh_token&grant_type=authorization_code" });
    expect(refusal(twice)).toMatchObject({ status: 400, error: "invalid_request" });
    expect(refusal(await tokenRequest(sandbox, { refresh_token: "x" }, { client: demo }))).toMatchObject({ status: 400, error: "invalid_request" });
  });

  it("knows authorization_code and refresh_token only", async () => {
    const response = await tokenRequest(sandbox, { grant_type: "client_credentials" }, { client: demo });
    expect(response.body).toEqual(rfc(oauthErrors.unsupportedGrantType("client_credentials")));
  });
});

describe("grant_type=authorization_code", () => {
  it("gives a Bearer access token for the approved scopes, and a refresh token", async () => {
    const { code, verifier } = await freshCode({ scope: "users:read companies:read" });
    const response = await exchange(code, verifier);
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "users:read companies:read" });
  });

  it("is single-use: a second exchange is refused and revokes the tokens of the first", async () => {
    const { code, verifier } = await freshCode();
    const first = (await exchange(code, verifier)).body as { access_token: string };
    const again = await exchange(code, verifier);
    expect(refusal(again)).toEqual({ status: 400, type: undefined, error: "invalid_grant", reason: "code_reused" });
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(first.access_token) })).reason).toBe("token_revoked");
  });

  it("lives 10 minutes", async () => {
    const { code, verifier } = await freshCode();
    expect(refusal(await exchange(code, verifier, {}, later(600))).reason).toBe("code_expired");
    expect((await exchange(code, verifier, {}, later(599))).status).toBe(200);
  });

  it("is bound to the redirect URI, the verifier and the client", async () => {
    const { code, verifier } = await freshCode();
    expect(refusal(await exchange(code, verifier, { redirect_uri: "https://ledgerly.example/oauth/callback" })).reason).toBe("redirect_uri_mismatch");
    expect((await exchange(code, (await pkcePair()).verifier)).body).toEqual(rfc(oauthErrors.pkceMismatch()));
    expect(refusal(await exchange(code, "too-short")).error).toBe("invalid_request");
    const payroll = readyMadeApp(sandbox, "payroll-app");
    const other = await tokenRequest(sandbox, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier }, { client: { clientId: payroll.clientId, secret: payroll.clientSecret } });
    expect(other.body).toEqual(rfc(oauthErrors.codeInvalid("The authorization code was issued to another client.")));
    expect((await exchange(code, verifier)).status).toBe(200); // none of the failures used the code up
  });

  it("refuses a code it never issued, and needs code and code_verifier", async () => {
    expect(refusal(await exchange("made-up", (await pkcePair()).verifier)).reason).toBe("code_invalid");
    expect(refusal(await tokenRequest(sandbox, { grant_type: "authorization_code", redirect_uri: CALLBACK }, { client: demo })).error).toBe("invalid_request");
  });

  it("exchanges the ready-made code with its published verifier", async () => {
    const code = readyMadeCode(sandbox, "demo");
    expect((await exchange(code.code, code.codeVerifier)).status).toBe(200);
  });
});

describe("grant_type=refresh_token", () => {
  const refresh = (token: string, now?: Date, extra: Record<string, string> = {}) =>
    tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: token, ...extra }, { client: demo, ...(now && { now }) });

  it("rotates both tokens", async () => {
    const first = await approveAndExchange(sandbox);
    const second = (await refresh(first.refresh_token, later(60))).body as typeof first;
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await call(sandbox, "/v2/employees", { authorization: bearer(second.access_token), now: later(60) })).status).toBe(200);
  });

  it("revokes every token of the grant when a spent refresh token comes back", async () => {
    const first = await approveAndExchange(sandbox);
    const second = (await refresh(first.refresh_token)).body as typeof first;
    expect(refusal(await refresh(first.refresh_token)).reason).toBe("refresh_token_reused");
    for (const token of [first.access_token, second.access_token]) {
      expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(token) })).reason).toBe("token_revoked");
    }
    expect(refusal(await refresh(second.refresh_token)).reason).toBe("grant_revoked");
  });

  it("lets one of two concurrent refreshes with the same token win; the other is a reuse", async () => {
    const first = await approveAndExchange(sandbox);
    const answers = await Promise.all([refresh(first.refresh_token), refresh(first.refresh_token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
    expect(answers.map((a) => a.headers["x-sandbox-reason"]).filter(Boolean)).toEqual(["refresh_token_reused"]);
    const winner = answers.find((a) => a.status === 200)!.body as typeof first;
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(winner.access_token) })).reason).toBe("token_revoked");
  });

  it("expires after 60 days, and sending it then revokes the grant", async () => {
    const first = await approveAndExchange(sandbox);
    const sixtyDays = 60 * 24 * 3600;
    expect(refusal(await refresh(first.refresh_token, later(sixtyDays))).reason).toBe("refresh_token_expired");
    expect(refusal(await refresh(first.refresh_token, later(sixtyDays - 1))).reason).toBe("grant_revoked");
  });

  it("may narrow the scopes, never widen them", async () => {
    const first = await approveAndExchange(sandbox, { scopes: ["users:read", "companies:read"] });
    const wider = await refresh(first.refresh_token, undefined, { scope: "users:read vendors:read" });
    expect(refusal(wider)).toMatchObject({ status: 400, error: "invalid_scope", reason: "scope_not_allowed" });
    const narrower = (await refresh(first.refresh_token, undefined, { scope: "users:read" })).body as typeof first;
    expect(narrower.scope).toBe("users:read");
    expect(refusal(await call(sandbox, "/v1/companies", { authorization: bearer(narrower.access_token) })).reason).toBe("scope_missing");
  });

  it("refuses a token it never issued, or another app's", async () => {
    expect(refusal(await refresh("made-up")).reason).toBe("refresh_token_invalid");
    const payroll = readyMadeApp(sandbox, "payroll-app");
    const other = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: readyMadeGrant(sandbox, "demo").refreshToken }, { client: { clientId: payroll.clientId, secret: payroll.clientSecret } });
    expect(refusal(other).reason).toBe("refresh_token_invalid");
  });
});
