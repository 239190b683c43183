/** GET and POST /oauth/authorize: the consent page, the two kinds of refusal, and who may approve for what. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { oauthErrors } from "../mock-server/core/http/refusals/oauth.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, refusal } from "./support/call.ts";
import { approveAndExchange, authorizeQuery, bearer, CALLBACK, FORM, pkcePair, readyMadeApp, redirectParams, registerApp } from "./support/oauth.ts";
import { companyNamed, organisationNamed, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
let clientId: string;
let challenge: string;
beforeEach(async () => {
  sandbox = await newSandbox();
  clientId = readyMadeApp(sandbox, "demo-app").clientId;
  challenge = (await pkcePair()).challenge;
});

const admin = () => userWithRole(sandbox, "Nordlys ApS", "admin");
const decide = (consent: string, overrides: Record<string, string | undefined> = {}, user = admin().id, extra: Record<string, string> = {}) =>
  call(sandbox, "/oauth/authorize", { query: authorizeQuery(clientId, challenge, overrides), headers: { "x-sandbox-user": user, "x-sandbox-consent": consent, ...extra } });

describe("the consent page", () => {
  it("shows the app, its scopes and the users who may approve, escaping what it shows", async () => {
    const app = await registerApp(sandbox, { name: "<b>Books & co</b>" });
    const page = await call(sandbox, "/oauth/authorize", { query: authorizeQuery(app.clientId, challenge, { state: '"><script>' }) });
    expect(page.status).toBe(200);
    const html = page.body as string;
    expect(html).toContain("&lt;b&gt;Books &amp; co&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<code>users:read</code>");
    expect(html).toContain(admin().email);
    expect(html).not.toContain(userWithRole(sandbox, "Nordlys ApS", "employee").email);
  });

  it("takes the app's only redirect URI when none is sent", async () => {
    const app = await registerApp(sandbox);
    const response = await call(sandbox, "/oauth/authorize", { query: authorizeQuery(app.clientId, challenge, { redirect_uri: undefined }), headers: { "x-sandbox-user": admin().id, "x-sandbox-consent": "approve" } });
    expect(response.headers.location!.startsWith(`${CALLBACK}?code=`)).toBe(true);
  });
});

describe("refusals shown on the page, never redirected", () => {
  it("for an unknown or missing client", async () => {
    const unknown = await call(sandbox, "/oauth/authorize", { query: authorizeQuery("nobody", challenge) });
    expect(refusal(unknown)).toMatchObject({ status: 400, reason: "client_unknown" });
    expect(unknown.headers.location).toBeUndefined();
    expect(unknown.body).toContain(oauthErrors.clientNotRegistered("nobody").message.replace(/"/g, "&quot;"));
    expect(refusal(await call(sandbox, "/oauth/authorize", { query: authorizeQuery(clientId, challenge, { client_id: undefined }) })).reason).toBe("client_unknown");
  });

  it("for a redirect URI the app did not register, or none when it registered several", async () => {
    for (const redirect of ["https://evil.example/callback", `${CALLBACK}/`, undefined]) {
      const response = await decide("approve", { redirect_uri: redirect });
      expect(refusal(response)).toMatchObject({ status: 400, reason: "redirect_uri_mismatch" });
      expect(response.headers.location).toBeUndefined();
    }
  });

  it("for a missing or unknown user, and a consent that is neither approve nor deny", async () => {
    expect(refusal(await call(sandbox, "/oauth/authorize", { query: authorizeQuery(clientId, challenge), headers: { "x-sandbox-consent": "approve" } }))).toMatchObject({ status: 401, reason: "user_missing" });
    expect(refusal(await decide("approve", {}, "nobody@example.com")).reason).toBe("user_unknown");
    const odd = await decide("maybe");
    expect(refusal(odd)).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(odd.body).toContain("approve or deny");
  });

  it("for a parameter sent twice", async () => {
    const response = await call(sandbox, "/oauth/authorize", { query: { ...authorizeQuery(clientId, challenge), state: ["a", "b"] } });
    expect(refusal(response)).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
  });
});

describe("refusals sent back to the app, with its state", () => {
  it.each<[string, Record<string, string | undefined>, string, string]>([
    ["response_type token", { response_type: "token" }, "unsupported_response_type", "invalid_request"],
    ["no code_challenge", { code_challenge: undefined }, "invalid_request", "invalid_request"],
    ["the plain method", { code_challenge_method: "plain" }, "invalid_request", "invalid_request"],
    ["a challenge that is no SHA-256", { code_challenge: "short" }, "invalid_request", "invalid_request"],
    ["a scope the app did not register", { scope: "users:read nonsense:read" }, "invalid_scope", "scope_not_allowed"],
  ])("for %s", async (_what, overrides, error, reason) => {
    const response = await decide("approve", overrides);
    expect(response.status).toBe(302);
    expect(response.headers["x-sandbox-reason"]).toBe(reason);
    const params = redirectParams(response);
    expect([params.get("error"), params.get("state"), params.has("code")]).toEqual([error, "st-123", false]);
  });

  it("redirects such refusals before showing the page", async () => {
    const response = await call(sandbox, "/oauth/authorize", { query: authorizeQuery(clientId, challenge, { scope: "nonsense" }) });
    expect(redirectParams(response).get("error")).toBe("invalid_scope");
  });

  it("when the user denies", async () => {
    const response = await decide("deny");
    expect(refusal(response)).toMatchObject({ status: 302, error: "access_denied", reason: "consent_denied" });
    expect(redirectParams(response).get("error_description")).toBe(oauthErrors.consentDenied(admin().name).message);
  });

  it("when the user may not install apps there: not an admin, or another company's", async () => {
    for (const user of [userWithRole(sandbox, "Nordlys ApS", "bookkeeper"), userWithRole(sandbox, "Nordlys ApS", "employee"), userWithRole(sandbox, "Nordlys AB", "admin")]) {
      const response = await decide("approve", {}, user.id, { "x-sandbox-resource": companyNamed(sandbox, "Nordlys ApS").id });
      expect(refusal(response)).toMatchObject({ status: 302, error: "access_denied", reason: "role_insufficient" });
    }
  });
});

describe("approval", () => {
  it("gives a code and the state, for the user's company by default", async () => {
    const response = await decide("approve");
    const params = redirectParams(response);
    expect(params.get("state")).toBe("st-123");
    expect(params.get("code")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("installs for an organisation when an organisation admin approves for it", async () => {
    const organisation = organisationNamed(sandbox, "Nordlys Group").id;
    const orgAdmin = userWithRole(sandbox, "Nordlys ApS", "admin", true).id;
    expect(refusal(await decide("approve", {}, admin().id, { "x-sandbox-resource": organisation })).reason).toBe("role_insufficient");
    const tokens = await approveAndExchange(sandbox, { user: orgAdmin, resource: `urn:pleo:organisation:${organisation}`, scopes: ["companies:read"] });
    const companies = await call(sandbox, "/v1/companies", { authorization: bearer(tokens.access_token) });
    expect((companies.body as { data: unknown[] }).data.length).toBe(3);
  });

  it("refuses a resource that does not exist, on the page", async () => {
    const response = await decide("approve", {}, admin().id, { "x-sandbox-resource": "urn:pleo:company:00000000-0000-4000-8000-000000000001" });
    expect(refusal(response)).toMatchObject({ status: 400, reason: "invalid_request" });
  });

  it("also comes from the consent page's form", async () => {
    const fields = { ...authorizeQuery(clientId, challenge), user: admin().email, consent: "approve" };
    const response = await call(sandbox, "/oauth/authorize", { method: "POST", headers: { "content-type": FORM }, body: new URLSearchParams(fields).toString() });
    expect(redirectParams(response).get("code")).toBeTruthy();
    const undecided = await call(sandbox, "/oauth/authorize", { method: "POST", headers: { "content-type": FORM }, body: new URLSearchParams({ ...fields, consent: "" }).toString() });
    expect(refusal(undecided).status).toBe(400);
    const noForm = await call(sandbox, "/oauth/authorize", { method: "POST", body: fields });
    expect(noForm.body).toContain(errors.invalidRequest('Content-Type must be application/x-www-form-urlencoded; got "application/json".').message.replace(/"/g, "&quot;"));
  });
});
