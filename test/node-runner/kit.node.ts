/** pleo-sandbox/testing under node:test (run by test/testing-kit.test.ts): the kit takes node's hooks as they are. */
import assert from "node:assert/strict";
import { afterEach, beforeEach, it } from "node:test";
import { usePleoSandbox } from "../../mock-server/exports/testing.ts";

const pleo = usePleoSandbox({ beforeEach, afterEach });
let firstKey = "";

it("mints a key and lists employees with it", async () => {
  const key = await pleo().mintKey({ scopes: ["users:read"] });
  firstKey = key.authorization;
  const response = await pleo().fetch("/v2/employees?limit=1", { headers: { authorization: key.authorization } });
  assert.equal(response.status, 200);
});

it("starts the next test from a fresh sandbox", async () => {
  const response = await pleo().fetch("/v2/employees", { headers: { authorization: firstKey } });
  assert.equal(response.status, 401);
  assert.equal(response.headers.get("x-sandbox-reason"), "key_unknown");
});

it("given an expired key, answers 401 key_expired", async () => {
  const key = await pleo().mintKey({ expired: true });
  const response = await pleo().fetch("/v2/employees", { headers: { authorization: key.authorization } });
  assert.equal(response.headers.get("x-sandbox-reason"), "key_expired");
});
