/**
 * In MSW mode the sandbox posts webhooks with the test's own fetch, so a partner's test can catch
 * them with an ordinary MSW handler, next to the sandbox's handlers.
 */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHandlers, DEFAULT_BASE_URL } from "../mock-server/adapters/msw.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";
import { expectedSignature } from "./support/receiver.ts";
import { readyMadeKey, userWithRole } from "./support/world.ts";

const sandbox = await createSandbox({ clock: () => NOW, webhooks: { retryDelaysMs: [] } });
const received: Request[] = [];
const server = setupServer(
  ...createHandlers(sandbox),
  http.post("https://erp.example/hooks/pleo", ({ request }) => {
    received.push(request.clone());
    return new HttpResponse(null, { status: 204 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const auth = { authorization: basicAuthorization(readyMadeKey(sandbox, "full-access").secret), "content-type": "application/json" };

it("delivers a signed event through MSW to the test's own handler", async () => {
  const created = await fetch(`${DEFAULT_BASE_URL}/v1/subscriptions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ endpointUrl: "https://erp.example/hooks/pleo", eventTypes: ["v1.vendor.created"] }),
  });
  const { id } = ((await created.json()) as { data: { id: string } }).data;
  const secret = await fetch(`${DEFAULT_BASE_URL}/v1/subscriptions/${id}/secret`, { headers: auth });
  const { secretKey } = ((await secret.json()) as { data: { secretKey: string } }).data;

  const triggered = await fetch(`${DEFAULT_BASE_URL}/sandbox/webhooks/test`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-sandbox-user": userWithRole(sandbox, "Nordlys ApS", "admin").email },
    body: JSON.stringify({ subscriptionId: id }),
  });
  expect(triggered.status).toBe(202);
  await sandbox.deliveries.idle();

  expect(received).toHaveLength(1);
  const delivery = received[0]!;
  const body = await delivery.text();
  const [webhookId, timestamp] = [delivery.headers.get("webhook-id")!, delivery.headers.get("webhook-timestamp")!];
  expect(delivery.headers.get("webhook-signature")).toBe(expectedSignature(secretKey, webhookId, timestamp, body));
  expect(JSON.parse(body)).toMatchObject({ eventType: "v1.vendor.created", data: { name: "Kontorforsyning ApS", defaultCurrency: "DKK" } });
});
