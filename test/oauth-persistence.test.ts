/**
 * `--state` keeps the authorization server's records: apps, installations, codes and grants, with
 * every client secret, code and refresh token as a hash only. A restarted sandbox accepts the
 * tokens the last one issued and still tells a spent refresh token as reused.
 */
import { describe, expect, it } from "vitest";
import { createMemoryStore, type StateStore } from "../mock-server/core/world/persistence.ts";
import { SnapshotError } from "../mock-server/core/world/snapshot.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, NOW, refusal } from "./support/call.ts";
import { approveAndExchange, authorizeQuery, bearer, CALLBACK, pkcePair, readyMadeApp, redirectParams, registerApp, tokenRequest, type Tokens } from "./support/oauth.ts";
import { NORDLYS_APS, userWithRole } from "./support/world.ts";

const open = (store: StateStore) => createSandbox({ clock: () => NOW, store });

describe("a restarted sandbox", () => {
  it("keeps apps and grants (hashes only): its tokens work, and a spent refresh token is still a reuse", async () => {
    const store = createMemoryStore();
    const first = await open(store);
    const app = await registerApp(first);
    const tokens = await approveAndExchange(first, { client: app });
    const client = { clientId: app.clientId, secret: app.clientSecret };
    const next = (await tokenRequest(first, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { client })).body as Tokens;
    const saved = (await store.load())!;
    for (const secret of [app.clientSecret, tokens.refresh_token, next.refresh_token, next.access_token]) expect(saved).not.toContain(secret);

    const second = await open(store);
    const admin = userWithRole(second, "Fjordlys Studio AS", "admin").id;
    expect(dataOf<{ id: string }[]>(await call(second, "/sandbox/oauth-apps", { headers: { "x-sandbox-user": admin } })).map((a) => a.id)).toContain(app.id);
    expect((await call(second, "/v2/employees", { query: { companyId: NORDLYS_APS, limit: "1" }, authorization: bearer(next.access_token) })).status).toBe(200);
    const reused = await tokenRequest(second, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { client });
    expect(refusal(reused)).toMatchObject({ status: 400, error: "invalid_grant", reason: "refresh_token_reused" });
    expect(refusal(await call(second, "/v2/employees", { query: { companyId: NORDLYS_APS }, authorization: bearer(next.access_token) }))).toMatchObject({ status: 401, reason: "token_revoked" });
  });

  it("refuses a saved state whose OAuth records are damaged, in one line", async () => {
    const store = createMemoryStore();
    const first = await open(store);
    await registerApp(first);
    const damaged = (await store.load())!.replace(/"secretHash":"[0-9a-f]{64}"/, '"secretHash":"the-secret-itself"');
    await expect(open(createMemoryStore(damaged))).rejects.toThrow(SnapshotError);
    await expect(open(createMemoryStore(damaged))).rejects.toThrow(/oauth\.apps\.\d+\.secretHash/);
  });
});

describe("an approval", () => {
  it("is saved before its redirect is answered, so a restart between authorize and token keeps the code", async () => {
    const store = createMemoryStore();
    const first = await open(store);
    const app = readyMadeApp(first, "demo-app");
    const { verifier, challenge } = await pkcePair();
    const admin = userWithRole(first, "Nordlys ApS", "admin").id;
    const authorized = await call(first, "/oauth/authorize", { query: authorizeQuery(app.clientId, challenge), headers: { "x-sandbox-user": admin, "x-sandbox-consent": "approve" } });
    const code = redirectParams(authorized).get("code")!;
    const second = await open(store);
    const exchanged = await tokenRequest(second, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier }, { client: { clientId: app.clientId, secret: app.clientSecret } });
    expect(exchanged.status, JSON.stringify(exchanged.body)).toBe(200);
  });
});
