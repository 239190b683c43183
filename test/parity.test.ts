/**
 * Every scenario file, and a tour of the control plane, through the core, MSW (setupServer) and
 * the HTTP server's two adapters, node:http and Express (127.0.0.1): the same status, the headers
 * that matter, and the same body.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxRequest, SandboxResponse } from "../mock-server/core/http/http.ts";
import { pathWithQuery, toPlainRequest } from "../mock-server/core/scenarios/scenario-request.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { scenarios, type RequestSpec } from "../mock-server/core/scenarios/scenarios.ts";
import { resetSandbox } from "../mock-server/core/world/state.ts";
import { contractProblems } from "./support/contract.ts";
import { coreTransport, expressTransport, mswTransport, nodeHttpTransport, type Transport } from "./support/transports.ts";
import { companyNamed, readyMadeKey, userWithRole } from "./support/world.ts";

const HEADERS_THAT_MATTER = ["content-type", "x-sandbox-reason", "x-sandbox-scenario", "allow", "location"];

let transports: Transport[] = [];
beforeAll(async () => {
  transports = [await coreTransport(), await mswTransport(), await nodeHttpTransport(), await expressTransport()];
});
afterAll(async () => {
  await Promise.all(transports.map((t) => t.close()));
});

function visible(response: SandboxResponse) {
  const headers = Object.fromEntries(HEADERS_THAT_MATTER.flatMap((h) => (response.headers[h] === undefined ? [] : [[h, response.headers[h]]])));
  return { status: response.status, headers, body: response.body };
}

function toRequest(spec: RequestSpec, transport: Transport, forceScenario?: string): SandboxRequest {
  const { method, path, headers, body } = toPlainRequest(spec, transport.sandbox.fixtures.readyMadeKeys, forceScenario);
  return { method, url: path, headers, body };
}

/** Sends the same request through every transport and returns what each saw. */
async function everywhere(build: (t: Transport) => SandboxRequest) {
  const results = [];
  for (const transport of transports) {
    const request = build(transport);
    const response = await transport.send(request);
    expect(contractProblems(request.method, request.url, response), `${transport.name}: ${request.method} ${request.url}`).toEqual([]);
    results.push(visible(response));
  }
  return results;
}

function expectSame(results: ReturnType<typeof visible>[]) {
  const [core, ...others] = results;
  for (const other of others) expect(other).toEqual(core);
}

/** Puts every transport's sandbox back to the seeded world, then sends the scenario's setup steps. */
async function freshWith(setup: RequestSpec[]) {
  for (const transport of transports) {
    await resetSandbox(transport.sandbox);
    for (const step of setup) expect((await transport.send(toRequest(step, transport))).status, `${transport.name}: setup ${step.path}`).toBeLessThan(300);
  }
}

describe.each(scenarios.map((s) => [s.id, s] as const))("scenario %s", (_id, scenario) => {
  it("answers alike everywhere, naturally", async () => {
    await freshWith(scenario.setup);
    const results = await everywhere((t) => toRequest(scenario.natural, t));
    expectSame(results);
    expect(results[0]!.status).toBe(scenario.expected.status);
    expect(results[0]!.headers["x-sandbox-reason"]).toBe(scenario.expected.reason);
  });

  // State scenarios (no `forced`) come from the sandbox's state and cannot be forced by the header.
  if (scenario.forced) {
    const forced = scenario.forced;
    it("answers alike everywhere, forced", async () => {
      await freshWith(scenario.setup);
      const results = await everywhere((t) => toRequest(forced, t, scenario.id));
      expectSame(results);
      expect(results[0]!.headers["x-sandbox-reason"]).toBe(scenario.expected.reason);
    });
  }
});

describe("the control plane and the edges", () => {
  const admin = (t: Transport) => userWithRole(t.sandbox, "Nordlys ApS", "admin").id;
  it.each<[string, (t: Transport) => SandboxRequest]>([
    ["world", () => ({ method: "GET", url: "/sandbox/world", headers: {} })],
    ["key list", (t) => ({ method: "GET", url: "/sandbox/api-keys", headers: { "x-sandbox-user": admin(t) } })],
    ["clock", () => ({ method: "GET", url: "/sandbox/clock", headers: {} })],
    ["a bad key request", (t) => ({ method: "POST", url: "/sandbox/api-keys", headers: { "x-sandbox-user": admin(t), "content-type": "application/json" }, body: '{"name":""}' })],
    ["malformed JSON", (t) => ({ method: "POST", url: "/sandbox/api-keys", headers: { "x-sandbox-user": admin(t), "content-type": "application/json" }, body: "{nope" })],
    ["a wrong content type", (t) => ({ method: "POST", url: "/sandbox/api-keys", headers: { "x-sandbox-user": admin(t), "content-type": "text/plain" }, body: "{}" })],
    ["an unknown route", () => ({ method: "GET", url: "/v1/nothing-here", headers: {} })],
    ["a wrong method", () => ({ method: "PUT", url: "/v2/employees", headers: {} })],
    ["an unknown scenario", () => ({ method: "GET", url: "/v2/employees", headers: { "x-sandbox-scenario": "nope" } })],
    ["a page of employees", (t) => ({
      method: "GET",
      url: pathWithQuery({ path: "/v2/employees", query: { limit: "3", sorting_keys: "lastName", sorting_order: "DESC" } }),
      headers: { authorization: basicAuthorization(readyMadeKey(t.sandbox, "full-access").secret) },
    })],
  ])("answers %s alike everywhere", async (_what, build) => {
    expectSame(await everywhere(build));
  });

  it("creates keys that work everywhere, differing only in id and secret", async () => {
    const results = await everywhere((t) => ({
      method: "POST",
      url: "/sandbox/api-keys",
      headers: { "x-sandbox-user": admin(t), "content-type": "application/json" },
      body: JSON.stringify({ name: "parity", expiresAt: "2027-01-01T00:00:00Z", accessLevel: { type: "company", companyId: companyNamed(t.sandbox, "Nordlys ApS").id }, scopes: ["users:read"] }),
    }));
    const anonymous = results.map((r) => ({ ...r, body: { ...(r.body as { data: object }).data, id: "*", key: "*" } }));
    expectSame(anonymous);
  });
});
