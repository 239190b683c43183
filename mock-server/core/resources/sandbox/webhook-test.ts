/**
 * POST /sandbox/webhooks/test: emit a sample event now, as if someone in the web app had started an
 * export or created a vendor. Acts as the X-Sandbox-User (an admin or bookkeeper of the company).
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import type { World, WorldCompany } from "../../world/fixtures.ts";
import { json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { webhookEventTypeValues, type SandboxUser, type Schemas, type WebhookEventType } from "../../../openapi/types.ts";
import type { StoredSubscription } from "../../world/state.ts";
import { deliveryRoom, emitEvent, subscribersOf } from "../../webhooks/emit-event.ts";
import { sampleEventData } from "../../webhooks/sample-events.ts";
import { actingManager, mayActFor } from "../../world/web-app-user.ts";
import { enumOf } from "../../http/enum-of.ts";
import { webhookChaosSpec } from "../shared/webhook-chaos-input.ts";

type WebhookTestRequest = Schemas["WebhookTestRequest"];

export const webhookTestBody = z
  .object({
    subscriptionId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    eventType: enumOf(webhookEventTypeValues).optional(),
    chaos: webhookChaosSpec.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.subscriptionId === undefined) === (body.companyId === undefined)) {
      ctx.addIssue({ code: "custom", message: "send either subscriptionId, or companyId with eventType" });
    } else if (body.companyId !== undefined && body.eventType === undefined) {
      ctx.addIssue({ code: "custom", path: ["eventType"], message: `is required with companyId; use one of ${webhookEventTypeValues.join(", ")}` });
    }
  })
  .transform(asTestRequest);

/** The checked body as the contract types it; the refinement above guarantees companyId and eventType when there is no subscriptionId. */
function asTestRequest({ subscriptionId, companyId, eventType, chaos }: { subscriptionId?: string; companyId?: string; eventType?: WebhookEventType; chaos?: WebhookTestRequest["chaos"] }): WebhookTestRequest {
  if (subscriptionId !== undefined) return { subscriptionId, ...(eventType && { eventType }), ...(chaos && { chaos }) };
  return { companyId: companyId!, eventType: eventType!, ...(chaos && { chaos }) };
}

/** What the test event is about, and the one subscription it is for when the body named one. */
interface Target {
  company: WorldCompany;
  eventType: WebhookEventType;
  subscriptionId?: string;
}

/** Emits a sample event of the company (or the subscription's company) and reports its deliveries. */
export function sendTestEvent({ sandbox, world, headers, now, body }: OperationContext<"sendSandboxTestEvent", never, WebhookTestRequest>): Reply<"sendSandboxTestEvent"> {
  const user = actingManager(headers, world, "start exports or create vendors, so only they can send test events");
  const target = "subscriptionId" in body
    ? bySubscription(body.subscriptionId, body.eventType, user, sandbox.state.subscriptions, world)
    : byCompany(body.companyId, body.eventType, world);
  checkCompany(user, target.company, world);

  const event = { companyId: target.company.id, eventType: target.eventType, subscriptionId: target.subscriptionId };
  const needed = subscribersOf(sandbox, { ...event, data: undefined }).length;
  if (needed > deliveryRoom(sandbox)) throw errors.deliveriesBusy(sandbox.deliveries.running, needed, sandbox.limits.pendingDeliveries);
  const data = sampleEventData(target.eventType, target.company, user.id, now);
  const emitted = emitEvent(sandbox, { companyId: target.company.id, eventType: target.eventType, data, subscriptionId: target.subscriptionId, chaos: body.chaos });
  const result: Schemas["WebhookTestResult"] = { eventId: emitted.eventId, eventType: target.eventType, companyId: target.company.id, data, deliveries: emitted.deliveries };
  return json(202, { data: result });
}

/** The live, ACTIVE subscription's company and event type (its first, unless one was sent); throws otherwise. */
function bySubscription(id: string, sent: WebhookEventType | undefined, user: SandboxUser, subscriptions: StoredSubscription[], world: World): Target {
  const subscription = subscriptions.find((s) => s.id === id && s.deletedAt === undefined);
  if (!subscription) throw errors.notFound("SUBSCRIPTION_NOT_FOUND", "subscription", id);
  if (subscription.status !== "ACTIVE") throw errors.subscriptionInactive(id);
  const eventType = sent ?? subscription.eventTypes[0]!;
  if (!subscription.eventTypes.includes(eventType)) throw errors.subscriptionLacksEventType(id, eventType, subscription.eventTypes);
  // An organisation's subscription hears every company of it; the event is about the user's own.
  const companyId = subscription.owner.type === "company" ? subscription.owner.id : user.companyId;
  const company = world.companies.find((c) => c.id === companyId)!;
  if (subscription.owner.type === "organisation" && company.organisationId !== subscription.owner.id) {
    throw errors.roleInsufficient(`${user.name} is not in organisation ${subscription.owner.id}, which registered subscription ${id}.`);
  }
  return { company, eventType, subscriptionId: id };
}

/** The company named in the body; throws 400 when the world has none by that id. */
function byCompany(companyId: string, eventType: WebhookEventType, world: World): Target {
  const company = world.companies.find((c) => c.id === companyId);
  if (!company) throw errors.invalidRequest(`companyId: no company ${companyId} (GET /sandbox/world lists them).`);
  return { company, eventType };
}

/** Throws unless the company is the user's own, or one of their organisation's for an organisation admin. */
function checkCompany(user: SandboxUser, company: WorldCompany, world: World): void {
  if (mayActFor(user, company, world)) return;
  throw errors.roleInsufficient(`${user.name} works for another company; events of "${company.name}" are sent by its own admins or bookkeepers.`);
}
