/**
 * The guide's test-kit example, shown there verbatim: a partner's sync function tested with
 * pleo-sandbox/testing, one isolated sandbox per test.
 * In your own project: npm install --save-dev pleo-sandbox msw vitest
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { usePleoSandbox } from "pleo-sandbox/testing";

/** Your integration's code: it takes a fetch, so the test can hand it the sandbox's. */
async function syncEmployees(apiKey: string, fetch: typeof globalThis.fetch) {
  const response = await fetch("https://external.staging.pleo.io/v2/employees?limit=100", {
    headers: { Authorization: `Basic ${btoa(`${apiKey}:`)}` },
  });
  if (response.status === 401) return { status: "re-authenticate" };
  if (response.status === 429) return { status: "retry", after: response.headers.get("retry-after") };
  const { data } = (await response.json()) as { data: unknown[] };
  return { status: "ok", employees: data.length };
}

const pleo = usePleoSandbox({ beforeEach, afterEach });

it("syncs with a key that has users:read", async () => {
  const key = await pleo().mintKey({ scopes: ["users:read"] });
  expect(await syncEmployees(key.secret, pleo().fetch)).toEqual({ status: "ok", employees: 24 });
});

it("given an expired key, the sync reports 're-authenticate'", async () => {
  const key = await pleo().mintKey({ scopes: ["users:read"], expired: true });
  expect(await syncEmployees(key.secret, pleo().fetch)).toEqual({ status: "re-authenticate" });
});

it("when the key expires on the sandbox clock, the next sync asks to re-authenticate", async () => {
  const key = await pleo().mintKey({ scopes: ["users:read"], expiresAt: new Date(Date.now() + 86_400_000) });
  expect((await syncEmployees(key.secret, pleo().fetch)).status).toBe("ok");
  await pleo().advanceClock("2d");
  expect(await syncEmployees(key.secret, pleo().fetch)).toEqual({ status: "re-authenticate" });
  await pleo().expectCalls({ path: "/v2/employees", status: 401 }, 1);
});

it("when Pleo answers 429, the sync says when to retry", async () => {
  const key = pleo().readyMadeKey("full-access");
  pleo().forceScenario("rate-limited", { times: 1 });
  expect(await syncEmployees(key.secret, pleo().fetch)).toEqual({ status: "retry", after: expect.stringMatching(/^\d+$/) });
});
