/** The control plane for apps: registering OAuth apps, and installing them for an Integrated API Key. */
import { beforeEach, describe, expect, it } from "vitest";
import { hashSecret } from "../mock-server/core/world/keys.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { approveAndExchange, bearer, CALLBACK, readyMadeApp, registerApp } from "./support/oauth.ts";
import { companyNamed, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const as = (company: string, role: "admin" | "bookkeeper" | "employee" = "admin") => ({ "x-sandbox-user": userWithRole(sandbox, company, role).id });
const basic = (key: string) => `Basic ${btoa(`${key}:`)}`;

describe("OAuth apps", () => {
  it("are registered with a client secret shown once and stored as a hash", async () => {
    const app = await registerApp(sandbox, { name: "Books", scopes: ["users:read", "vendors:read"] });
    expect(app).toMatchObject({ name: "Books", redirectUris: [CALLBACK], scopes: ["users:read", "vendors:read"], clientSecret: expect.any(String) });
    const stored = sandbox.state.oauth.apps.find((a) => a.id === app.id)!;
    expect(stored.secretHash).toBe(await hashSecret(app.clientSecret));
    expect(JSON.stringify(sandbox.state)).not.toContain(app.clientSecret);
    const listed = dataOf<object[]>(await call(sandbox, "/sandbox/oauth-apps", { headers: as("Fjordlys Studio AS") }));
    expect(listed.map((a) => (a as { id: string }).id)).toContain(app.id);
    expect(JSON.stringify(listed)).not.toContain(app.clientSecret);
    expect(dataOf<unknown[]>(await call(sandbox, "/sandbox/oauth-apps", { headers: as("Nordlys ApS") }))).toEqual([]);
  });

  it.each<[string, object, string]>([
    ["an http redirect URI off this machine", { redirectUris: ["http://partner.example/cb"] }, "must use https"],
    ["a fragment", { redirectUris: ["https://partner.example/cb#x"] }, "fragment"],
    ["a relative URI", { redirectUris: ["/cb"] }, "not an absolute URI"],
    ["no redirect URI", { redirectUris: [] }, "at least one"],
    ["an unknown scope", { scopes: ["users:write"] }, "scopes.0"],
    ["an empty name", { name: " " }, "must not be empty"],
  ])("refuses %s", async (_what, body, says) => {
    const response = await call(sandbox, "/sandbox/oauth-apps", { method: "POST", headers: as("Fjordlys Studio AS"), body: { name: "x", redirectUris: [CALLBACK], scopes: ["users:read"], ...body } });
    expect(refusal(response)).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(messageOf(response)).toContain(says);
  });

  it("are registered by admins and bookkeepers, not employees", async () => {
    const response = await call(sandbox, "/sandbox/oauth-apps", { method: "POST", headers: as("Fjordlys Studio AS", "employee"), body: { name: "x", redirectUris: [CALLBACK], scopes: ["users:read"] } });
    expect(refusal(response)).toMatchObject({ status: 403, reason: "role_insufficient" });
  });

  it("once deleted, stop every token and integrated key they had, and only their company deletes them", async () => {
    const demo = readyMadeApp(sandbox, "demo-app");
    const { access_token } = await approveAndExchange(sandbox);
    expect(refusal(await call(sandbox, `/sandbox/oauth-apps/${demo.id}`, { method: "DELETE", headers: as("Nordlys ApS") })).status).toBe(404);
    expect((await call(sandbox, `/sandbox/oauth-apps/${demo.id}`, { method: "DELETE", headers: as("Fjordlys Studio AS") })).status).toBe(204);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(access_token) })).reason).toBe("token_revoked");
    expect(refusal(await call(sandbox, "/v2/employees", { key: "integrated" })).reason).toBe("app_not_installed");
  });
});

describe("installing an app (Integrated API Keys)", () => {
  const install = (body: object, headers = as("Nordlys AB")) =>
    call(sandbox, "/sandbox/installations", { method: "POST", headers, body: { clientId: readyMadeApp(sandbox, "demo-app").clientId, companyId: companyNamed(sandbox, "Nordlys AB").id, scopes: ["users:read"], ...body } });

  it("gives a key, shown once, that acts for the company with the approved scopes and is listed as an API key", async () => {
    const installed = await install({});
    expect(installed.status).toBe(201);
    const data = dataOf<{ id: string; key: string; keyId: string; resource: string; applicationName: string }>(installed);
    expect(data).toMatchObject({ resource: `urn:pleo:company:${companyNamed(sandbox, "Nordlys AB").id}`, applicationName: "Ledgerly (demo app)", status: "ACTIVATED" });
    expect((await call(sandbox, "/v2/employees", { authorization: basic(data.key) })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v1/companies", { authorization: basic(data.key) })).reason).toBe("scope_missing");
    const keys = dataOf<{ id: string; installationId?: string }[]>(await call(sandbox, "/sandbox/api-keys", { headers: as("Nordlys AB") }));
    expect(keys.find((k) => k.id === data.keyId)).toMatchObject({ installationId: data.id });
    expect(JSON.stringify(sandbox.state)).not.toContain(data.key);
    expect(dataOf<{ id: string }[]>(await call(sandbox, "/sandbox/installations", { headers: as("Nordlys AB", "bookkeeper") })).map((i) => i.id)).toEqual([data.id]);
  });

  it("installed again replaces the installation's key", async () => {
    const first = dataOf<{ id: string; key: string }>(await install({}));
    const second = dataOf<{ id: string; key: string }>(await install({ scopes: ["users:read", "companies:read"] }));
    expect(second.id).toBe(first.id);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: basic(first.key) })).reason).toBe("key_revoked");
    expect((await call(sandbox, "/v1/companies", { authorization: basic(second.key) })).status).toBe(200);
  });

  it("is for admins of the company, and scopes the app registered", async () => {
    expect(refusal(await install({}, as("Nordlys AB", "bookkeeper")))).toMatchObject({ status: 403, reason: "role_insufficient" });
    expect(refusal(await install({}, as("Nordlys ApS")))).toMatchObject({ status: 403, reason: "role_insufficient" });
    const payroll = readyMadeApp(sandbox, "payroll-app");
    const tooMuch = await install({ clientId: payroll.clientId, scopes: ["companies:read"] });
    expect(refusal(tooMuch)).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(messageOf(tooMuch)).toContain("did not register companies:read");
    expect(refusal(await install({ clientId: "nobody" })).status).toBe(400);
  });

  it("works without the API-keys feature, which gates Standalone keys only", async () => {
    const ltd = companyNamed(sandbox, "Nordlys Ltd").id;
    const data = dataOf<{ key: string }>(await install({ companyId: ltd }, as("Nordlys Ltd")));
    expect((await call(sandbox, "/v2/employees", { authorization: basic(data.key) })).status).toBe(200);
  });

  it("uninstalled, stops its key and the app's tokens for that company; the key leaves the list", async () => {
    const data = dataOf<{ id: string; key: string; keyId: string }>(await install({}));
    const tokens = await approveAndExchange(sandbox, { user: userWithRole(sandbox, "Nordlys AB", "admin").id });
    expect((await call(sandbox, `/sandbox/installations/${data.id}`, { method: "DELETE", headers: as("Nordlys AB") })).status).toBe(204);
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: basic(data.key) })).reason).toBe("app_not_installed");
    expect(refusal(await call(sandbox, "/v2/employees", { authorization: bearer(tokens.access_token) })).reason).toBe("token_revoked");
    const keys = dataOf<{ id: string }[]>(await call(sandbox, "/sandbox/api-keys", { headers: as("Nordlys AB") }));
    expect(keys.map((k) => k.id)).not.toContain(data.keyId);
    expect(refusal(await call(sandbox, `/sandbox/installations/${data.id}`, { method: "DELETE", headers: as("Nordlys AB") })).status).toBe(404);
    expect((await call(sandbox, "/v2/employees", { key: "integrated" })).status).toBe(200); // Nordlys ApS's installation is untouched
  });
});
