/**
 * The request journal: what it records (and never: a secret), its filters, DELETE, and its bound,
 * which holds under a burst of 10,000 requests in-process and over HTTP.
 */
import { describe, expect, it } from "vitest";
import { startServer } from "../mock-server/adapters/serve.ts";
import { handle } from "../mock-server/core/handle.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox, NOW } from "./support/call.ts";
import { readyMadeKey, userWithRole } from "./support/world.ts";

type Entry = Record<string, unknown>;

async function journal(sandbox: Sandbox, query: Record<string, string> = {}) {
  const response = await call(sandbox, "/sandbox/requests", { query: { limit: "100", ...query } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { data: Entry[]; pagination: { total: number; hasNextPage: boolean } };
}

describe("what the journal records", () => {
  it("each request, newest first: time, method, path, query, status, reason, key, scenario, fault, duration", async () => {
    const sandbox = await newSandbox();
    const key = readyMadeKey(sandbox, "full-access");
    await call(sandbox, "/v2/employees", { key: "full-access", query: { limit: "2" } });
    await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "expired-key", "x-sandbox-fault": "latency=250ms" } });
    const [second, first] = (await journal(sandbox)).data;
    expect(first).toEqual({ at: NOW.toISOString(), kind: "request", method: "GET", path: "/v2/employees", query: "limit=2", status: 200, keyId: key.id, durationMs: 0 });
    expect(second).toEqual({
      at: NOW.toISOString(),
      kind: "request",
      method: "GET",
      path: "/v2/employees",
      status: 401,
      reason: "key_expired",
      keyId: key.id,
      scenario: "expired-key",
      fault: "latency=250ms",
      durationMs: 250,
    });
  });

  it("records a dropped connection as status 0, and the control plane too, but not its own reads", async () => {
    const sandbox = await newSandbox();
    await call(sandbox, "/v1/companies", { key: "full-access", headers: { "x-sandbox-fault": "reset" } });
    await call(sandbox, "/sandbox/clock");
    await journal(sandbox);
    const { data } = await journal(sandbox);
    expect(data.map((e) => [e.method, e.path, e.status])).toEqual([
      ["GET", "/sandbox/clock", 200],
      ["GET", "/v1/companies", 0],
    ]);
  });

  it("never holds a secret: no Authorization header, credentials in the query or path cut", async () => {
    const sandbox = await newSandbox();
    const secret = readyMadeKey(sandbox, "full-access").secret;
    const admin = userWithRole(sandbox, "Nordlys ApS", "admin");
    await call(sandbox, "/v2/employees", { key: "full-access", query: { api_key: secret, token: "t0ps3cret", email: "a@b.dk" } });
    await call(sandbox, `/v2/employees/${secret}`, { key: "full-access" });
    const created = await call(sandbox, "/sandbox/api-keys", {
      method: "POST",
      headers: { "x-sandbox-user": admin.id },
      body: { name: "k", expiresAt: "2027-06-30T00:00:00Z", accessLevel: { type: "company", companyId: admin.companyId }, scopes: ["users:read"] },
    });
    const made = dataOf<{ key: string }>(created).key;
    await call(sandbox, "/v1/companies", { authorization: basicAuthorization(made), query: { q: made } });
    const text = JSON.stringify(await journal(sandbox));
    for (const leaked of [secret, made, "t0ps3cret", basicAuthorization(secret), "authorization"]) expect(text).not.toContain(leaked);
    expect(text).toContain("api_key=REDACTED&token=REDACTED&email=a%40b.dk");
    expect(text).toContain("/v2/employees/REDACTED");
  });
});

describe("filters and clearing", () => {
  it("filters by key, path (pattern or template), method, status and kind, and counts the matches", async () => {
    const sandbox = await newSandbox();
    const readOnly = readyMadeKey(sandbox, "read-only").id;
    await call(sandbox, "/v2/employees", { key: "full-access" });
    await call(sandbox, "/v1/companies", { key: "read-only" });
    await call(sandbox, "/v1/companies", { key: "expired" });
    await call(sandbox, "/sandbox/world");
    const paths = async (query: Record<string, string>) => (await journal(sandbox, query)).data.map((e) => `${e.path} ${e.status}`);
    expect(await paths({ keyId: readOnly })).toEqual(["/v1/companies 200"]);
    expect(await paths({ path: "/v1/*" })).toEqual(["/v1/companies 401", "/v1/companies 200"]);
    expect(await paths({ path: "/v2/employees" })).toEqual(["/v2/employees 200"]);
    expect(await paths({ status: "401" })).toEqual(["/v1/companies 401"]);
    expect(await paths({ method: "GET", kind: "request" })).toHaveLength(4);
    expect(await paths({ kind: "webhook" })).toEqual([]);
    expect((await journal(sandbox, { limit: "1" })).pagination).toMatchObject({ total: 4, hasNextPage: true });
  });

  it("DELETE empties it", async () => {
    const sandbox = await newSandbox();
    await call(sandbox, "/v1/companies", { key: "full-access" });
    expect((await call(sandbox, "/sandbox/requests", { method: "DELETE" })).status).toBe(204);
    expect((await journal(sandbox)).data).toEqual([]);
  });

  it("refuses a bad filter", async () => {
    const response = await call(await newSandbox(), "/sandbox/requests", { query: { status: "teapot" } });
    expect(response.status).toBe(400);
  });
});

describe("its bound", () => {
  const BURST = 10_000;

  it("keeps the last 1,000 of a burst of 10,000 requests in-process", async () => {
    const sandbox = await createSandbox({ clock: () => NOW });
    const authorization = basicAuthorization(readyMadeKey(sandbox, "full-access").secret);
    for (let i = 0; i < BURST; i++) {
      await handle({ method: "GET", url: `/v1/installations/me?n=${i}`, headers: { authorization } }, sandbox, NOW);
      expect(sandbox.state.chaos.journal.size).toBeLessThanOrEqual(1_000);
    }
    const { data, pagination } = await journal(sandbox, { limit: "1" });
    expect(pagination.total).toBe(1_000);
    expect(data[0]!.query).toBe(`n=${BURST - 1}`);
  });

  it("keeps the last 1,000 of a burst of 10,000 concurrent requests over HTTP", async () => {
    const sandbox = await createSandbox();
    const running = await startServer(sandbox, { port: 0 });
    const authorization = basicAuthorization(readyMadeKey(sandbox, "full-access").secret);
    try {
      let next = 0;
      const worker = async () => {
        while (next < BURST) {
          const n = next++;
          const response = await fetch(`${running.url}/v1/installations/me?n=${n}`, { headers: { authorization } });
          await response.arrayBuffer();
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      const body = (await (await fetch(`${running.url}/sandbox/requests?limit=1`)).json()) as { pagination: { total: number } };
      expect(body.pagination.total).toBe(1_000);
      expect(sandbox.state.chaos.journal.slots).toHaveLength(1_000);
    } finally {
      await running.close();
    }
  }, 120_000);
});
