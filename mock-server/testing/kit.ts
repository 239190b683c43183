/**
 * The test kit: one isolated sandbox per test, and the moves a partner's test needs in one line
 * each: mint a key with given scopes and access level, move the clock, force a scenario, read the
 * webhook deliveries a receiver would get, count the calls that reached it, reset. Works with any test runner (vitest, node:test,
 * jest): `usePleoSandbox` takes the runner's own beforeEach and afterEach.
 *
 * In-process by default (the sandbox lives in the test process, answered through `fetch`, or
 * through MSW with `intercept`); with `url` it drives a running `pleo-sandbox` over HTTP instead.
 */
import { createFetch } from "../adapters/fetch.ts";
import { DEFAULT_BASE_URL, PLEO_BASE_URLS } from "../adapters/hosts.ts";
import { basicAuthorization } from "../core/scenarios/scenario-request.ts";
import { findScenario, isForceable, scenarios } from "../core/scenarios/scenarios.ts";
import defaultFixtures from "../../fixtures/world.json" with { type: "json" };
import { createSandbox, type CreateSandboxOptions, type Sandbox } from "../core/world/state.ts";
import type { Scope } from "../openapi/types.ts";
import { expectCalls as expectCallsIn, type CallFilter } from "./expect-calls.ts";

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

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds in `90s`, `15m`, `2h`, `400d` (or a number of milliseconds). */
export function durationMs(by: number | string): number {
  if (typeof by === "number") return by;
  const match = DURATION.exec(by.trim());
  if (!match) throw new Error(`"${by}" is not a duration: write a number of milliseconds, or e.g. "90s", "15m", "2h", "400d".`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

interface WorldView {
  organisations: { id: string; name: string }[];
  companies: { id: string; name: string; organisationId: string; features: string[] }[];
  users: { id: string; role: string; companyId: string; organisationAdmin: boolean }[];
  scopes: Scope[];
}

const iso = (date: Date | string) => (typeof date === "string" ? date : date.toISOString().replace(/\.\d{3}Z$/, "Z"));

/** Makes one sandbox for a test (in-process unless `url` is given). */
export async function createTestSandbox(options: TestSandboxOptions = {}): Promise<TestSandbox> {
  const deliveries: Delivery[] = [];
  const receiver = options.receiver ?? (() => 200);
  const pinned = options.now === undefined ? undefined : new Date(options.now);
  const sandboxOptions: CreateSandboxOptions = {
    ...(options.fixtures === undefined ? {} : { fixtures: options.fixtures }),
    ...(pinned === undefined ? {} : { clock: () => pinned }),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const text = await request.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      const received = { url: request.url, headers: Object.fromEntries(request.headers), text, body };
      const status = await receiver(received);
      deliveries.push({ ...received, status });
      return new Response(null, { status });
    },
    webhooks: { sleep: async () => {} },
  };
  const sandbox = options.url === undefined ? await createSandbox(sandboxOptions) : undefined;
  const baseUrl = options.url === undefined ? DEFAULT_BASE_URL : options.url.replace(/\/$/, "");
  /** Straight to the sandbox, no forced scenario: the kit's own control-plane calls. */
  const direct: typeof fetch = sandbox ? createFetch(sandbox) : (input, init) => globalThis.fetch(typeof input === "string" ? new URL(input, `${baseUrl}/`) : input, init);
  const fixtures = sandbox?.fixtures ?? (defaultFixtures as unknown as Sandbox["fixtures"]);

  let forced: { id: string; left: number } | undefined;
  let stopIntercepting: (() => Promise<void>) | undefined;

  const control = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await direct(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`pleo-sandbox/testing: ${method} ${path} answered ${response.status}: ${text}`);
    return (text === "" ? undefined : (JSON.parse(text) as { data: T }).data) as T;
  };
  const world = () => control<WorldView>("GET", "/sandbox/world");
  const now = async () => new Date((await control<{ now: string }>("GET", "/sandbox/clock")).now);
  const setClock = async (to: Date | string) => new Date((await control<{ now: string }>("POST", "/sandbox/clock", { now: iso(to) })).now);
  const advanceClock = async (by: number | string) => {
    const ms = durationMs(by);
    if (ms < 0) throw new Error("advanceClock moves forward only; use setClock to go back.");
    return new Date((await control<{ now: string }>("POST", "/sandbox/clock", { advanceSeconds: Math.ceil(ms / 1000) })).now);
  };

  const kitFetch: typeof fetch = async (input, init) => {
    if (forced === undefined) return direct(input, init);
    const request = new Request(typeof input === "string" ? new URL(input, `${baseUrl}/`) : input, init);
    if (!request.headers.has("x-sandbox-scenario")) request.headers.set("x-sandbox-scenario", forced.id);
    const response = await direct(request);
    // Only requests the scenario applied to (Pleo operations behind a key) use up a time.
    if (forced !== undefined && response.headers.get("x-sandbox-scenario") === forced.id && --forced.left <= 0) forced = undefined;
    return response;
  };

  const inProcessOnly = (what: string) => {
    if (!sandbox) throw new Error(`pleo-sandbox/testing: ${what} needs an in-process sandbox (this one drives ${baseUrl}).`);
    return sandbox;
  };

  const kit: TestSandbox = {
    baseUrl,
    fetch: kitFetch,
    sandbox,
    readyMadeKey(slug) {
      const key = fixtures.readyMadeKeys.find((k) => k.slug === slug);
      if (!key) throw new Error(`No ready-made key "${slug}"; there are ${fixtures.readyMadeKeys.map((k) => k.slug).join(", ")}.`);
      return {
        id: key.id,
        secret: key.secret,
        authorization: basicAuthorization(key.secret),
        scopes: [...key.scopes],
        ...(key.accessLevel.type === "company" ? { companyId: key.accessLevel.companyId } : { organisationId: key.accessLevel.organisationId }),
        expiresAt: key.expiresAt,
      };
    },
    async mintKey(mint = {}) {
      const view = await world();
      const byIdOrName = <T extends { id: string; name: string }>(list: T[], wanted: string, what: string) => {
        const found = list.find((x) => x.id === wanted || x.name.toLowerCase() === wanted.toLowerCase());
        if (!found) throw new Error(`No ${what} "${wanted}"; there are ${list.map((x) => x.name).join(", ")}.`);
        return found;
      };
      const company = mint.company === undefined ? view.companies.find((c) => c.features.includes("api-keys"))! : byIdOrName(view.companies, mint.company, "company");
      const organisation = mint.organisation === undefined ? view.organisations.find((o) => o.id === company.organisationId)! : byIdOrName(view.organisations, mint.organisation, "organisation");
      const access = mint.access ?? (mint.organisation === undefined ? "company" : "organisation");
      const companiesOfOrganisation = new Set(view.companies.filter((c) => c.organisationId === organisation.id).map((c) => c.id));
      const actor =
        access === "organisation"
          ? view.users.find((u) => u.organisationAdmin && companiesOfOrganisation.has(u.companyId))
          : view.users.find((u) => u.role === "admin" && u.companyId === company.id);
      if (!actor) throw new Error(`No ${access === "organisation" ? `organisation admin in "${organisation.name}"` : `admin in "${company.name}"`} to make the key.`);
      const current = await now();
      const expiresAt = mint.expired ? new Date(current.getTime() + 60_000) : mint.expiresAt ?? new Date(current.getTime() + 365 * 86_400_000);
      const created = await control<{ id: string; key: string; scopes: Scope[]; expiresAt: string }>(
        "POST",
        "/sandbox/api-keys",
        {
          name: mint.name ?? "pleo-sandbox/testing",
          expiresAt: iso(expiresAt),
          accessLevel: access === "organisation" ? { type: "organisation", organisationId: organisation.id } : { type: "company", companyId: company.id },
          scopes: [...(mint.scopes ?? view.scopes)],
        },
        { "x-sandbox-user": actor.id },
      );
      if (mint.expired) await advanceClock(61_000);
      if (mint.revoked) await control("DELETE", `/sandbox/api-keys/${created.id}`, undefined, { "x-sandbox-user": actor.id });
      return {
        id: created.id,
        secret: created.key,
        authorization: basicAuthorization(created.key),
        scopes: created.scopes,
        ...(access === "organisation" ? { organisationId: organisation.id } : { companyId: company.id }),
        expiresAt: created.expiresAt,
      };
    },
    now,
    advanceClock,
    setClock,
    forceScenario(id, { times = Number.POSITIVE_INFINITY } = {}) {
      const scenario = findScenario(id);
      const forceable = scenarios.filter(isForceable).map((s) => s.id);
      if (!scenario || !isForceable(scenario)) throw new Error(`"${id}" is not a scenario that can be forced; these can: ${forceable.join(", ")}.`);
      if (!(times > 0)) throw new Error("times must be at least 1.");
      forced = { id, left: times };
    },
    clearScenario() {
      forced = undefined;
    },
    webhooks: {
      get deliveries() {
        inProcessOnly("webhooks");
        return deliveries;
      },
      async settled() {
        await inProcessOnly("webhooks").deliveries.idle();
        return deliveries;
      },
      clear() {
        deliveries.length = 0;
      },
    },
    async intercept() {
      inProcessOnly("intercept");
      if (stopIntercepting) return stopIntercepting;
      const [{ setupServer }, { http, HttpResponse }, { syncBuiltinESMExports }] = await Promise.all([import("msw/node"), import("msw"), import("node:module")]);
      const answer = async (request: Request) => {
        try {
          return await kitFetch(request);
        } catch (error) {
          // A dropped connection (a fault) reaches the client as a network error, as fetch's would.
          if (error instanceof TypeError) return HttpResponse.error();
          throw error;
        }
      };
      const server = setupServer(...PLEO_BASE_URLS.map((base) => http.all(`${base}/*`, ({ request }) => answer(request))));
      server.listen({ onUnhandledRequest: "bypass" });
      // MSW patches node:http(s)'s functions; this makes `import { get } from "node:https"` see them too.
      syncBuiltinESMExports();
      const stop = async () => {
        server.close();
        syncBuiltinESMExports();
        if (stopIntercepting === stop) stopIntercepting = undefined;
      };
      stopIntercepting = stop;
      return stop;
    },
    expectCalls(filter, expected) {
      return expectCallsIn(sandbox ?? { url: baseUrl }, filter, expected);
    },
    async reset() {
      forced = undefined;
      deliveries.length = 0;
      if (sandbox) await sandbox.deliveries.idle();
      await control("POST", "/sandbox/reset");
    },
    async close() {
      await stopIntercepting?.();
      if (sandbox) await sandbox.deliveries.idle();
    },
  };
  return kit;
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

/**
 * A fresh sandbox for every test: call at the top of a file or describe block with your runner's
 * hooks, then `pleo()` inside a test is that test's sandbox.
 *
 *     const pleo = usePleoSandbox({ beforeEach, afterEach });
 *     it("asks to re-authenticate when the key has expired", async () => {
 *       const key = await pleo().mintKey({ scopes: ["users:read"], expired: true });
 *       expect(await sync({ apiKey: key.secret, fetch: pleo().fetch })).toEqual({ status: "re-authenticate" });
 *     });
 *
 * With `url`, every test resets that running sandbox first instead (tests must then not run concurrently).
 */
export function usePleoSandbox({ beforeEach, afterEach, intercept, ...options }: Hooks & PerTestOptions): () => TestSandbox {
  let current: TestSandbox | undefined;
  beforeEach(async () => {
    current = await createTestSandbox(options);
    if (options.url !== undefined) await current.reset();
    if (intercept) await current.intercept();
  });
  afterEach(async () => {
    const done = current;
    current = undefined;
    await done?.close();
  });
  return () => {
    if (!current) throw new Error("pleo-sandbox/testing: pleo() is for inside a test; usePleoSandbox makes one sandbox per test in beforeEach.");
    return current;
  };
}
