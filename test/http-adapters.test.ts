/**
 * The HTTP server's two adapters, node:http (the CLI's) and Express (createApp), side by side: the
 * same edge requests get the same answers from both (bodies compressed, in other charsets, too
 * large, unreadable; CORS; the control plane's guard), and the default is chosen as documented.
 */
import { request as httpRequest } from "node:http";
import { gzipSync, deflateSync, brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultAdapter, startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { userWithRole } from "./support/world.ts";

const servers: Record<"node" | "express", RunningServer> = {} as never;
let admin: string;
beforeAll(async () => {
  for (const adapter of ["node", "express"] as const) {
    const sandbox = await createSandbox({ clock: () => NOW });
    admin = userWithRole(sandbox, "Nordlys ApS", "admin").id;
    servers[adapter] = await startServer(sandbox, { port: 0, adapter, corsOrigins: ["http://allowed.test"] });
  }
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Sent without a Content-Length, in chunks. */
  chunked?: boolean;
}

/** Sends raw bytes (fetch would not send a Content-Encoding it did not make) and reads what came back. */
function send(server: RunningServer, { method = "GET", path, headers = {}, body, chunked = false }: Sent): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (chunked && body !== undefined) {
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.slice(at, at + 64 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** What must be equal between adapters: status, the headers that matter, and the body (its message too). */
async function both(sent: Sent) {
  const answers = [];
  for (const server of [servers.node, servers.express]) {
    const answer = await send(server, sent);
    const pick = (name: string) => answer.headers[name];
    answers.push({
      status: answer.status,
      reason: pick("x-sandbox-reason"),
      type: pick("content-type"),
      vary: pick("vary"),
      cors: pick("access-control-allow-origin"),
      // Ids, secrets and each server's own port differ by nature.
      body: answer.body.replace(/"(id|createdAt|key|prefix)":"[^"]*"/g, '"$1":"…"').replaceAll(`:${new URL(server.url).port}`, ":PORT"),
    });
  }
  expect(answers[0]).toEqual(answers[1]);
  return answers[0]!;
}

const keyBody = () => JSON.stringify({ name: "édition", expiresAt: "2027-06-30T00:00:00Z", accessLevel: { type: "company", companyId: "58af5fa9-f95f-4742-8583-4fff2bc94ac6" }, scopes: ["users:read"] });
const createKey = (headers: Record<string, string>, body: Buffer | string): Sent => ({
  method: "POST",
  path: "/sandbox/api-keys",
  headers: { "x-sandbox-user": admin, "content-type": "application/json", ...headers },
  body,
});

describe("node:http and Express answer alike", () => {
  it.each([
    ["gzip", gzipSync],
    ["deflate", deflateSync],
    ["br", brotliCompressSync],
  ] as const)("a %s-compressed body is inflated", async (encoding, compress) => {
    const answer = await both(createKey({ "content-encoding": encoding }, compress(keyBody())));
    expect(answer.status).toBe(201);
    expect(answer.body).toContain("édition");
  });

  it("a body in another charset is decoded by it", async () => {
    const answer = await both(createKey({ "content-type": "application/json; charset=latin1" }, Buffer.from(keyBody(), "latin1")));
    expect(answer.status).toBe(201);
    expect(answer.body).toContain("édition");
  });

  it.each([
    ["an unknown content encoding", { "content-encoding": "snappy" }, keyBody()],
    ["an unknown charset", { "content-type": "application/json; charset=klingon" }, keyBody()],
    ["a gzip body that is not gzip", { "content-encoding": "gzip" }, "not gzip"],
  ])("%s is refused with 400, not a 500", async (_what, headers, body) => {
    const answer = await both(createKey(headers, body));
    expect(answer).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(answer.body).toContain("The body could not be read");
  });

  it("a chunked body that grows past the limit is refused with 413", async () => {
    const answer = await both({ ...createKey({}, `{"name":"${"x".repeat(2 * 1024 * 1024)}"}`), chunked: true });
    expect(answer).toMatchObject({ status: 413, reason: "payload_too_large" });
  });

  it("an allowed origin gets CORS headers and its preflight; another origin is refused; every answer varies by Origin", async () => {
    expect(await both({ path: "/sandbox/clock", headers: { origin: "http://allowed.test" } })).toMatchObject({ status: 200, vary: "Origin", cors: "http://allowed.test" });
    expect(await both({ method: "OPTIONS", path: "/sandbox/clock", headers: { origin: "http://allowed.test", "access-control-request-method": "POST" } })).toMatchObject({ status: 204 });
    expect(await both({ path: "/sandbox/clock", headers: { origin: "http://elsewhere.test" } })).toMatchObject({ status: 403, reason: "origin_not_allowed", vary: "Origin" });
  });

  it("the control plane refuses a Host that is not the server's", async () => {
    expect(await both({ path: "/sandbox/clock", headers: { host: "rebound.example:80" } })).toMatchObject({ status: 403 });
  });

  it("a HEAD gets the same answer, without a body", async () => {
    expect(await both({ method: "HEAD", path: "/healthz" })).toMatchObject({ body: "" });
  });
});

describe("which adapter serves", () => {
  it("is node:http unless PLEO_SANDBOX_ADAPTER=express", () => {
    expect(defaultAdapter({})).toBe("node");
    expect(defaultAdapter({ PLEO_SANDBOX_ADAPTER: "express" })).toBe("express");
    expect(defaultAdapter({ PLEO_SANDBOX_ADAPTER: "something else" })).toBe("node");
  });
});
