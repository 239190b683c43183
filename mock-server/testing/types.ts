/**
 * The test kit's public shapes: what a test gets (TestSandbox, TestKey, Delivery) and what it can
 * ask for (MintKeyOptions, TestSandboxOptions, Hooks).
 */
import type { Sandbox } from "../core/world/state.ts";
import type { Scope } from "../openapi/types.ts";
import type { CallFilter } from "./expect-calls.ts";

/** A key a test can use: its secret, and the Authorization header Pleo expects for it. */
export interface TestKey {
  id: string;
  /** The secret (`pls_…`): the Basic username, with an empty password. */
  secret: string;
  /** `Basic base64("<secret>:")`, ready for an Authorization header. */
  authorization: string;
  scopes: Scope[];
  /** The company it covers (company-level keys) … */
  companyId?: string;
  /** … or the organisation (organisation-level keys). */
  organisationId?: string;
  expiresAt: string;
}

export interface MintKeyOptions {
  /** Default: every scope. */
  scopes?: readonly Scope[];
  /** One company (default) or a whole organisation. */
  access?: "company" | "organisation";
  /** Company id or name; default: the first company with API keys (Nordlys ApS in the default world). */
  company?: string;
  /** For organisation keys: organisation id or name; default: the company's organisation. */
  organisation?: string;
  /** Default: a year from the sandbox's now. */
  expiresAt?: Date | string;
  /**
   * A key that has expired: it is minted to expire in a minute, and the sandbox clock is moved
   * 61 s on, as time would. (Other keys keep working; their expiry is further off.)
   */
  expired?: boolean;
  /** A key deleted in Settings > API Keys right after it was made (401 key_revoked). */
  revoked?: boolean;
  name?: string;
}

/** A webhook delivery as the receiver got it. */
export interface Delivery {
  url: string;
  /** Header names in lower case: webhook-id, webhook-timestamp, webhook-signature, content-type, … */
  headers: Record<string, string>;
  /** The raw body (what a signature is computed over). */
  text: string;
  /** The body parsed: `{ eventId, eventType, data }` as Pleo sends it. */
  body: unknown;
  /** The status the receiver answered. */
  status: number;
}

export interface WebhookReceiver {
  /** Every delivery attempt so far, oldest first (a retried delivery appears once per attempt). */
  readonly deliveries: readonly Delivery[];
  /** Waits until no delivery is running (retries included), then returns `deliveries`. */
  settled(): Promise<readonly Delivery[]>;
  /** Forgets the deliveries received so far. */
  clear(): void;
}

export interface TestSandboxOptions {
  /**
   * A running sandbox (e.g. `npx pleo-sandbox`, or `process.env.PLEO_SANDBOX_URL`) to drive over
   * HTTP instead of an in-process one. Its state is shared: `reset()` resets it for everyone.
   */
  url?: string;
  /** In-process: the world to serve (default: the package's default world). */
  fixtures?: unknown;
  /** In-process: pin the real clock the sandbox's time is an offset from (default: the system clock). */
  now?: Date | string;
  /**
   * In-process: how the webhook receiver answers each delivery (default 200). A non-2xx answer is
   * retried at once (the retry delays are not waited for).
   */
  receiver?: (delivery: Omit<Delivery, "status">) => number | Promise<number>;
}

export interface TestSandbox {
  /** Where the sandbox answers: https://external.staging.pleo.io in-process, else `url`. */
  readonly baseUrl: string;
  /**
   * fetch for the code under test: answered by this sandbox (in-process, or over HTTP to `url`),
   * with the forced scenario, if any, applied. Relative URLs resolve against `baseUrl`.
   */
  readonly fetch: typeof fetch;
  /** In-process only: the sandbox itself (state, fixtures, deliveries). */
  readonly sandbox: Sandbox | undefined;
  /** A ready-made key of the default world by slug: full-access, read-only, users-only, expired, revoked, organisation, no-feature. */
  readyMadeKey(slug: string): TestKey;
  /** Makes a key as an admin would in Settings > API Keys. */
  mintKey(options?: MintKeyOptions): Promise<TestKey>;
  /** The sandbox's now. */
  now(): Promise<Date>;
  /** Moves the sandbox clock on: milliseconds, or "90s", "15m", "2h", "400d". */
  advanceClock(by: number | string): Promise<Date>;
  /** Sets the sandbox clock (also backwards). */
  setClock(to: Date | string): Promise<Date>;
  /**
   * Forces a scenario (e.g. "expired-key", "missing-scope", "wrong-company-id",
   * "feature-not-enabled") on the next `times` Pleo requests sent through `fetch` or `intercept`
   * (default: every one until `clearScenario`).
   */
  forceScenario(id: string, options?: { times?: number }): void;
  clearScenario(): void;
  /** In-process only: what a webhook receiver got. */
  readonly webhooks: WebhookReceiver;
  /**
   * In-process only: answers requests to Pleo's hosts from this sandbox for the whole process
   * (fetch, http/https, axios) with MSW's setupServer, until the returned function (or `close`)
   * is called. Other hosts pass through.
   */
  intercept(): Promise<() => Promise<void>>;
  /**
   * Throws unless exactly `expected` requests matching `filter` are in the sandbox's request
   * journal (e.g. `{ method: "GET", path: "/v2/employees", status: 429 }`), listing what is there.
   */
  expectCalls(filter: CallFilter, expected: number): Promise<void>;
  /** Back to the seeded world and the real clock; forgets deliveries and the forced scenario. */
  reset(): Promise<void>;
  /** Stops intercepting and waits for deliveries in flight. */
  close(): Promise<void>;
}

/** The hooks of a test runner: vitest's, node:test's and jest's all fit. */
export interface Hooks {
  beforeEach: (fn: () => Promise<void>) => unknown;
  afterEach: (fn: () => Promise<void>) => unknown;
}

export interface PerTestOptions extends TestSandboxOptions {
  /** Also intercept Pleo's hosts process-wide during each test (see `TestSandbox.intercept`). */
  intercept?: boolean;
}
