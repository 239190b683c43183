/**
 * The guide's "Use it in your CI" example, shown there verbatim: a contract test that
 * runs the Pleo API sandbox in-process with MSW: no port, no process, no network.
 * In your own project: npm install --save-dev pleo-sandbox msw vitest
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createSandbox, resetSandbox } from "pleo-sandbox";
import { createHandlers } from "pleo-sandbox/msw";

const PLEO_API = "https://external.staging.pleo.io";
// Ready-made keys of the sandbox's default world: public demo secrets, never real ones.
const FULL_ACCESS_KEY = "pls_XfIjaGkoME4cyHmlz3YxmzUkAqNeMYcpRNKAH7HR";
const EXPIRED_KEY = "pls_gsLZm9hUrIb04uqU5nrVrY1oFyNpD9QRCOgR4tvW";

const sandbox = await createSandbox();
const server = setupServer(...createHandlers(sandbox, { baseUrl: PLEO_API }));
// onUnhandledRequest "error": a request to anywhere else fails instead of leaving the process.
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => resetSandbox(sandbox));
afterAll(() => server.close());

/** What your integration sends: the key as the Basic username, with an empty password. */
const authorization = (key: string) =>
  `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

it("learns its company_id, then lists that company's employees", async () => {
  const headers = { Authorization: authorization(FULL_ACCESS_KEY) };
  const me = await fetch(`${PLEO_API}/v1/installations/me`, { headers });
  expect(me.status).toBe(200);
  const { resource } = (await me.json()) as { resource: string };
  const companyId = resource.replace("urn:pleo:company:", "");

  const employees = await fetch(
    `${PLEO_API}/v2/employees?companyId=${companyId}&limit=5`,
    { headers },
  );
  expect(employees.status).toBe(200);
  const { data } = (await employees.json()) as { data: { companyId: string }[] };
  expect(data).toHaveLength(5);
  expect(data.every((employee) => employee.companyId === companyId)).toBe(true);
});

it("is told why when the key has expired", async () => {
  const response = await fetch(`${PLEO_API}/v2/employees`, {
    headers: { Authorization: authorization(EXPIRED_KEY) },
  });
  expect(response.status).toBe(401);
  expect(response.headers.get("x-sandbox-reason")).toBe("key_expired");
  expect(await response.json()).toMatchObject({ type: "UNAUTHORIZED" });
});
