/**
 * The HTTP server at the protocol's edges: slow clients get 408, an odd Expect 417, CONNECT 405,
 * broken framing 400, each in Pleo's JSON shape; idle connections are closed; closing lets
 * requests in flight finish. Short timeouts, so nothing here waits long.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { newSandbox } from "./support/call.ts";
import { rawRequest } from "./support/raw-http.ts";

let running: RunningServer;
let port: number;
let host: string;
beforeAll(async () => {
  running = await startServer(await newSandbox(), { port: 0, timeouts: { headersMs: 300, requestMs: 600, idleMs: 200 } });
  port = Number(new URL(running.url).port);
  host = `Host: 127.0.0.1:${port}\r\n`;
});
afterAll(() => running.close());

const json = (body: string) => JSON.parse(body) as { type: string; message: string };

describe("slow clients", () => {
  it("get 408 in Pleo's shape when their headers do not arrive in time", async () => {
    const answer = await rawRequest(port, `GET /sandbox/world HTTP/1.1\r\n${host}`);
    expect(answer.status).toBe(408);
    expect(answer.headers["x-sandbox-reason"]).toBe("request_timeout");
    expect(json(answer.body)).toEqual({ type: "REQUEST_TIMEOUT", message: errors.requestTimeout(0.3, 0.6).message });
  });

  it("get 408 when the body stalls", async () => {
    const answer = await rawRequest(port, `POST /sandbox/clock HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{"advanceSec`);
    expect(answer.status).toBe(408);
    expect(json(answer.body).type).toBe("REQUEST_TIMEOUT");
  });

  it("are disconnected once idle between requests, after their answer", async () => {
    const answer = await rawRequest(port, `GET /sandbox/clock HTTP/1.1\r\n${host}\r\n`); // keep-alive: resolves when the server closes
    expect(answer.status).toBe(200);
  });
});

describe("protocol edges", () => {
  it("answers an Expect other than 100-continue with 417 JSON, and 100-continue as usual", async () => {
    const odd = await rawRequest(port, `POST /sandbox/clock HTTP/1.1\r\n${host}Expect: 200-ok\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(odd.status).toBe(417);
    expect(json(odd.body)).toEqual({ type: "EXPECTATION_FAILED", message: errors.expectationFailed().message });
    const usual = await rawRequest(port, `GET /sandbox/clock HTTP/1.1\r\n${host}Expect: 100-continue\r\nConnection: close\r\n\r\n`);
    expect(usual.status).toBe(200);
    expect(usual.body).toContain('{"data":{"now"');
  });

  it("answers CONNECT with 405 JSON instead of closing the socket", async () => {
    const answer = await rawRequest(port, `CONNECT 169.254.169.254:80 HTTP/1.1\r\n${host}\r\n`);
    expect(answer.status).toBe(405);
    expect(json(answer.body)).toEqual({ type: "METHOD_NOT_ALLOWED", message: errors.notAProxy().message });
  });

  it("answers broken chunking and ambiguous framing with 400 JSON", async () => {
    const chunked = `POST /sandbox/clock HTTP/1.1\r\n${host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`;
    const both = `POST /sandbox/clock HTTP/1.1\r\n${host}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`;
    for (const request of [chunked, both]) {
      const answer = await rawRequest(port, request);
      expect(answer.status).toBe(400);
      expect(json(answer.body).type).toBe("VALIDATION_FAILED");
    }
  });

  it("still serves afterwards", async () => {
    expect((await fetch(`${running.url}/sandbox/clock`)).status).toBe(200);
  });
});

describe("closing", () => {
  it("lets a request in flight finish, then refuses new connections", async () => {
    const server = await startServer(await newSandbox(), { port: 0 });
    const serverPort = Number(new URL(server.url).port);
    const head = `POST /sandbox/clock HTTP/1.1\r\nHost: 127.0.0.1:${serverPort}\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n`;
    const answer = rawRequest(serverPort, [head + '{"advanceSeconds"', ":60}"], { gapMs: 300 });
    await expect.poll(() => server.inFlight).toBe(1);
    const closed = server.close();
    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(finished.headers.connection).toBe("close");
    await closed;
    await expect(fetch(`${server.url}/sandbox/clock`)).rejects.toThrow();
  });
});
