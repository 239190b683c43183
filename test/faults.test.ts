/**
 * Faults in the core: X-Sandbox-Fault on one request, and armed faults filtered by method, path,
 * key and company, with a seeded probability or a count. Adapters act on `delayMs` and `drop`
 * (test/faults-transports.test.ts); here the core's decision is checked as data.
 */
import { describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { NORDLYS_AB, NORDLYS_APS, readyMadeKey, seeded } from "./support/world.ts";

const fault = (value: string) => ({ "x-sandbox-fault": value });

describe("X-Sandbox-Fault", () => {
  it.each([
    ["status=500", 500, "INTERNAL_SERVER_ERROR"],
    ["status=502", 502, "BAD_GATEWAY"],
    ["status=503", 503, "SERVICE_UNAVAILABLE"],
    ["status=504", 504, "GATEWAY_TIMEOUT"],
    ["status=429", 429, "TOO_MANY_REQUESTS"],
  ])("%s answers %i in Pleo's error shape and says which fault it was", async (header, status, type) => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: fault(header) });
    expect(refusal(response)).toEqual({ status, type, reason: status === 429 ? "rate_limited" : "fault_injected" });
    expect(response.headers["x-sandbox-fault"]).toBe(header);
    expect(response.drop).toBeUndefined();
  });

  it("sends Retry-After where Pleo would: on 503 and 429, not on 500", async () => {
    const sandbox = await newSandbox();
    const retryAfter = async (header: string) => (await call(sandbox, "/v2/employees", { key: "full-access", headers: fault(header) })).headers["retry-after"];
    expect(await retryAfter("status=503")).toBe("1");
    expect(await retryAfter("status=429")).toBe("1");
    expect(await retryAfter("status=500")).toBeUndefined();
  });

  it("answers a 5xx before the key is even checked, as Pleo's gateway would", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "pls_nobody", headers: fault("status=503") });
    expect(response.status).toBe(503);
  });

  it("adds latency to the normal answer, for the adapter to wait out", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: fault("latency=800ms") });
    expect(response.status).toBe(200);
    expect(response.delayMs).toBe(800);
    expect(response.headers["x-sandbox-fault"]).toBe("latency=800ms");
  });

  it("adds latency to refusals too, and combines it with a status", async () => {
    const sandbox = await newSandbox();
    const refused = await call(sandbox, "/v2/employees", { key: "expired", headers: fault("latency=2s") });
    expect([refused.status, refused.delayMs]).toEqual([401, 2000]);
    const both = await call(sandbox, "/v2/employees", { key: "full-access", headers: fault("status=503, latency=800ms") });
    expect([both.status, both.delayMs, both.headers["x-sandbox-fault"]]).toEqual([503, 800, "latency=800ms,status=503"]);
  });

  it.each(["reset", "timeout"] as const)("marks %s for the adapter, with a stand-in answer for callers of handle()", async (drop) => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: fault(drop) });
    expect(response.drop).toBe(drop);
    expect(response.body).toEqual({ type: drop === "reset" ? "CONNECTION_RESET" : "NO_ANSWER", message: (drop === "reset" ? errors.faultReset() : errors.faultTimeout()).message });
  });

  it.each([
    ["status=418", "status 418 is not one a fault answers"],
    ["latency=999999ms", "latency 999999 ms is over 120000 ms"],
    ["latency=5", '"latency=5" is not latency=<n>ms, status=<code>, reset or timeout'],
    ["reset,timeout", "it gives more than one of status, reset and timeout"],
    [" , ", "it is empty"],
  ])("refuses %j with a 400 that shows how to write one", async (header, problem) => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/v2/employees", { key: "full-access", headers: fault(header) });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(response)).toBe(errors.invalidFault("X-Sandbox-Fault", header, problem).message);
  });

  it("does not apply to the control plane, so a fault can always be disarmed", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/sandbox/faults", { headers: fault("status=503") });
    expect(response.status).toBe(200);
    expect(response.headers["x-sandbox-fault"]).toBeUndefined();
  });
});

/** Arms a fault and returns its id. */
async function arm(sandbox: Awaited<ReturnType<typeof newSandbox>>, body: Record<string, unknown>): Promise<string> {
  const response = await call(sandbox, "/sandbox/faults", { method: "POST", body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return dataOf<{ id: string }>(response).id;
}

describe("armed faults", () => {
  it("apply to every Pleo operation without a filter, and are listed with their uses", async () => {
    const sandbox = await newSandbox();
    const id = await arm(sandbox, { fault: "status=503" });
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(503);
    expect((await call(sandbox, "/v1/companies", { key: "full-access" })).headers["x-sandbox-fault"]).toBe("status=503");
    expect(dataOf(await call(sandbox, "/sandbox/faults"))).toEqual([
      { id, fault: "status=503", probability: 1, seed: 1, used: 2, armedAt: "2026-11-24T12:00:00Z" },
    ]);
  });

  it("filter by method and path (a pattern or the contract's template)", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { fault: "status=500", method: "GET", path: "/v2/employees/{employeeId}" });
    await arm(sandbox, { fault: "status=502", path: "/v1/comp*" });
    const employee = seeded.employees.find((e) => e.companyId === NORDLYS_APS)!;
    expect((await call(sandbox, `/v2/employees/${employee.id}`, { key: "full-access" })).status).toBe(500);
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
    expect((await call(sandbox, "/v1/companies", { key: "full-access" })).status).toBe(502);
  });

  it("filter by key and by company", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { fault: "status=503", keyId: readyMadeKey(sandbox, "read-only").id });
    await arm(sandbox, { fault: "status=504", companyId: NORDLYS_AB });
    expect((await call(sandbox, "/v2/employees", { key: "read-only" })).status).toBe(503);
    expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
    expect((await call(sandbox, "/v2/employees", { key: "organisation", query: { companyId: NORDLYS_AB } })).status).toBe(504);
    expect((await call(sandbox, "/v2/employees", { key: "organisation", query: { companyId: NORDLYS_APS } })).status).toBe(200);
  });

  it("apply `times` times, then disarm themselves", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { fault: "status=503", times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(sandbox, "/v2/employees", { key: "full-access" })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(dataOf(await call(sandbox, "/sandbox/faults"))).toEqual([]);
  });

  it("fire with their probability, drawn from a seeded generator: the same seed repeats the run", async () => {
    const run = async (seed: number) => {
      const sandbox = await newSandbox();
      await arm(sandbox, { fault: "status=503", probability: 0.3, seed });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await call(sandbox, "/v1/companies", { key: "full-access" })).status);
      return statuses;
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(40);
  });

  it("give way to the header", async () => {
    const sandbox = await newSandbox();
    await arm(sandbox, { fault: "status=503" });
    expect((await call(sandbox, "/v2/employees", { key: "full-access", headers: fault("status=500") })).status).toBe(500);
  });

  it("are disarmed one by one or all at once, and by a reset", async () => {
    const sandbox = await newSandbox();
    const first = await arm(sandbox, { fault: "status=503" });
    await arm(sandbox, { fault: "latency=10ms" });
    expect((await call(sandbox, `/sandbox/faults/${first}`, { method: "DELETE" })).status).toBe(204);
    expect(refusal(await call(sandbox, `/sandbox/faults/${first}`, { method: "DELETE" }))).toEqual({ status: 404, type: "NOT_FOUND", reason: "not_found" });
    expect(dataOf<{ fault: string }[]>(await call(sandbox, "/sandbox/faults")).map((f) => f.fault)).toEqual(["latency=10ms"]);
    expect((await call(sandbox, "/sandbox/faults", { method: "DELETE" })).status).toBe(204);
    await arm(sandbox, { fault: "reset" });
    await call(sandbox, "/sandbox/reset", { method: "POST" });
    expect(dataOf(await call(sandbox, "/sandbox/faults"))).toEqual([]);
  });

  it.each([
    [{ fault: "status=418" }, "fault"],
    [{ fault: "reset", probability: 0 }, "probability"],
    [{ fault: "reset", keyId: "00000000-0000-4000-8000-000000000001" }, "keyId"],
    [{ fault: "reset", path: "v2/employees" }, "path"],
    [{ fault: "reset", colour: "red" }, "colour"],
  ])("refuses %j", async (body, field) => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/sandbox/faults", { method: "POST", body });
    expect(refusal(response).status).toBe(400);
    expect(messageOf(response)).toContain(field);
  });
});
