/**
 * In-process (MSW setupServer): the authorization server answers on Pleo's auth hosts, the API on
 * its API host, from one sandbox; the auth hosts answer only their `/oauth/` paths.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLEO_AUTH_BASE_URLS, createHandlers } from "../mock-server/adapters/msw.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { basicClient, CALLBACK, pkcePair, readyMadeApp } from "./support/oauth.ts";
import { userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
const server = setupServer();
beforeAll(async () => {
  sandbox = await createSandbox({ clock: () => NOW });
  server.use(...createHandlers(sandbox));
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(() => server.close());

describe("the MSW handlers", () => {
  it("answer OAuth on auth.staging.pleo.io and auth.pleo.io, and the token works on the API host", async () => {
    expect(PLEO_AUTH_BASE_URLS).toEqual(["https://auth.staging.pleo.io", "https://auth.pleo.io"]);
    const app = readyMadeApp(sandbox, "demo-app");
    const { verifier, challenge } = await pkcePair();
    const query = new URLSearchParams({ response_type: "code", client_id: app.clientId, redirect_uri: CALLBACK, scope: "users:read", state: "m", code_challenge: challenge, code_challenge_method: "S256" });
    const authorized = await fetch(`https://auth.pleo.io/oauth/authorize?${query}`, {
      headers: { "x-sandbox-user": userWithRole(sandbox, "Nordlys ApS", "admin").id, "x-sandbox-consent": "approve" },
      redirect: "manual",
    });
    expect(authorized.status).toBe(302);
    const code = new URL(authorized.headers.get("location")!).searchParams.get("code")!;
    const tokens = await fetch("https://auth.staging.pleo.io/oauth/token", {
      method: "POST",
      headers: { authorization: basicClient(app.clientId, app.clientSecret), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier }),
    });
    expect(tokens.status).toBe(200);
    const { access_token } = (await tokens.json()) as { access_token: string };
    const employees = await fetch("https://external.staging.pleo.io/v2/employees?limit=1", { headers: { authorization: `Bearer ${access_token}` } });
    expect(employees.status).toBe(200);
  });

  it("leave the auth hosts' other paths alone", async () => {
    await expect(fetch("https://auth.staging.pleo.io/v2/employees")).rejects.toThrow();
  });
});
