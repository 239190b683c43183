/** What reaches the adapters before the core can see it: every bad request is a 4xx JSON answer, never a 500 or a crash. */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { userWithRole } from "./support/world.ts";

let running: RunningServer;
let admin: string;
beforeAll(async () => {
  const sandbox = await createSandbox({ clock: () => NOW });
  admin = userWithRole(sandbox, "Nordlys ApS", "admin").id;
  running = await startServer(sandbox, { port: 0 });
});
afterAll(() => running.close());

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(running.url + path, init);
  const text = await response.text();
  return { status: response.status, reason: response.headers.get("x-sandbox-reason"), type: response.headers.get("content-type"), body: JSON.parse(text) as { type: string; message: string } };
}

const createKey = (body: BodyInit, contentType = "application/json") =>
  send("/sandbox/api-keys", { method: "POST", headers: { "x-sandbox-user": admin, "content-type": contentType }, body });

describe("Express adapter edges", () => {
  it("refuses malformed JSON with 400 VALIDATION_FAILED", async () => {
    const response = await createKey('{"name": "x",');
    expect(response).toMatchObject({ status: 400, reason: "invalid_request", type: "application/json;charset=UTF-8" });
    expect(response.body.message).toContain("not valid JSON");
  });

  it("refuses a body that is not JSON by content type", async () => {
    const response = await createKey("name=x", "application/x-www-form-urlencoded");
    expect(response).toMatchObject({ status: 400, reason: "invalid_request" });
    expect(response.body.message).toContain("Content-Type must be application/json");
  });

  it("refuses an empty body where one is needed", async () => {
    expect(await createKey("")).toMatchObject({ status: 400, reason: "invalid_request" });
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const response = await createKey(JSON.stringify({ name: "x".repeat(1_100_000) }));
    expect(response).toMatchObject({ status: 413, reason: "payload_too_large", body: { type: "PAYLOAD_TOO_LARGE" } });
  });

  it("refuses a far larger body before reading it all", async () => {
    const response = await createKey("x".repeat(3_000_000));
    expect(response).toMatchObject({ status: 413, reason: "payload_too_large" });
  });

  it("answers an unknown route with 404 JSON", async () => {
    expect(await send("/v1/nothing")).toMatchObject({ status: 404, reason: "unknown_route", body: { type: "NOT_FOUND" } });
  });

  it("answers bad percent-encoding in a path parameter with 400", async () => {
    expect(await send("/v2/employees/%E0%A4%A")).toMatchObject({ status: 400, reason: "invalid_request" });
  });

  it("answers an oversized header with 431 JSON instead of a bare status line", async () => {
    const response = await send("/v2/employees", { headers: { authorization: `Basic ${"A".repeat(20_000)}` } });
    expect(response).toMatchObject({ status: 431, reason: "invalid_request", body: { type: "VALIDATION_FAILED" } });
  });

  it("answers bytes that are not HTTP with 400 JSON and keeps serving", async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(running.url).port), "127.0.0.1", () => socket.write("HELLO THERE\r\n\r\n"));
      let data = "";
      socket.on("data", (chunk) => (data += chunk));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('"type":"VALIDATION_FAILED"');
    expect((await send("/sandbox/clock")).status).toBe(200);
  });

  it("never echoes the Authorization header", async () => {
    const secret = "pls_secretThatMustNotBeEchoed000000000000";
    const response = await send("/v2/employees", { headers: { authorization: basicAuthorization(secret) } });
    expect(JSON.stringify(response)).not.toContain(secret);
  });
});

describe("MSW adapter edges", () => {
  it("serves under a base URL with a path prefix and leaves other URLs alone", async () => {
    const { setupServer } = await import("msw/node");
    const { createHandlers } = await import("../mock-server/adapters/msw.ts");
    const sandbox = await createSandbox({ clock: () => NOW });
    const server = setupServer(...createHandlers(sandbox, { baseUrl: "https://sandbox.example/pleo/" }));
    const unhandled: string[] = [];
    server.listen({ onUnhandledRequest: (request) => void unhandled.push(request.url) });
    try {
      const clock = await fetch("https://sandbox.example/pleo/sandbox/clock");
      expect(await clock.json()).toEqual({ data: { now: "2026-11-24T12:00:00Z" } });
      const bad = await fetch("https://sandbox.example/pleo/sandbox/clock", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
      expect(bad.status).toBe(400);
      expect(bad.headers.get("x-sandbox-reason")).toBe("invalid_request");
      await fetch("https://sandbox.example/elsewhere").catch(() => undefined); // passes through to a network there is none of
      expect(unhandled).toEqual(["https://sandbox.example/elsewhere"]);
    } finally {
      server.close();
    }
  });
});
