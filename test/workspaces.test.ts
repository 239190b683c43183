/**
 * Workspaces: two CI jobs sharing one sandbox, each in its own workspace, never see each other's
 * keys, clock or journal; keys made in a workspace find it without the header; workspaces are made
 * on first use, reset alone, dropped when idle, and capped. In-process (handle, MSW) and over HTTP.
 */
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { createHandlers, DEFAULT_BASE_URL } from "../mock-server/adapters/msw.ts";
import { startServer } from "../mock-server/adapters/serve.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { NORDLYS_APS, seeded, userWithRole } from "./support/world.ts";

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").id;
const KEY_BODY = { name: "ci", expiresAt: "2027-06-30T00:00:00Z", accessLevel: { type: "company", companyId: NORDLYS_APS }, scopes: ["users:read"] };
const in_ = (workspace: string) => ({ "x-sandbox-workspace": workspace });

/** Makes a key in `workspace` and returns its secret. */
async function makeKey(sandbox: Sandbox, workspace: string): Promise<string> {
  const response = await call(sandbox, "/sandbox/api-keys", { method: "POST", headers: { ...in_(workspace), "x-sandbox-user": ADMIN }, body: KEY_BODY });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return dataOf<{ key: string }>(response).key;
}

describe("in-process", () => {
  it("keeps each workspace's keys to itself; a workspace key works there without the header", async () => {
    const sandbox = await newSandbox();
    const [a, b] = await Promise.all([makeKey(sandbox, "job-a"), makeKey(sandbox, "job-b")]);
    expect(a).toMatch(/^pls_[A-Za-z0-9]{40}~job-a$/);
    const employees = (key: string, headers = {}) => call(sandbox, "/v2/employees", { authorization: basicAuthorization(key), headers });
    expect((await employees(a)).status).toBe(200);
    expect((await employees(a, in_("job-a"))).status).toBe(200);
    expect(refusal(await employees(a, in_("job-b"))).reason).toBe("key_unknown");
    expect((await employees(b)).status).toBe(200);
    expect(sandbox.state.keys.some((k) => k.name === "ci")).toBe(false);
  });

  it("keeps each workspace's clock, journal and armed rules to itself, and resets it alone", async () => {
    const sandbox = await newSandbox();
    await call(sandbox, "/sandbox/clock", { method: "POST", headers: in_("job-a"), body: { now: "2030-01-01T00:00:00Z" } });
    await call(sandbox, "/sandbox/scenarios/active", { method: "POST", headers: in_("job-a"), body: { scenario: "expired-key" } });
    const clock = async (workspace?: string) => dataOf<{ now: string }>(await call(sandbox, "/sandbox/clock", { headers: workspace ? in_(workspace) : {} })).now;
    expect([await clock("job-a"), await clock("job-b"), await clock()]).toEqual(["2030-01-01T00:00:00Z", "2026-11-24T12:00:00Z", "2026-11-24T12:00:00Z"]);
    expect(refusal(await call(sandbox, "/v2/employees", { key: "full-access", headers: in_("job-a") })).reason).toBe("key_expired");
    expect((await call(sandbox, "/v2/employees", { key: "full-access", headers: in_("job-b") })).status).toBe(200);
    const journalOf = async (workspace: string) => dataOf<{ path: string }[]>(await call(sandbox, "/sandbox/requests", { headers: in_(workspace) })).map((e) => e.path);
    expect(await journalOf("job-b")).toEqual(["/v2/employees", "/sandbox/clock"]);
    await call(sandbox, "/sandbox/reset", { method: "POST", headers: in_("job-a") });
    expect(await clock("job-a")).toBe("2026-11-24T12:00:00Z");
    expect(await journalOf("job-a")).toEqual(["/sandbox/clock", "/sandbox/reset"]);
    expect(await journalOf("job-b")).toEqual(["/v2/employees", "/sandbox/clock"]);
  });

  it("lists the live workspaces, drops one on DELETE and the idle ones by themselves", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, workspaces: { idleSeconds: 60 } });
    await call(sandbox, "/sandbox/clock", { headers: in_("old") });
    await call(sandbox, "/sandbox/clock", { headers: in_("new"), now: new Date(NOW.getTime() + 30_000) });
    const names = async (at: number) => dataOf<{ workspaces: { name: string }[] }>(await call(sandbox, "/sandbox/workspaces", { now: new Date(NOW.getTime() + at) })).workspaces.map((w) => w.name);
    expect(await names(30_000)).toEqual(["new", "old"]);
    expect(await names(60_000)).toEqual(["new"]);
    expect((await call(sandbox, "/sandbox/workspaces/new", { method: "DELETE", now: new Date(NOW.getTime() + 60_000) })).status).toBe(204);
    expect(refusal(await call(sandbox, "/sandbox/workspaces/new", { method: "DELETE" })).status).toBe(404);
  });

  it("forgets a dropped workspace's keys: the next use starts a fresh one", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, workspaces: { idleSeconds: 60 } });
    const key = await makeKey(sandbox, "job-a");
    const later = new Date(NOW.getTime() + 61_000);
    const response = await call(sandbox, "/v2/employees", { authorization: basicAuthorization(key), now: later });
    expect(refusal(response).reason).toBe("key_unknown");
  });

  it("refuses a new workspace beyond the cap with 503 and Retry-After, until one idles out", async () => {
    const sandbox = await createSandbox({ clock: () => NOW, workspaces: { max: 2, idleSeconds: 600 } });
    await call(sandbox, "/sandbox/clock", { headers: in_("one") });
    await call(sandbox, "/sandbox/clock", { headers: in_("two") });
    const third = await call(sandbox, "/sandbox/clock", { headers: in_("three") });
    expect(refusal(third)).toEqual({ status: 503, type: "WORKSPACE_LIMIT_REACHED", reason: "workspace_limit" });
    expect(messageOf(third)).toBe(errors.workspaceLimit(2, 600).message);
    expect(third.headers["retry-after"]).toBe("600");
    expect((await call(sandbox, "/sandbox/clock", { headers: in_("one") })).status).toBe(200);
    expect((await call(sandbox, "/sandbox/clock", { headers: in_("three"), now: new Date(NOW.getTime() + 600_000) })).status).toBe(200);
  });

  it("refuses a name that is not one", async () => {
    const response = await call(await newSandbox(), "/sandbox/world", { headers: in_("a/b") });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(response)).toBe(errors.workspaceName("a/b").message);
  });
});

describe.each(["MSW", "HTTP"] as const)("over %s", (transport) => {
  it("runs two CI jobs in parallel on one sandbox without either seeing the other's keys or clock", async () => {
    const sandbox = await createSandbox();
    let base = DEFAULT_BASE_URL;
    let stop: () => Promise<void>;
    if (transport === "HTTP") {
      const running = await startServer(sandbox, { port: 0 });
      base = running.url;
      stop = running.close;
    } else {
      const server = setupServer(...createHandlers(sandbox));
      server.listen({ onUnhandledRequest: "bypass" });
      stop = async () => server.close();
    }
    const request = (workspace: string | undefined, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
      fetch(`${base}${path}`, {
        method: init.method ?? "GET",
        headers: { ...(workspace && in_(workspace)), ...(init.body !== undefined && { "content-type": "application/json" }), ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    /** One job: a key, a clock of its own, and a call with the key alone. */
    const job = async (name: string, now: string) => {
      const created = await request(name, "/sandbox/api-keys", { method: "POST", headers: { "x-sandbox-user": ADMIN }, body: KEY_BODY });
      const { key } = ((await created.json()) as { data: { key: string } }).data;
      await request(name, "/sandbox/clock", { method: "POST", body: { now } });
      const employees = await request(undefined, "/v2/employees?limit=1", { headers: { authorization: basicAuthorization(key) } });
      const clock = ((await (await request(name, "/sandbox/clock")).json()) as { data: { now: string } }).data.now;
      return { key, status: employees.status, clock };
    };
    try {
      const [a, b] = await Promise.all([job("ci-1", "2026-12-01T00:00:00Z"), job("ci-2", "2027-03-01T00:00:00Z")]);
      expect([a.status, a.clock, b.status, b.clock]).toEqual([200, "2026-12-01T00:00:00Z", 200, "2027-03-01T00:00:00Z"]);
      const crossed = await request("ci-2", "/v2/employees", { headers: { authorization: basicAuthorization(a.key) } });
      expect([crossed.status, crossed.headers.get("x-sandbox-reason")]).toEqual([401, "key_unknown"]);
      const outside = await request(undefined, "/sandbox/clock");
      expect(((await outside.json()) as { data: { now: string } }).data.now).not.toMatch(/^(2026-12-01|2027-03-01)/);
    } finally {
      await stop();
    }
  });
});
