/** What the subscription routes accept: Pleo's SubscriptionRequest and list filters, checked with zod. */
import { shown } from "../../http/shown.ts";
import { z } from "zod";
import { pagedQuery } from "../../http/pagination.ts";
import {
  endpointAuthTypeValues,
  subscriptionOperationTypeValues,
  subscriptionStatusValues,
  webhookEventTypeValues,
  type WebhookEventType,
} from "../../../openapi/types.ts";
import { enumOf } from "../../http/enum-of.ts";
import { queryList } from "../../http/query.ts";

/** Pleo's older spelling of the export-job event, refused with a pointer to the current one. */
const OLD_SPELLINGS: Record<string, WebhookEventType> = { "v1.export.job-created": "v1.export-job.created" };
/** Headers the sender sets itself; a custom header may not replace them. */
const RESERVED_HEADERS = ["content-type", "content-length", "host", "webhook-id", "webhook-timestamp", "webhook-signature"];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isWebhookEventType(value: string): value is WebhookEventType {
  return (webhookEventTypeValues as readonly string[]).includes(value);
}

/** Why `sent` is not an event type, pointing from an older spelling to the current one. */
function unknownEventType(sent: string): string {
  const current = OLD_SPELLINGS[sent];
  return current
    ? `${shown(sent)} is an older spelling; subscribe to "${current}"`
    : `unknown event type ${shown(sent)}; use one of ${webhookEventTypeValues.join(", ")}`;
}

const eventType = z.string().refine(isWebhookEventType, { error: (issue) => unknownEventType(String(issue.input)) });

const endpointUrl = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) {
    ctx.addIssue({ code: "custom", message: `must be an absolute http(s) URL such as https://example.com/webhooks/pleo; got "${value}"` });
  }
});

const customHeaders = z.record(z.string(), z.string()).superRefine((headers, ctx) => {
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) ctx.addIssue({ code: "custom", path: [name], message: "is not a valid HTTP header name" });
    else if (RESERVED_HEADERS.includes(name.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: [name], message: `is set by the webhook sender itself (${RESERVED_HEADERS.join(", ")}); pick another name` });
    }
    if (/[\r\n\0]/.test(value)) ctx.addIssue({ code: "custom", path: [name], message: "must not contain line breaks or NUL" });
  }
});

/**
 * Pleo's `EndpointAuth`: NONE sends nothing, BASIC sends username and password. Credentials the type
 * does not send are refused, so none is stored and echoed while deliveries ignore it.
 */
const endpointAuth = z
  .object({
    type: enumOf(endpointAuthTypeValues).default("NONE"),
    credentials: z.object({ username: z.string().optional(), password: z.string().optional(), token: z.string().optional() }).optional(),
  })
  .superRefine((auth, ctx) => {
    const credentials = auth.credentials ?? {};
    if (credentials.token !== undefined) {
      ctx.addIssue({
        code: "custom", path: ["credentials", "token"],
        message: `no endpointAuth.type sends a token (Pleo's types are ${endpointAuthTypeValues.join(" and ")}); to send a bearer token, set customHeaders {"Authorization": "Bearer <token>"} with type NONE`,
      });
    }
    if (auth.type === "BASIC" && !credentials.username) {
      ctx.addIssue({ code: "custom", path: ["credentials", "username"], message: "BASIC needs credentials.username (and usually credentials.password)" });
    }
    if (auth.type === "NONE" && (credentials.username !== undefined || credentials.password !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["credentials"], message: "NONE sends no credentials; set type BASIC to send username and password" });
    }
  });

/** Pleo's SubscriptionRequest, for create and for the full replacement PUT. */
export const subscriptionBody = z
  .object({
    endpointUrl,
    eventTypes: z
      .array(eventType)
      .min(1, `subscribe to at least one event type (${webhookEventTypeValues.join(", ")})`)
      .refine((types) => new Set(types).size === types.length, "lists an event type twice"),
    customHeaders: customHeaders.optional(),
    endpointAuth: endpointAuth.optional(),
    status: enumOf(subscriptionStatusValues).default("ACTIVE"),
  })
  .superRefine((body, ctx) => {
    const usesAuth = body.endpointAuth !== undefined && body.endpointAuth.type !== "NONE";
    if (usesAuth && Object.keys(body.customHeaders ?? {}).some((name) => name.toLowerCase() === "authorization")) {
      ctx.addIssue({ code: "custom", path: ["customHeaders"], message: "sets Authorization while endpointAuth sets it too; keep one" });
    }
  });
export type SubscriptionBody = z.infer<typeof subscriptionBody>;

export const subscriptionsQuery = pagedQuery({ status: enumOf(subscriptionStatusValues).optional(), event_types: queryList(eventType) });
export type SubscriptionsQuery = z.infer<typeof subscriptionsQuery>;

export const activitiesQuery = pagedQuery({ operation_types: queryList(enumOf(subscriptionOperationTypeValues)) });
export type ActivitiesQuery = z.infer<typeof activitiesQuery>;
