/**
 * The attacks found against the HTTP server on 127.0.0.1, replayed: each gets a bounded 4xx in
 * Pleo's shape and leaves the sandbox working. (Slow clients, odd Expect and CONNECT are replayed
 * in protocol-edges.test.ts; SIGTERM in lifecycle.test.ts; a key in the query string and the log
 * in cli-safety.test.ts; key lookup at 50,000 keys in limits.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { companyNamed, pendingExportJob, readyMadeKey, seeded, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
let running: RunningServer;
const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").email;
const FULL = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
const EXPIRED = basicAuthorization(readyMadeKey(seeded, "expired").secret);
const COMPANY = companyNamed(seeded, "Nordlys ApS").id;

beforeAll(async () => {
  sandbox = await createSandbox({ clock: () => NOW, fetch: async () => new Response(null, { status: 204 }) });
  running = await startServer(sandbox, { port: 0 });
});
afterAll(() => running.close());

interface Answer {
  status: number;
  reason: string | null;
  bytes: number;
  body: { type?: string; message?: string; data?: unknown };
  allowOrigin: string | null;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(running.url + path, init);
  const text = await response.text();
  return { status: response.status, reason: response.headers.get("x-sandbox-reason"), bytes: text.length, body: text ? JSON.parse(text) : {}, allowOrigin: response.headers.get("access-control-allow-origin") };
}

const post = (path: string, body: string, headers: Record<string, string> = {}) => send(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** A bounded refusal in Pleo's shape. */
function expectBounded(answer: Answer, status: number, reason: string) {
  expect({ status: answer.status, reason: answer.reason }).toEqual({ status, reason });
  expect(typeof answer.body.type).toBe("string");
  expect(typeof answer.body.message).toBe("string");
  expect(answer.bytes).toBeLessThan(4_200);
}

/** The sandbox still serves: a key works, the clock reads, a key can be made. */
async function expectWorking() {
  expect((await send("/v2/employees?limit=1", { headers: { authorization: FULL } })).status).toBe(200);
  expect((await send("/sandbox/clock")).status).toBe(200);
  const made = await post("/sandbox/api-keys", JSON.stringify({ name: "probe", expiresAt: "2027-01-01T00:00:00Z", accessLevel: { type: "company", companyId: COMPANY }, scopes: ["users:read"] }), { "x-sandbox-user": ADMIN });
  expect(made.status).toBe(201);
}

describe("replayed attacks", () => {
  it("a 1 MiB list of 524,000 bad scopes, event types or export items: a small 400, at once", async () => {
    const bad = `[${Array(524_000).fill("0").join(",")}]`;
    expectBounded(await post("/sandbox/api-keys", `{"name":"x","expiresAt":"2027-01-01T00:00:00Z","accessLevel":{"type":"company","companyId":"${COMPANY}"},"scopes":${bad}}`, { "x-sandbox-user": ADMIN }), 400, "invalid_request");
    expectBounded(await post("/v1/subscriptions", `{"endpointUrl":"https://erp.example/h","eventTypes":${bad}}`, { authorization: FULL }), 400, "invalid_request");
    const job = pendingExportJob(seeded, "Nordlys ApS");
    expectBounded(await send(`/v3/export-jobs/${job.id}/items`, { method: "PUT", headers: { "content-type": "application/json", authorization: FULL }, body: bad }), 400, "invalid_request");
    await expectWorking();
  });

  it("advanceSeconds 1e15: a 400 that changes nothing; the expired key stays expired", async () => {
    expectBounded(await post("/sandbox/clock", '{"advanceSeconds":1e15}'), 400, "invalid_request");
    expect(sandbox.state.clock.offsetMs).toBe(0);
    expect((await send("/v2/employees", { headers: { authorization: EXPIRED } })).reason).toBe("key_expired");
    await expectWorking();
  });

  it("metadata nested 5,000 deep: a 400, nothing stored, the installation still reads", async () => {
    const deep = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
    const answer = await send("/v1/installations/me", { method: "PUT", headers: { "content-type": "application/json", authorization: FULL }, body: `{"status":"ACTIVATED","metadata":${deep}}` });
    expectBounded(answer, 400, "invalid_request");
    expect((await send("/v1/installations/me", { headers: { authorization: FULL } })).status).toBe(200);
    await expectWorking();
  });

  it("a page on another origin: no Access-Control-Allow-Origin: *, and its reset, key and clock move refused", async () => {
    const evil = { origin: "http://127.0.0.1:9999" };
    expectBounded(await post("/sandbox/reset", "", evil), 403, "origin_not_allowed");
    expectBounded(await post("/sandbox/clock", '{"advanceSeconds":60}', evil), 403, "origin_not_allowed");
    const world = await send("/sandbox/world", { headers: evil });
    expect(world.allowOrigin).toBeNull();
    expect(world.status).toBe(403);
    expect((await send("/sandbox/world")).allowOrigin).toBeNull();
    await expectWorking();
  });

  it("webhooks at the metadata service, a private range, the sandbox itself, with credentials or broken headers: 400 saying why", async () => {
    const subscribe = (endpointUrl: string, extra: object = {}) => post("/v1/subscriptions", JSON.stringify({ endpointUrl, eventTypes: ["v1.vendor.created"], ...extra }), { authorization: FULL });
    for (const [url, why] of [
      ["http://169.254.169.254/latest/meta-data/", "cloud metadata service"],
      ["http://192.168.1.10/hooks", "private network range"],
      [`${running.url}/sandbox/reset`, "this sandbox itself"],
      ["https://user:hunter2@erp.example/hooks", "user name or password"],
    ] as const) {
      const answer = await subscribe(url);
      expectBounded(answer, 400, "invalid_request");
      expect(answer.body.message).toContain(why);
      expect(answer.body.message).not.toContain("hunter2");
    }
    expectBounded(await subscribe("https://erp.example/hooks", { customHeaders: { "x-a": "1\r\nHost: evil" } }), 400, "invalid_request");
    expect(sandbox.state.subscriptions).toEqual([]);
  });

  it("one event fanned out to a thousand subscriptions: the 51st subscription is refused", async () => {
    let answer: Answer | undefined;
    for (let i = 0; i < 60 && answer?.status !== 409; i++) answer = await post("/v1/subscriptions", JSON.stringify({ endpointUrl: `https://erp.example/h/${i}`, eventTypes: ["v1.vendor.created"] }), { authorization: FULL });
    expectBounded(answer!, 409, "limit_reached");
    expect(sandbox.state.subscriptions.filter((s) => s.deletedAt === undefined)).toHaveLength(50);
    await expectWorking();
  });

  it("a key pasted into X-Sandbox-Scenario or X-Sandbox-User does not come back", async () => {
    const secret = readyMadeKey(seeded, "full-access").secret;
    const scenario = await send("/v2/employees", { headers: { authorization: FULL, "x-sandbox-scenario": secret } });
    const user = await send("/sandbox/api-keys", { headers: { "x-sandbox-user": secret } });
    for (const answer of [scenario, user]) expect(JSON.stringify(answer.body)).not.toContain(secret.slice(4));
  });
});
