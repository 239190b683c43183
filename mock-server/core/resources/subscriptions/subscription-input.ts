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
import { LIMITS } from "../../http/limits.ts";
import { createWebhookPolicy, endpointProblem } from "../../webhooks/endpoint-policy.ts";

/** Pleo's older spelling of the export-job event, refused with a pointer to the current one. */
const OLD_SPELLINGS: Record<string, WebhookEventType> = { "v1.export.job-created": "v1.export-job.created" };
/** Headers the sender sets itself; a custom header may not replace them. */
const RESERVED_HEADERS = ["content-type", "content-length", "host", "webhook-id", "webhook-timestamp", "webhook-signature"];
/** Headers that change how HTTP itself works (framing, hop-by-hop, proxies) or that fetch forbids: refused as custom headers. */
const PROTOCOL_HEADERS = new Set([
  "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method", "connection",
  "cookie", "cookie2", "date", "dnt", "expect", "keep-alive", "origin", "referer", "set-cookie", "te", "trailer",
  "transfer-encoding", "upgrade", "via",
]);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Printable ASCII and tabs, without leading or trailing whitespace: what every HTTP stack sends as it is. */
const HEADER_VALUE = /^(?:[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?$/;

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

/**
 * What can be judged from the URL alone whatever the sandbox's policy (scheme, credentials, metadata
 * and link-local addresses); private ranges and the sandbox itself are judged by the operation.
 */
const ANY_POLICY = createWebhookPolicy({ allowPrivateNetworks: true });

const endpointUrl = z.string().superRefine((value, ctx) => {
  const problem = endpointProblem(value, ANY_POLICY);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
});

const customHeaders = z.record(z.string(), z.string()).superRefine((headers, ctx) => {
  const entries = Object.entries(headers);
  if (entries.length > LIMITS.customHeaders) ctx.addIssue({ code: "custom", message: `has ${entries.length} headers; at most ${LIMITS.customHeaders} are sent` });
  for (const [name, value] of entries.slice(0, LIMITS.customHeaders)) {
    const problem = headerNameProblem(name) ?? headerValueProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: "custom", path: [name.length > LIMITS.headerNameChars ? "(a long name)" : name], message: problem });
  }
});

function headerNameProblem(name: string): string | undefined {
  if (name.length > LIMITS.headerNameChars) return `is a name longer than ${LIMITS.headerNameChars} characters`;
  if (!TOKEN.test(name)) return "is not a valid HTTP header name";
  const lower = name.toLowerCase();
  if (RESERVED_HEADERS.includes(lower)) return `is set by the webhook sender itself (${RESERVED_HEADERS.join(", ")}); pick another name`;
  if (PROTOCOL_HEADERS.has(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")) {
    return "is a header that controls HTTP itself (framing, connections, proxies or the browser), which a webhook cannot set";
  }
  return undefined;
}

function headerValueProblem(value: string): string | undefined {
  if (value.length > LIMITS.headerValueChars) return `has a value longer than ${LIMITS.headerValueChars} characters`;
  if (!HEADER_VALUE.test(value)) return "must be printable ASCII without line breaks, control characters or surrounding spaces";
  return undefined;
}

/**
 * Pleo's `EndpointAuth`: NONE sends nothing, BASIC sends username and password. Credentials the type
 * does not send are refused, so none is stored and echoed while deliveries ignore it.
 */
const endpointAuth = z
  .object({
    type: enumOf(endpointAuthTypeValues).default("NONE"),
    credentials: z
      .object({
        username: z.string().max(LIMITS.headerValueChars).refine((u) => !u.includes(":"), "must not contain a colon (HTTP Basic separates the password with one)").optional(),
        password: z.string().max(LIMITS.headerValueChars).optional(),
        token: z.string().optional(),
      })
      .optional(),
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
