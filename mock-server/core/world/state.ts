/**
 * A sandbox instance: the seeded fixtures it was made from and the world it currently serves.
 * Made by a factory, never a module singleton, so every test and browser tab has its own world.
 */
import defaultFixtures from "../../../fixtures/world.json" with { type: "json" };
import { isoSeconds } from "./clock.ts";
import { fixturesSchema, type Fixtures, type World } from "./fixtures.ts";
import { hashSecret, secretPrefix } from "./keys.ts";
import { createDeliveries, type Deliveries, type DeliveryOptions } from "../webhooks/deliveries.ts";
import type { WebhookPolicy } from "../webhooks/endpoint-policy.ts";
import { DEFAULT_SANDBOX_LIMITS, type SandboxLimits } from "../http/limits.ts";
import { createPersistence, NO_PERSISTENCE, type Persistence, type StateStore } from "./persistence.ts";
import { fixturesDigest, parseState, serialiseState } from "./snapshot.ts";
import { createChaosState, type ChaosSettings } from "../chaos/chaos-state.ts";
import { createJournal, DEFAULT_JOURNAL_SIZE } from "../chaos/journal.ts";
import { PLEO_REQUESTS_PER_MINUTE, type RateLimitSettings } from "../chaos/rate-limit.ts";
import { releaseHeldDeliveries } from "../webhooks/webhook-chaos.ts";
import { createWorkspaces, DEFAULT_WORKSPACE_LIMITS, type WorkspaceLimits, type Workspaces } from "./workspaces.ts";
import { seedOAuth } from "../oauth/oauth-state.ts";
import type { SandboxState } from "./stored.ts";
import { AnswerMemo } from "../pipeline/answer-memo.ts";

export type { SandboxState, StoredInstallation, StoredKey, StoredSubscription, SubscriptionOwner } from "./stored.ts";

export interface Sandbox {
  /** The seeded world this sandbox resets to. */
  readonly fixtures: Fixtures;
  /** What the sandbox serves now; replaced wholesale by a reset. */
  state: SandboxState;
  /** The real clock the adapters stamp requests with (injectable for tests). */
  readonly clock: () => Date;
  /** Webhook deliveries in flight, and how they are sent (fetch, retry delays). */
  readonly deliveries: Deliveries;
  /** What this sandbox keeps at most (keys, subscriptions, pending deliveries). */
  readonly limits: Readonly<SandboxLimits>;
  /** Where its state is saved, and when (world/persistence.ts); without a store, nowhere. */
  readonly persistence: Persistence;
  /** What a reset returns the rate limit and the journal to (the HTTP server turns the rate limit on). */
  readonly settings: ChaosSettings;
  /** The workspace this sandbox is, by name; undefined for the sandbox a server or test made. */
  readonly workspace?: string;
  /** Every workspace, shared by the sandbox that made them and the workspaces themselves. */
  readonly workspaces: Workspaces;
  /** Answers remembered for reads asked again (pipeline/answer-memo.ts), shared with its workspaces. */
  readonly answers: AnswerMemo;
}

export interface CreateSandboxOptions {
  /** The world to serve; defaults to the committed fixtures/world.json. */
  fixtures?: unknown;
  /** The real clock; defaults to the system clock. Sandbox time is this plus the control plane's offset. */
  clock?: () => Date;
  /** The fetch webhook deliveries use; defaults to whatever `globalThis.fetch` is when a delivery starts. */
  fetch?: typeof fetch;
  /** Delivery retries and timeouts (tests shorten the delays). */
  webhooks?: Omit<DeliveryOptions, "fetch">;
  /** Lower (or raise) the per-sandbox caps; the rest keep their defaults (http/limits.ts). */
  limits?: Partial<SandboxLimits>;
  /**
   * Where the state is kept across restarts: read back when the sandbox is made (a state saved over
   * other fixtures, or damaged, rejects with a one-line SnapshotError) and saved after every write.
   */
  store?: StateStore;
  /** Enforce Pleo's rate limit (600 requests a minute per key)? Default off; the HTTP server turns it on. */
  rateLimit?: boolean | Partial<RateLimitSettings>;
  /** How many entries the request journal keeps (default 1,000). */
  journalSize?: number;
  /** How many workspaces may live at once, and how long one may idle (defaults: 50, 30 minutes). */
  workspaces?: Partial<WorkspaceLimits>;
}

/**
 * Makes a sandbox serving the given (or default) fixtures, or the state its store holds. Rejects
 * fixtures that do not validate, and a stored state it cannot use (SnapshotError).
 */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  // The shipped world is checked by the tests (parsing it changes nothing: test/startup.test.ts), not at every start.
  const fixtures = options.fixtures === undefined ? (structuredClone(defaultFixtures) as Fixtures) : fixturesSchema.parse(options.fixtures);
  const clock = options.clock ?? (() => new Date());
  const rateLimit = typeof options.rateLimit === "object" ? options.rateLimit : { enabled: options.rateLimit ?? false };
  const settings: ChaosSettings = {
    rateLimit: { enabled: rateLimit.enabled ?? true, requestsPerMinute: rateLimit.requestsPerMinute ?? PLEO_REQUESTS_PER_MINUTE },
    journalSize: options.journalSize ?? DEFAULT_JOURNAL_SIZE,
  };
  const limits = { ...DEFAULT_SANDBOX_LIMITS, ...options.limits };
  const { store } = options;
  const digest = store && (await fixturesDigest(fixtures));
  const saved = store && (await store.load());
  // A workspace starts from the settings its maker has when it is made (a server may have changed them).
  // Only the sandbox itself is kept in the store; workspaces live in memory only.
  // Workspaces share the sandbox's webhook policy, to which a server adds its own address.
  let policy: WebhookPolicy | undefined;
  const answers = new AnswerMemo();
  const make = async (workspace?: string): Promise<Sandbox> => {
    const own = workspace === undefined ? settings : structuredClone(settings);
    const deliveries = createDeliveries({ ...options.webhooks, fetch: options.fetch, policy });
    policy ??= deliveries.policy;
    const restored = workspace === undefined && saved !== undefined ? withChaos(parseState(saved, digest!, store!.description), own) : undefined;
    return {
      fixtures,
      state: restored ?? (await seededState(fixtures, clock(), own)),
      clock,
      deliveries,
      limits,
      persistence: NO_PERSISTENCE,
      settings: own,
      ...(workspace !== undefined && { workspace }),
      workspaces,
      answers,
    };
  };
  const workspaces = createWorkspaces((name) => make(name), { ...DEFAULT_WORKSPACE_LIMITS, ...options.workspaces });
  const sandbox = await make();
  if (store) Object.assign(sandbox, { persistence: createPersistence(store, () => serialiseState(kept(sandbox.state), digest!), saved) });
  return sandbox;
}

/**
 * What a store keeps: the state without the request journal, the events remembered for resends and
 * the deliveries held back. Those are memory-only (a restart forgets them, as a reset does), so a
 * read, a refusal or a test event never needs a save; armed rules and the rate limit are kept.
 */
function kept(state: SandboxState): SandboxState {
  const { webhooks } = state.chaos;
  return { ...state, chaos: { ...state.chaos, journal: createJournal(state.chaos.journal.capacity), webhooks: { ...webhooks, events: [], held: {}, closed: false } } };
}

/**
 * A state read back: armed rules, the rate limit and webhook chaos as saved, the journal empty; one
 * saved before the sandbox kept chaos state starts with nothing armed.
 */
function withChaos(state: SandboxState, settings: ChaosSettings): SandboxState {
  if (typeof state.chaos !== "object" || state.chaos === null) return { ...state, chaos: createChaosState(settings) };
  return { ...state, chaos: { ...state.chaos, journal: createJournal(settings.journalSize), webhooks: { ...state.chaos.webhooks, events: [], held: {}, closed: false } } };
}

/** Puts the sandbox back to its seeded world and the real clock, with nothing armed and an empty journal. */
export async function resetSandbox(sandbox: Sandbox): Promise<void> {
  const previous = sandbox.state;
  sandbox.state = await seededState(sandbox.fixtures, sandbox.clock(), sandbox.settings);
  releaseHeldDeliveries(previous.chaos.webhooks);
  sandbox.deliveries.wake();
}

/** `now` is the real time the sandbox starts (or resets) at, when its clock has no offset yet. */
async function seededState(fixtures: Fixtures, now: Date, settings: ChaosSettings): Promise<SandboxState> {
  const { readyMadeKeys, seed: _seed, oauth, ...world } = structuredClone(fixtures);
  restampOpenJobs(world, now);
  const keys = await Promise.all(
    readyMadeKeys.map(async ({ secret, slug: _slug, description: _description, ...key }) => ({
      ...key,
      hash: await hashSecret(secret),
      prefix: secretPrefix(secret),
    })),
  );
  return { world, keys, clock: { offsetMs: 0 }, installations: {}, subscriptions: [], chaos: createChaosState(settings), oauth: await seedOAuth(oauth) };
}

/**
 * A seeded job still waiting for an integration is dated when the sandbox starts, not when the
 * fixtures were made: otherwise it would have expired (an hour after its last update) long ago.
 */
function restampOpenJobs(world: World, now: Date): void {
  const at = isoSeconds(now);
  for (const job of world.exportJobs) {
    if (job.status === "pending" || job.status === "in_progress") Object.assign(job, { createdAt: at, lastUpdatedAt: at });
  }
}
