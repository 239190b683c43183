/** The scenario catalogue: complete, valid, and each scenario answers as it says, naturally and forced. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/errors.ts";
import { scenarioSchema, scenarios, type RequestSpec } from "../mock-server/core/scenarios.ts";
import { call, newSandbox, refusal } from "./support/call.ts";
import { toHeaders } from "./support/scenario-request.ts";

describe("the catalogue", () => {
  it("lists every scenarios/*.json file in scenarios/index.ts", () => {
    const files = readdirSync(new URL("../scenarios/", import.meta.url)).filter((f) => f.endsWith(".json"));
    expect(scenarios.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
  });

  it("has the four scenarios the product is built around", () => {
    expect(scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(["expired-key", "missing-scope", "wrong-company-id", "feature-not-enabled"]));
  });
});

async function send(spec: RequestSpec, extra: Record<string, string> = {}) {
  const sandbox = await newSandbox();
  return call(sandbox, spec.path, { method: spec.method, query: spec.query, headers: { ...toHeaders(spec, sandbox.fixtures), ...extra }, body: spec.body });
}

describe.each(scenarios.map((s) => [s.id, s] as const))("scenario %s", (_id, scenario) => {
  it("fails as expected on its own", async () => {
    expect(refusal(await send(scenario.natural))).toEqual(scenario.expected);
  });
});

/** Scenarios with a forced request and an effect; the others come from the data a request sends. */
const forceable = scenarios.flatMap((s) => (s.forced && s.effect ? [[s.id, { ...s, forced: s.forced }] as const] : []));
const dataBased = scenarios.filter((s) => !s.forced);

describe.each(forceable)("forced scenario %s", (_id, scenario) => {
  it("lets its forced request succeed without the header", async () => {
    expect((await send(scenario.forced)).status).toBeLessThan(300);
  });

  it("fails the same way when forced, and says it was forced", async () => {
    const response = await send(scenario.forced, { "x-sandbox-scenario": scenario.id });
    expect(refusal(response)).toEqual(scenario.expected);
    expect(response.headers["x-sandbox-scenario"]).toBe(scenario.id);
  });
});

describe("scenarios that come from the data sent", () => {
  it("include a duplicate externalId, and every other scenario can be forced", () => {
    expect(dataBased.map((s) => s.id)).toEqual(["duplicate-external-id"]);
    expect(forceable.length + dataBased.length).toBe(scenarios.length);
  });

  it("must leave out both forced and effect, not one", () => {
    const { effect: _effect, ...withoutEffect } = forceable[0]![1];
    expect(scenarioSchema.safeParse(withoutEffect).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...dataBased[0], effect: "key_expired" }).success).toBe(false);
  });

  it.each(dataBased.map((s) => [s.id]))("%s answers 400 when forced: no key change causes it", async (id) => {
    const response = await send(forceable[0]![1].forced, { "x-sandbox-scenario": id });
    expect(response.body).toEqual({ type: "VALIDATION_FAILED", message: errors.scenarioNotForceable(id).message });
  });
});

describe("forcing", () => {
  it("answers 400 listing the valid ids for an unknown scenario", async () => {
    const response = await send(forceable[0]![1].forced, { "x-sandbox-scenario": "nope" });
    expect(response.body).toEqual({ type: "VALIDATION_FAILED", message: errors.unknownScenario("nope", scenarios.map((s) => s.id)).message });
    expect(response.headers["x-sandbox-scenario"]).toBeUndefined();
  });

  it("explains when a scenario cannot apply to the operation", async () => {
    const response = await send({ method: "GET", path: "/v1/installations/me", query: {}, credential: { key: "full-access", scheme: "basic" } }, { "x-sandbox-scenario": "missing-scope" });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("does not apply to the control plane", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/sandbox/clock", { headers: { "x-sandbox-scenario": "expired-key" } });
    expect(response.status).toBe(200);
    expect(response.headers["x-sandbox-scenario"]).toBeUndefined();
  });

  it("does not change the stored key", async () => {
    const sandbox = await newSandbox();
    await call(sandbox, "/v2/employees", { key: "full-access", headers: { "x-sandbox-scenario": "expired-key" } });
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
  });

  it("forces wrong-company-id on an organisation key too", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "organisation", headers: { "x-sandbox-scenario": "wrong-company-id" } });
    expect(refusal(response).reason).toBe("company_not_covered");
  });
});
