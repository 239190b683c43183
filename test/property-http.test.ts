/**
 * Property tests over HTTP (fast-check, seeded, bounded): requests written byte by byte with odd
 * header names and values, targets and bodies always get a status line and, for a refusal, Pleo's
 * JSON error of bounded size; never a 5xx, never silence; the server serves as before afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { body, FUZZ_SEED, headerValue, method, prototypeSnapshot, text } from "./support/fuzz.ts";
import { rawRequest } from "./support/raw-http.ts";
import { readyMadeKey, seeded } from "./support/world.ts";

const RUNS = 400;

let running: RunningServer;
let port: number;
beforeAll(async () => {
  running = await startServer(await createSandbox({ clock: () => NOW }), { port: 0, timeouts: { headersMs: 2_000, requestMs: 2_000 } });
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close());

/** Header names as a careless client writes them: real ones, prototype names, and junk (which HTTP refuses). */
const headerName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("authorization", "x-sandbox-user", "x-sandbox-scenario", "content-type", "accept", "expect", "upgrade", "__proto__", "constructor", "x-forwarded-for") },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }).map((s) => s.replace(/[\r\n:]/g, "_")) },
);

const target = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("/v2/employees", "/v1/installations/me", "/sandbox/api-keys", "/sandbox/clock", "/v1/subscriptions", "/v3/export-jobs") },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("/v2/employees", "/sandbox/api-keys/", "/v1/vendors/"), text).map(([p, t]) => `${p}?q=${encodeURIComponent(t)}`) },
  { weight: 1, arbitrary: text.map((t) => `/${t.replace(/[\r\n ]/g, "").slice(0, 300)}`) },
);

/** How the body is framed: by length, in chunks, or in chunks whose sizes lie. */
const framing = fc.constantFrom("length", "length", "chunked", "bad-chunked");

function framed(payload: Buffer, how: string): { headers: string[]; bytes: Buffer } {
  if (how === "length") return { headers: [`Content-Length: ${payload.length}`], bytes: payload };
  // A lying size is smaller than the chunk or no number at all: the server notices at once (a larger one would only make it wait).
  const size = how === "chunked" ? payload.length.toString(16) : payload.length > 1 ? (payload.length - 1).toString(16) : "zz";
  const chunk = payload.length === 0 ? Buffer.alloc(0) : Buffer.concat([Buffer.from(`${size}\r\n`), payload, Buffer.from("\r\n")]);
  return { headers: ["Transfer-Encoding: chunked"], bytes: Buffer.concat([chunk, Buffer.from("0\r\n\r\n")]) };
}

const raw = fc.record({
  method: fc.oneof({ weight: 6, arbitrary: method }, { weight: 1, arbitrary: fc.constantFrom("CONNECT", "PRI") }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,8}$/) }),
  framing,
  target,
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
  body,
  keyed: fc.boolean(),
});

describe("the HTTP server under generated requests (fast-check)", () => {
  it(`answers ${RUNS} hand-written requests with a status and, for a refusal, Pleo's bounded JSON; then serves as before`, async () => {
    const prototypes = prototypeSnapshot();
    const full = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
    await fc.assert(
      fc.asyncProperty(raw, async ({ method, target, headers, body, keyed, framing }) => {
        const payload = framed(Buffer.from(body ?? "", "utf8"), framing);
        const lines = [
          `${method} ${target} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          ...(keyed ? [`Authorization: ${full}`] : []),
          ...headers.map(([name, value]) => `${name}: ${value}`),
          ...payload.headers,
          "Connection: close",
        ];
        const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
        const answer = await rawRequest(port, Buffer.concat([head, payload.bytes]));
        expect(answer.status, "a status line").toBeGreaterThanOrEqual(200);
        if (answer.headers["x-sandbox-reason"] !== "not_modelled") expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400 && method !== "HEAD") {
          const error = JSON.parse(answer.body) as { type?: unknown; message?: unknown };
          expect(typeof error.type).toBe("string");
          expect(typeof error.message).toBe("string");
          expect(answer.headers["content-type"]).toBe("application/json;charset=UTF-8");
          expect(answer.bytes).toBeLessThan(Math.max(6_000, 4 * (head.length + payload.bytes.length)));
        }
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
    expect(prototypeSnapshot()).toBe(prototypes);
    const after = await fetch(`${running.url}/v2/employees`, { headers: { authorization: full } });
    expect(after.status).toBe(200);
  });
});
