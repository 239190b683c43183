/**
 * Armed scenarios: the catalogue, arming a scenario for a key, a company or everything, and the
 * answer it gives taking the same path as X-Sandbox-Scenario and as the natural failure. The
 * company case runs through the core, MSW and HTTP alike.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { isForceable, scenarios } from "../mock-server/core/scenarios/scenarios.ts";
import { resetSandbox, type Sandbox } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { coreTransport, expressTransport, mswTransport, nodeHttpTransport, type Transport } from "./support/transports.ts";
import { NORDLYS_AB, NORDLYS_APS, readyMadeKey, UNKNOWN_ID } from "./support/world.ts";

async function arm(sandbox: Sandbox, body: Record<string, unknown>): Promise<string> {
  const response = await call(sandbox, "/sandbox/scenarios/active", { method: "POST", body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return dataOf<{ id: string }>(response).id;
}

const forceable = scenarios.filter(isForceable).map((s) => s.id);

describe("the catalogue", () => {
  it("lists every scenario with what it teaches, whether it can be forced, and its answer", async () => {
    const listed = dataOf<{ id: string; teaches: string; forceable: boolean; expected: object }[]>(await call(await newSandbox(), "/sandbox/scenarios"));
    expect(listed.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    expect(listed.find((s) => s.id === "expired-key")).toMatchObject({ forceable: true, teaches: scenarios[0]!.teaches, expected: { status: 401, type: "UNAUTHORIZED", reason: "key_expired" } });
    expect(listed.find((s) => s.id === "export-job-expired")?.forceable).toBe(false);
  });
});

describe("arming", () => {
  it("for every request: Pleo operations answer as if the header had been sent, and say so", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "expired-key" });
    const armed = await call(sandbox, "/v2/employees", { key: "full-access" });
    const header = await call(await newSandbox(), "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "expired-key" } });
    expect([armed.status, armed.headers, armed.body]).toEqual([header.status, header.headers, header.body]);
    expect(armed.headers["x-sandbox-scenario"]).toBe("expired-key");
  });

  it("for one key: other keys are untouched", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "missing-scope", keyId: readyMadeKey(sandbox, "read-only").id });
    expect(refusal(await call(sandbox, "/v2/employees", { key: "read-only" })).reason).toBe("scope_missing");
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
  });

  it("for `times` requests, then it disarms itself", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "revoked-key", times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(sandbox, "/v1/companies", { key: "full-access" })).status);
    expect(statuses).toEqual([401, 401, 200]);
    expect(dataOf(await call(sandbox, "/sandbox/scenarios/active"))).toEqual([]);
  });

  it("gives way to X-Sandbox-Scenario, and is not used up by it", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "expired-key", times: 1 });
    const forced = await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "revoked-key" } });
    expect(refusal(forced).reason).toBe("key_revoked");
    expect(refusal(await call(sandbox, "/v2/employees", { key: "full-access" })).reason).toBe("key_expired");
  });

  it("passes over operations it cannot apply to (missing-scope where no scope is needed)", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "missing-scope", times: 1 });
    expect((await call(sandbox, "/v1/installations/me", { key: "full-access" })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v1/companies", { key: "full-access" })).reason).toBe("scope_missing");
  });

  it("forces a rate limit too", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { scenario: "rate-limited", times: 1 });
    const response = await call(sandbox, "/v1/companies", { key: "full-access" });
    expect([response.status, response.headers["retry-after"]]).toEqual([429, "1"]);
  });

  it("lists, disarms one, disarms all, and is cleared by a reset", async () => {
    const sandbox = await newSandbox();
    const first = await arm(sandbox, { scenario: "expired-key", companyId: NORDLYS_AB });
    await arm(sandbox, { scenario: "revoked-key", times: 3 });
    expect(dataOf(await call(sandbox, "/sandbox/scenarios/active"))).toEqual([
      { id: first, scenario: "expired-key", companyId: NORDLYS_AB, used: 0, armedAt: "2026-11-24T12:00:00Z" },
      { id: expect.any(String), scenario: "revoked-key", times: 3, used: 0, armedAt: "2026-11-24T12:00:00Z" },
    ]);
    expect((await call(sandbox, `/sandbox/scenarios/active/${first}`, { method: "DELETE" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/sandbox/scenarios/active/${first}`, { method: "DELETE" })).status).toBe(404);
    expect((await call(sandbox, "/sandbox/scenarios/active", { method: "DELETE" })).status).toBe(204);
    expect(dataOf(await call(sandbox, "/sandbox/scenarios/active"))).toEqual([]);
    await arm(sandbox, { scenario: "expired-key" });
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
  });

  it.each([
    [{ scenario: "nope" }, errors.armedUnknownScenario("nope", forceable).message],
    [{ scenario: "export-job-expired" }, errors.armedScenarioNotForceable("export-job-expired", forceable).message],
    [{ scenario: "expired-key", keyId: UNKNOWN_ID }, `keyId: no key or OAuth grant ${UNKNOWN_ID} in this sandbox`],
    [{ scenario: "expired-key", companyId: UNKNOWN_ID }, `companyId: no company ${UNKNOWN_ID} in this sandbox`],
    [{ scenario: "expired-key", times: 0 }, "times"],
  ])("refuses %j", async (body, message) => {
    const response = await call(await newSandbox(), "/sandbox/scenarios/active", { method: "POST", body });
    expect(refusal(response).status).toBe(400);
    expect(messageOf(response)).toContain(message);
  });
});

describe("a scenario armed for one company and not another, everywhere", () => {
  let transports: Transport[] = [];
  beforeAll(async () => {
    transports = [await coreTransport(), await mswTransport(), await nodeHttpTransport(), await expressTransport()];
  });
  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close()));
  });

  it("refuses requests about Nordlys AB and answers those about Nordlys ApS, with one organisation key", async () => {
    for (const t of transports) {
      await resetSandbox(t.sandbox);
      const armed = await t.send({
        method: "POST",
        url: "/sandbox/scenarios/active",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scenario: "expired-key", companyId: NORDLYS_AB }),
      });
      expect(armed.status, t.name).toBe(201);
      const authorization = basicAuthorization(readyMadeKey(t.sandbox, "organisation").secret);
      const about = async (companyId: string) => {
        const response = await t.send({ method: "GET", url: `/v2/employees?companyId=${companyId}`, headers: { authorization } });
        return [response.status, response.headers["x-sandbox-reason"], response.headers["x-sandbox-scenario"]];
      };
      expect([await about(NORDLYS_AB), await about(NORDLYS_APS)], t.name).toEqual([
        [401, "key_expired", "expired-key"],
        [200, undefined, undefined],
      ]);
    }
  });
});
