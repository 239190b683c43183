/**
 * Contract tests of our sync, against pleo-sandbox: in-process by default, or against the running
 * sandbox at PLEO_SANDBOX_URL (e.g. `npx pleo-sandbox` in the background). One sandbox per test.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { usePleoSandbox } from "pleo-sandbox/testing";
import { createPleoClient } from "../src/pleo-client.js";
import { syncEmployees } from "../src/sync.js";

const url = process.env.PLEO_SANDBOX_URL;

describe(`employee sync (${url ? `against ${url}` : "in-process"})`, () => {
  const pleo = usePleoSandbox({ beforeEach, afterEach, ...(url ? { url } : {}) });
  const sync = (apiKey: string) => syncEmployees(createPleoClient({ apiKey, baseUrl: pleo().baseUrl, fetch: pleo().fetch }));

  it("syncs the company's employees with a key that has users:read", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"] });
    assert.deepEqual(await sync(key.secret), { status: "ok", companyId: key.companyId, employees: 24 });
  });

  it("given an expired key, reports 're-authenticate'", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"], expired: true });
    const result = await sync(key.secret);
    assert.equal(result.status, "re-authenticate");
  });

  it("given a revoked key, reports 're-authenticate'", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"], revoked: true });
    assert.equal((await sync(key.secret)).status, "re-authenticate");
  });

  it("given a key without users:read, names the missing scope", async () => {
    const key = await pleo().mintKey({ scopes: ["companies:read"] });
    const result = await sync(key.secret);
    assert.equal(result.status, "missing-permission");
    assert.match("why" in result ? result.why : "", /Missing scope users:read/);
  });

  it("when API keys are not enabled for the company, says to contact Pleo", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"] });
    pleo().forceScenario("feature-not-enabled");
    assert.equal((await sync(key.secret)).status, "contact-pleo");
  });

  it("with an organisation-level key, syncs every company of the organisation", async () => {
    const key = await pleo().mintKey({ access: "organisation", scopes: ["users:read"] });
    const result = await sync(key.secret);
    assert.equal(result.status, "ok");
    assert.equal("employees" in result ? result.employees : 0, 72);
  });

  it("keeps working until the key's expiry, then asks to re-authenticate", async () => {
    const key = await pleo().mintKey({ scopes: ["users:read"], expiresAt: new Date(Date.now() + 7 * 86_400_000) });
    assert.equal((await sync(key.secret)).status, "ok");
    await pleo().advanceClock("8d");
    assert.equal((await sync(key.secret)).status, "re-authenticate");
  });
});
