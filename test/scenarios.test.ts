/** The scenario catalogue: complete, valid, and each scenario answers as it says, naturally and forced. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { toPlainRequest } from "../mock-server/core/scenarios/scenario-request.ts";
import { isForceable, scenarioSchema, scenarios, type RequestSpec } from "../mock-server/core/scenarios/scenarios.ts";
import { call, newSandbox, refusal } from "./support/call.ts";

/** The ids X-Sandbox-Scenario accepts. */
const forceable = scenarios.filter(isForceable).map((s) => s.id);

describe("the catalogue", () => {
  it("lists every scenarios/*.json file in scenarios/index.ts", () => {
    const files = readdirSync(new URL("../scenarios/", import.meta.url)).filter((f) => f.endsWith(".json"));
    expect(scenarios.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
  });

  it("has the four scenarios the product is built around", () => {
    expect(scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(["expired-key", "missing-scope", "wrong-company-id", "feature-not-enabled"]));
  });
});

/** Sends `spec` on a fresh sandbox, after the scenario's setup steps (if any), forcing `forceScenario` if given. */
async function send(spec: RequestSpec, forceScenario?: string, setup: RequestSpec[] = []) {
  const sandbox = await newSandbox();
  const one = (s: RequestSpec, force?: string) => {
    const { method, path, headers, body } = toPlainRequest(s, sandbox.fixtures.readyMadeKeys, force);
    return call(sandbox, path, { method, headers, body });
  };
  for (const step of setup) expect((await one(step)).status, `setup ${step.method} ${step.path}`).toBeLessThan(300);
  return one(spec, forceScenario);
}

describe.each(scenarios.map((s) => [s.id, s] as const))("scenario %s", (_id, scenario) => {
  it("fails as expected on its own (after its setup)", async () => {
    expect(refusal(await send(scenario.natural, undefined, scenario.setup))).toEqual(scenario.expected);
  });

  if (scenario.forced) {
    const forced = scenario.forced;
    it("lets its forced request succeed without the header", async () => {
      expect((await send(forced, undefined, scenario.setup)).status).toBeLessThan(300);
    });

    it("fails the same way when forced, and says it was forced", async () => {
      const response = await send(forced, scenario.id, scenario.setup);
      expect(refusal(response)).toEqual(scenario.expected);
      expect(response.headers["x-sandbox-scenario"]).toBe(scenario.id);
    });
  } else {
    it("cannot be forced: it comes from the sandbox's state", async () => {
      const employees: RequestSpec = { method: "GET", path: "/v2/employees", query: {}, credential: { key: "full-access", scheme: "basic" } };
      const response = await send(employees, scenario.id);
      expect(response.body).toEqual({ type: "VALIDATION_FAILED", message: errors.scenarioNotForceable(scenario.id, forceable).message });
    });
  }
});

describe("forcing", () => {
  it("answers 400 listing the valid ids for an unknown scenario", async () => {
    const response = await send(scenarios[0]!.forced!, "nope");
    expect(response.body).toEqual({ type: "VALIDATION_FAILED", message: errors.unknownScenario("nope", forceable).message });
    expect(response.headers["x-sandbox-scenario"]).toBeUndefined();
  });

  it("explains when a scenario cannot apply to the operation", async () => {
    const response = await send({ method: "GET", path: "/v1/installations/me", query: {}, credential: { key: "full-access", scheme: "basic" } }, "missing-scope");
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

describe("the scenario schema", () => {
  it("wants both forced and effect (a key scenario) or neither (a state scenario)", () => {
    const { effect: _effect, ...withoutEffect } = scenarios.find((s) => s.forced)!;
    expect(scenarioSchema.safeParse(withoutEffect).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...scenarios.find((s) => !s.forced)!, effect: "key_expired" }).success).toBe(false);
  });
});
