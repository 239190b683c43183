/**
 * Every scenario file, run as a partner would: its setup steps, then its natural request, on a fresh
 * default sandbox; key scenarios also forced. State scenarios cannot be forced by the header.
 */
import { describe, expect, it } from "vitest";
import { scenarios, type RequestSpec } from "../mock-server/core/scenarios.ts";
import type { Sandbox } from "../mock-server/core/state.ts";
import { basic, call, newSandbox, refusal, secretOf } from "./support/call.ts";

function authorization(spec: RequestSpec, sandbox: Sandbox): string | undefined {
  const credential = spec.credential;
  if (credential === null) return undefined;
  if ("header" in credential) return credential.header;
  if ("secret" in credential) return basic(credential.secret);
  const secret = secretOf(sandbox, credential.key);
  return credential.scheme === "bearer" ? `Bearer ${secret}` : credential.scheme === "raw" ? `Basic ${secret}` : basic(secret);
}

async function send(sandbox: Sandbox, spec: RequestSpec, headers: Record<string, string> = {}) {
  const auth = authorization(spec, sandbox);
  return call(sandbox, spec.path, { method: spec.method, query: spec.query, body: spec.body, headers: { ...headers, ...(auth && { authorization: auth }) } });
}

async function prepared(setup: RequestSpec[]): Promise<Sandbox> {
  const sandbox = await newSandbox();
  for (const step of setup) expect((await send(sandbox, step)).status, `setup ${step.method} ${step.path}`).toBeLessThan(300);
  return sandbox;
}

describe.each(scenarios.map((s) => [s.id, s] as const))("scenario %s", (_id, scenario) => {
  it("fails as expected on its own, after its setup", async () => {
    expect(refusal(await send(await prepared(scenario.setup), scenario.natural))).toEqual(scenario.expected);
  });

  if (scenario.forced) {
    const forced = scenario.forced;
    it("lets its forced request succeed without the header, and fail with it", async () => {
      expect((await send(await prepared(scenario.setup), forced)).status).toBeLessThan(300);
      const response = await send(await prepared(scenario.setup), forced, { "x-sandbox-scenario": scenario.id });
      expect(refusal(response)).toEqual(scenario.expected);
    });
  } else {
    it("cannot be forced by the header (it comes from state)", async () => {
      const response = await send(await newSandbox(), { method: "GET", path: "/v2/employees", query: {}, credential: { key: "full-access", scheme: "basic" } }, { "x-sandbox-scenario": scenario.id });
      expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
      expect((response.body as { message: string }).message).toContain("cannot force");
    });
  }
});

describe("state scenarios need their state", () => {
  it("export-job-expired succeeds without its setup (the job is still within its hour)", async () => {
    const scenario = scenarios.find((s) => s.id === "export-job-expired")!;
    expect((await send(await newSandbox(), scenario.natural)).status).toBe(200);
  });
});
