/**
 * Every bound the sandbox puts on what it reads, answers and keeps, in one place
 * (docs/running-safely.md lists them). Input limits are checked at the edge, before an operation
 * sees the input, so nothing can be stored that cannot be served back.
 */
import { MAX_BODY_BYTES } from "./http.ts";

export const LIMITS = {
  /** The largest body read (413 above it). */
  bodyBytes: MAX_BODY_BYTES,
  /** Nesting of arrays and objects in a JSON body. */
  jsonDepth: 32,
  /** Items in any one array of a JSON body. */
  arrayItems: 1_000,
  /** Keys in any one object of a JSON body. */
  objectKeys: 1_000,
  /** Characters in any one string (or object key) of a JSON body. */
  stringChars: 10_000,
  /** Parameters in a query string, and characters in any one of their values. */
  queryParameters: 100,
  queryValueChars: 2_000,
  /** Problems an error message lists; the rest are counted. */
  problemsListed: 20,
  /** Characters of a client-sent value a message may quote. */
  echoedChars: 64,
  /** Characters of an error message; anything longer is cut. */
  messageChars: 4_000,
  /** An installation's `metadata`, as JSON: bytes and nesting. */
  metadataBytes: 16 * 1024,
  metadataDepth: 8,
  /** A webhook subscription's `customHeaders`: how many, and the length of a name and of a value. */
  customHeaders: 20,
  headerNameChars: 64,
  headerValueChars: 1_024,
  /** A subscription's history (CREATE stays; the oldest other activity goes first). */
  activitiesPerSubscription: 1_000,
  /** A webhook `endpointUrl`. */
  endpointUrlChars: 2_048,
  /** The range the sandbox clock may be moved within. */
  clockEarliest: Date.parse("2000-01-01T00:00:00Z"),
  clockLatest: Date.parse("2999-12-31T23:59:59Z"),
  /** The latest `expiresAt` a key may have (4-digit years, so every timestamp stays ISO-8601). */
  latestTimestamp: Date.parse("9999-12-31T23:59:59Z"),
} as const;

/** What one sandbox keeps at most; each is a clear 4xx when reached. Tests may lower them. */
export interface SandboxLimits {
  /** API keys, deleted ones included (they stay refusable as revoked). */
  keys: number;
  /** Webhook subscriptions, deleted ones included (their history stays readable). */
  subscriptions: number;
  /** Live subscriptions of one company or organisation: what one event can fan out to. */
  subscriptionsPerOwner: number;
  /** Webhook deliveries running or waiting to retry. */
  pendingDeliveries: number;
  /** OAuth apps, deleted ones included (their tokens stay refusable as revoked). */
  oauthApps: number;
}

export const DEFAULT_SANDBOX_LIMITS: Readonly<SandboxLimits> = {
  keys: 10_000,
  subscriptions: 1_000,
  subscriptionsPerOwner: 50,
  pendingDeliveries: 1_000,
  oauthApps: 1_000,
};
