/**
 * What the chaos features keep lives in the sandbox's state as plain data: the guide saves the state
 * as JSON in sessionStorage and restores it on the next page, so it must survive the round trip.
 */
import { expect, it } from "vitest";
import type { SandboxState } from "../mock-server/core/world/state.ts";
import { call, dataOf, newSandbox } from "./support/call.ts";

it("survives a JSON round trip with rules armed, windows counted, events remembered and a journal", async () => {
  const sandbox = await newSandbox();
  await call(sandbox, "/sandbox/rate-limit", { method: "POST", body: { enabled: true, requestsPerMinute: 2 } });
  await call(sandbox, "/sandbox/faults", { method: "POST", body: { fault: "status=503", probability: 0.5, path: "/v1/companies" } });
  await call(sandbox, "/sandbox/scenarios/active", { method: "POST", body: { scenario: "expired-key", times: 1, companyId: sandbox.fixtures.companies[1]!.id } });
  await call(sandbox, "/sandbox/webhooks/chaos", { method: "POST", body: { mode: "late" } });
  await call(sandbox, "/v2/employees", { key: "full-access" });

  sandbox.state = JSON.parse(JSON.stringify(sandbox.state)) as SandboxState;

  expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(200);
  expect((await call(sandbox, "/v2/employees", { key: "full-access" })).status).toBe(429);
  expect(dataOf<unknown[]>(await call(sandbox, "/sandbox/faults"))).toHaveLength(1);
  expect(dataOf<unknown[]>(await call(sandbox, "/sandbox/webhooks/chaos"))).toHaveLength(1);
  const journal = await call(sandbox, "/sandbox/requests", { query: { path: "/v2/employees" } });
  expect(dataOf<{ status: number }[]>(journal).map((e) => e.status)).toEqual([429, 200, 200]);
});
