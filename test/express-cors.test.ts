/** CORS on the HTTP server: the guide's origins (and those allowed) may call it from a page; no other page may. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { pathWithQuery } from "../mock-server/core/scenarios/scenario-request.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { newSandbox } from "./support/call.ts";
import { readyMadeKey } from "./support/world.ts";

let running: RunningServer;
let sandbox: Sandbox;
let fullAccess: string;
beforeAll(async () => {
  sandbox = await newSandbox();
  fullAccess = readyMadeKey(sandbox, "full-access").secret;
  running = await startServer(sandbox, { port: 0, corsOrigins: ["http://127.0.0.1:4321", "https://guide.example"] });
});
afterAll(() => running.close());

const GUIDE = "http://127.0.0.1:4321";
const OTHER = "http://127.0.0.1:8080";

describe("CORS", () => {
  it("answers an allowed origin's preflight with 204 and the headers the guide sends", async () => {
    const response = await fetch(`${running.url}/sandbox/api-keys/abc`, {
      method: "OPTIONS",
      headers: { origin: GUIDE, "access-control-request-method": "DELETE", "access-control-request-headers": "authorization, x-sandbox-user" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(GUIDE);
    expect(response.headers.get("vary")).toContain("Origin");
    expect(response.headers.get("access-control-allow-methods")).toContain("DELETE");
    const allowed = response.headers.get("access-control-allow-headers")!.toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "x-sandbox-user", "x-sandbox-scenario"]));
  });

  it("lets an allowed page read the status and X-Sandbox-Reason of a refusal", async () => {
    const response = await fetch(running.url + pathWithQuery({ path: "/v1/companies", query: { organization_id: "nope" } }), { headers: { origin: "https://guide.example" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://guide.example");
    expect(response.headers.get("access-control-expose-headers")).toContain("X-Sandbox-Reason");
  });

  it("refuses another origin's preflight, and its simple requests before they change anything", async () => {
    const preflight = await fetch(`${running.url}/sandbox/api-keys`, { method: "OPTIONS", headers: { origin: OTHER, "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(await preflight.json()).toEqual({ type: "ACCESS_DENIED", message: errors.originNotAllowed().message });

    await fetch(`${running.url}/sandbox/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"advanceSeconds":86400}' });
    const offset = sandbox.state.clock.offsetMs;
    const reset = await fetch(`${running.url}/sandbox/reset`, { method: "POST", headers: { origin: OTHER } });
    expect(reset.status).toBe(403);
    expect(reset.headers.get("x-sandbox-reason")).toBe("origin_not_allowed");
    expect(sandbox.state.clock.offsetMs).toBe(offset); // not reset
    const nullOrigin = await fetch(`${running.url}/sandbox/world`, { headers: { origin: "null" } });
    expect(nullOrigin.status).toBe(403);
  });

  it("serves tools that send no Origin, and still sends a bare OPTIONS (no preflight) to the core", async () => {
    expect((await fetch(`${running.url}/sandbox/world`)).headers.get("access-control-allow-origin")).toBeNull();
    const response = await fetch(`${running.url}/v2/employees`, { method: "OPTIONS", headers: { authorization: basicAuthorization(fullAccess) } });
    expect(response.status).toBe(405);
  });
});
