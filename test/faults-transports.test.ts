/**
 * Each fault as a client meets it, in-process (MSW's setupServer, fetch) and over HTTP (the Node
 * server on 127.0.0.1): latency delays one answer without holding up others, a status is an
 * ordinary answer, reset is a network error, and timeout never answers before the client gives up.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandlers } from "../mock-server/adapters/msw.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { readyMadeKey, seeded } from "./support/world.ts";

const MSW_BASE = "https://external.staging.pleo.io";
const AUTH = { authorization: basicAuthorization(readyMadeKey(seeded, "full-access").secret) };

let running: RunningServer;
let mswServer: ReturnType<typeof setupServer>;
beforeAll(async () => {
  running = await startServer(await createSandbox(), { port: 0, host: "127.0.0.1" });
  mswServer = setupServer(...createHandlers(await createSandbox()));
  mswServer.listen({ onUnhandledRequest: "bypass" });
});
afterAll(async () => {
  mswServer.close();
  await running.close();
});

const transports = () => [
  ["MSW", MSW_BASE],
  ["HTTP", running.url],
] as const;

describe.each(["MSW", "HTTP"] as const)("over %s", (name) => {
  const base = () => transports().find(([n]) => n === name)![1];
  const get = (fault?: string, init: RequestInit = {}) =>
    fetch(`${base()}/v1/companies`, { ...init, headers: { ...AUTH, ...(fault && { "x-sandbox-fault": fault }) } });

  it("status=503 is an answer with Pleo's body and Retry-After", async () => {
    const response = await get("status=503");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(response.headers.get("x-sandbox-fault")).toBe("status=503");
    expect(((await response.json()) as { type: string }).type).toBe("SERVICE_UNAVAILABLE");
  });

  it("latency delays its own answer and no other: a plain request sent after it is answered first", async () => {
    const order: string[] = [];
    const slow = get("latency=1500ms").then(async (r) => order.push(`slow ${r.status} ${r.headers.get("x-sandbox-fault")}`));
    const quick = get().then(async (r) => order.push(`quick ${r.status}`));
    await Promise.all([slow, quick]);
    expect(order).toEqual(["quick 200", "slow 200 latency=1500ms"]);
  });

  it("reset fails the request with a network error (no answer at all)", async () => {
    const error = await get("reset").then(() => undefined, (cause: unknown) => cause);
    expect(error).toBeInstanceOf(TypeError);
  });

  it("timeout gives no answer before the client's own limit", async () => {
    const error = await get("timeout", { signal: AbortSignal.timeout(300) }).then(() => undefined, (cause: unknown) => cause);
    expect((error as Error).name).toBe("TimeoutError");
  });

  it("leaves the sandbox answering after a reset and a timeout", async () => {
    expect((await get()).status).toBe(200);
  });
});
