/**
 * POST /sandbox/webhooks/test: emit a sample event now, as if someone in the web app had started an
 * export or created a vendor. Acts as the X-Sandbox-User (an admin or bookkeeper of the company).
 */
import { z } from "zod";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World, WorldCompany } from "../../world/fixtures.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { webhookEventTypeValues, type SandboxUser, type Schemas, type WebhookEventType } from "../../../openapi/types.ts";
import type { StoredSubscription } from "../../world/state.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { sampleEventData } from "../../webhooks/sample-events.ts";
import { actingManager, mayActFor } from "../../world/web-app-user.ts";
import { enumOf } from "../../http/enum-of.ts";

export const webhookTestBody = z
  .object({
    subscriptionId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    eventType: enumOf(webhookEventTypeValues).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.subscriptionId === undefined) === (body.companyId === undefined)) {
      ctx.addIssue({ code: "custom", message: "send either subscriptionId, or companyId with eventType" });
    } else if (body.companyId !== undefined && body.eventType === undefined) {
      ctx.addIssue({ code: "custom", path: ["eventType"], message: `is required with companyId; use one of ${webhookEventTypeValues.join(", ")}` });
    }
  });
type WebhookTestBody = z.infer<typeof webhookTestBody>;

export function sendTestEvent({ sandbox, world, headers, now, body }: OperationContext<undefined, WebhookTestBody>): SandboxResponse | ApiError {
  const user = actingManager(headers, world, "start exports or create vendors, so only they can send test events");
  if ("reason" in user) return user;
  const target = body.subscriptionId !== undefined ? bySubscription(body.subscriptionId, body.eventType, user, sandbox.state.subscriptions, world) : byCompany(body.companyId!, body.eventType!, world);
  if ("reason" in target) return target;
  const denied = checkCompany(user, target.company, world);
  if (denied) return denied;

  const data = sampleEventData(target.eventType, target.company, user.id, now);
  const emitted = emitEvent(sandbox, { companyId: target.company.id, eventType: target.eventType, data, subscriptionId: body.subscriptionId });
  const result: Schemas["WebhookTestResult"] = { eventId: emitted.eventId, eventType: target.eventType, companyId: target.company.id, data, deliveries: emitted.deliveries };
  return json(202, { data: result });
}

interface Target {
  company: WorldCompany;
  eventType: WebhookEventType;
}

function bySubscription(id: string, sent: WebhookEventType | undefined, user: SandboxUser, subscriptions: StoredSubscription[], world: World): Target | ApiError {
  const subscription = subscriptions.find((s) => s.id === id && s.deletedAt === undefined);
  if (!subscription) return errors.notFound("SUBSCRIPTION_NOT_FOUND", "subscription", id);
  if (subscription.status !== "ACTIVE") return errors.subscriptionInactive(id);
  const eventType = sent ?? subscription.eventTypes[0]!;
  if (!subscription.eventTypes.includes(eventType)) return errors.subscriptionLacksEventType(id, eventType, subscription.eventTypes);
  // An organisation's subscription hears every company of it; the event is about the user's own.
  const companyId = subscription.owner.type === "company" ? subscription.owner.id : user.companyId;
  const company = world.companies.find((c) => c.id === companyId)!;
  if (subscription.owner.type === "organisation" && company.organisationId !== subscription.owner.id) {
    return errors.roleInsufficient(`${user.name} is not in organisation ${subscription.owner.id}, which registered subscription ${id}.`);
  }
  return { company, eventType };
}

function byCompany(companyId: string, eventType: WebhookEventType, world: World): Target | ApiError {
  const company = world.companies.find((c) => c.id === companyId);
  return company ? { company, eventType } : errors.invalidRequest(`companyId: no company ${companyId} (GET /sandbox/world lists them).`);
}

/** The user's own company, or any company of their organisation for an organisation admin. */
function checkCompany(user: SandboxUser, company: WorldCompany, world: World): ApiError | undefined {
  if (mayActFor(user, company, world)) return undefined;
  return errors.roleInsufficient(`${user.name} works for another company; events of "${company.name}" are sent by its own admins or bookkeepers.`);
}
