/**
 * The test kit: one isolated sandbox per test, and the moves a partner's test needs in one line
 * each: mint a key with given scopes and access level, move the clock, force a scenario, read the
 * webhook deliveries a receiver would get, count the calls that reached it, reset. Works with any
 * test runner (vitest, node:test, jest): `usePleoSandbox` takes the runner's own hooks.
 *
 * In-process by default (the sandbox lives in the test process, answered through `fetch`, or
 * through MSW with `intercept`); with `url` it drives a running `pleo-sandbox` over HTTP instead.
 */
import { createFetch } from "../adapters/fetch.ts";
import { DEFAULT_BASE_URL } from "../adapters/hosts.ts";
import { basicAuthorization } from "../core/http/basic-credential.ts";
import { findScenario, isForceable, scenarios } from "../core/scenarios/scenarios.ts";
import defaultFixtures from "../../fixtures/world.json" with { type: "json" };
import { createSandbox, type CreateSandboxOptions, type Sandbox } from "../core/world/state.ts";
import type { Schemas } from "../openapi/types.ts";
import { durationMs, isoSeconds } from "./duration.ts";
import { expectCalls as expectCallsIn } from "./expect-calls.ts";
import { interceptPleoHosts } from "./intercept.ts";
import { mintKey, type ControlCall } from "./mint-key.ts";
import { recordingReceiver } from "./receiver.ts";
import type { Delivery, Hooks, PerTestOptions, TestSandbox, TestSandboxOptions } from "./types.ts";

/** Makes one sandbox for a test (in-process unless `url` is given). */
export async function createTestSandbox(options: TestSandboxOptions = {}): Promise<TestSandbox> {
  const deliveries: Delivery[] = [];
  const pinned = options.now === undefined ? undefined : new Date(options.now);
  const sandboxOptions: CreateSandboxOptions = {
    ...(options.fixtures === undefined ? {} : { fixtures: options.fixtures }),
    ...(pinned === undefined ? {} : { clock: () => pinned }),
    fetch: recordingReceiver(deliveries, options.receiver),
    webhooks: { sleep: async () => {} },
  };
  const sandbox = options.url === undefined ? await createSandbox(sandboxOptions) : undefined;
  const baseUrl = options.url === undefined ? DEFAULT_BASE_URL : options.url.replace(/\/$/, "");
  /** Straight to the sandbox, no forced scenario: the kit's own control-plane calls. */
  const direct: typeof fetch = sandbox ? createFetch(sandbox) : (input, init) => globalThis.fetch(typeof input === "string" ? new URL(input, `${baseUrl}/`) : input, init);
  const fixtures = sandbox?.fixtures ?? (defaultFixtures as unknown as Sandbox["fixtures"]);

  let forced: { id: string; left: number } | undefined;
  let stopIntercepting: (() => Promise<void>) | undefined;

  const control: ControlCall = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await direct(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`pleo-sandbox/testing: ${method} ${path} answered ${response.status}: ${text}`);
    return (text === "" ? undefined : (JSON.parse(text) as { data: T }).data) as T;
  };
  const now = async () => new Date((await control<Schemas["Clock"]>("GET", "/sandbox/clock")).now);
  const setClock = async (to: Date | string) => new Date((await control<Schemas["Clock"]>("POST", "/sandbox/clock", { now: isoSeconds(to) })).now);
  const advanceClock = async (by: number | string) => {
    const ms = durationMs(by);
    if (ms < 0) throw new Error("advanceClock moves forward only; use setClock to go back.");
    return new Date((await control<Schemas["Clock"]>("POST", "/sandbox/clock", { advanceSeconds: Math.ceil(ms / 1000) })).now);
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
    mintKey(mint = {}) {
      return mintKey(control, mint);
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
      const stopServer = await interceptPleoHosts(kitFetch);
      const stop = async () => {
        stopServer();
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
