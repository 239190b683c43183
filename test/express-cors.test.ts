/** CORS on the HTTP server, so the guide's pages (any origin) can talk to `npm start`. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { basicAuthorization, pathWithQuery } from "../mock-server/core/scenarios/scenario-request.ts";
import { newSandbox } from "./support/call.ts";
import { readyMadeKey } from "./support/world.ts";

let running: RunningServer;
let fullAccess: string;
beforeAll(async () => {
  const sandbox = await newSandbox();
  fullAccess = readyMadeKey(sandbox, "full-access").secret;
  running = await startServer(sandbox, { port: 0 });
});
afterAll(() => running.close());

const ORIGIN = "http://127.0.0.1:4321";

describe("CORS", () => {
  it("answers a preflight with 204 and the headers the guide sends", async () => {
    const response = await fetch(`${running.url}/sandbox/api-keys/abc`, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "DELETE", "access-control-request-headers": "authorization, x-sandbox-user" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("DELETE");
    const allowed = response.headers.get("access-control-allow-headers")!.toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "x-sandbox-user", "x-sandbox-scenario"]));
  });

  it("lets a page read the status and X-Sandbox-Reason of a refusal", async () => {
    const response = await fetch(running.url + pathWithQuery({ path: "/v1/companies", query: { organization_id: "nope" } }), { headers: { origin: ORIGIN } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("X-Sandbox-Reason");
  });

  it("still sends a bare OPTIONS (no preflight) to the core, which refuses the method", async () => {
    const response = await fetch(`${running.url}/v2/employees`, { method: "OPTIONS", headers: { authorization: basicAuthorization(fullAccess) } });
    expect(response.status).toBe(405);
  });
});
