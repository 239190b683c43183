/**
 * The production client as it is (Pleo's host, the global fetch), answered in-process by MSW's
 * setupServer with pleo-sandbox/msw's handlers.
 */
import assert from "node:assert/strict";
import { after, afterEach, before, it } from "node:test";
import { setupServer } from "msw/node";
import { createSandbox, resetSandbox } from "pleo-sandbox";
import { createHandlers } from "pleo-sandbox/msw";
import { createPleoClient } from "../src/pleo-client.js";
import { syncEmployees } from "../src/sync.js";

const sandbox = await createSandbox();
const server = setupServer(...createHandlers(sandbox));
before(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => resetSandbox(sandbox));
after(() => server.close());

it("syncs with a ready-made key through the unchanged client", async () => {
  const key = sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "users-only")!;
  const result = await syncEmployees(createPleoClient({ apiKey: key.secret }));
  assert.equal(result.status, "ok");
});

it("is told to re-authenticate with the ready-made expired key", async () => {
  const key = sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "expired")!;
  assert.equal((await syncEmployees(createPleoClient({ apiKey: key.secret }))).status, "re-authenticate");
});
