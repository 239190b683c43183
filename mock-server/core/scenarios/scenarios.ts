/**
 * Scenarios are data (scenarios/*.json): what can go wrong, why, and how to fix it. Forcing one with
 * `X-Sandbox-Scenario: <id>` changes the key (or its company) before the checks, so a forced refusal
 * takes the same path, and gets the same answer, as a natural one.
 */
import { z } from "zod";
import catalogue from "../../../scenarios/index.ts";
import type { Credential, CredentialKind, Target } from "../pipeline/access.ts";
import { coverageOf, coveredCompanyIds } from "../pipeline/authorize.ts";
import type { OperationId } from "../pipeline/operation.ts";
import { CONTRA_ACCOUNT_OPERATIONS, withoutContraAccounts } from "../resources/export/contra-accounts.ts";
import { isoSeconds } from "../world/clock.ts";
import { errors } from "../http/errors.ts";
import type { World } from "../world/fixtures.ts";
import type { AccessLevel, Scope } from "../../openapi/types.ts";

/** What a forced scenario changes (the key, or the world the checks see); named after the reason it produces. */
export const scenarioEffects = [
  "credential_malformed",
  "key_unknown",
  "key_revoked",
  "key_expired",
  "feature_not_enabled",
  "company_not_covered",
  "scope_missing",
  "missing_contra_accounts",
  "rate_limited",
  "token_expired",
  "app_not_installed",
] as const;
export type ScenarioEffect = (typeof scenarioEffects)[number];

const ANY: readonly CredentialKind[] = ["api-key", "integrated-key", "access-token"];
const KEYS: readonly CredentialKind[] = ["api-key", "integrated-key"];
/** The credentials each effect can change; forcing it on another is a 400 saying so. */
const APPLIES_TO: Record<ScenarioEffect, readonly CredentialKind[]> = {
  credential_malformed: ANY,
  key_unknown: KEYS,
  key_revoked: KEYS,
  key_expired: KEYS,
  feature_not_enabled: ["api-key"],
  company_not_covered: ANY,
  scope_missing: ANY,
  missing_contra_accounts: ANY,
  rate_limited: ANY,
  token_expired: ["access-token"],
  app_not_installed: ["integrated-key", "access-token"],
};
const KIND_NAMES: Record<CredentialKind, string> = { "api-key": "a Standalone API key", "integrated-key": "an integrated API key", "access-token": "an OAuth access token" };

const credentialSchema = z.union([
  z.object({ key: z.string(), scheme: z.enum(["basic", "bearer", "raw"]).default("basic") }).strict(),
  z.object({ secret: z.string() }).strict(),
  z.object({ header: z.string() }).strict(),
  z.null(),
]);

const requestSpecSchema = z
  .object({
    method: z.enum(["GET", "POST", "PUT", "DELETE"]),
    path: z.string().startsWith("/"),
    query: z.record(z.string(), z.string()).default({}),
    /** Other headers to send (`X-Sandbox-User`, `X-Sandbox-Consent`, ...). */
    headers: z.record(z.string(), z.string()).optional(),
    credential: credentialSchema,
    /** A JSON body. */
    body: z.unknown().optional(),
    /** An `application/x-www-form-urlencoded` body (OAuth's endpoints). */
    form: z.record(z.string(), z.string()).optional(),
  })
  .refine((r) => r.body === undefined || r.form === undefined, { message: "a request has a JSON body or a form, not both", path: ["form"] });

/**
 * A scenario file. Two kinds:
 * - key scenarios (`forced` and `effect` both present): `natural` fails on its own, and `forced`
 *   succeeds until `X-Sandbox-Scenario: <id>` applies `effect` to it;
 * - state scenarios (`forced` and `effect` both absent): the failure comes from the sandbox's state
 *   (an export job already open, a job expired), so it cannot be forced by a header. `setup` (any
 *   scenario may have it) lists requests sent, in order, on a fresh default sandbox before `natural`,
 *   e.g. `POST /sandbox/clock` to move time; their answers are not judged.
 */
export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    teaches: z.string().min(1),
    why: z.string().min(1),
    fix: z.string().min(1),
    setup: z.array(requestSpecSchema).default([]),
    /** A request that fails this way on its own (after `setup`). */
    natural: requestSpecSchema,
    /** A request that succeeds, until the scenario is forced on it. */
    forced: requestSpecSchema.optional(),
    effect: z.enum(scenarioEffects).optional(),
    /** `type` is Pleo's; `error` is RFC 6749's, from an OAuth body or redirect. A page refusal has neither. */
    expected: z.object({ status: z.number().int(), type: z.string().optional(), error: z.string().optional(), reason: z.string() }),
  })
  .refine((s) => (s.forced === undefined) === (s.effect === undefined), {
    message: "a scenario has both forced and effect (a key scenario) or neither (a state scenario)",
    path: ["effect"],
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type RequestSpec = z.infer<typeof requestSpecSchema>;
export type CredentialSpec = z.infer<typeof credentialSchema>;

/** Every scenario, validated once when the module loads. */
export const scenarios: readonly Scenario[] = catalogue.map((raw) => scenarioSchema.parse(raw));

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

/** Whether `X-Sandbox-Scenario` can force it (state scenarios come from the sandbox's state instead). */
export function isForceable(scenario: Scenario): boolean {
  return scenario.effect !== undefined;
}

/** What a forced scenario hands the checks instead of the real key and world. */
export interface Forced {
  key: Credential;
  world: World;
}

/**
 * The key (or world) as the scenario would have it, before the checks run; throws a 400 when the
 * scenario cannot apply to this request (e.g. scope-missing on an operation that needs no scope).
 */
export function applyScenario(
  scenario: Scenario,
  { key, world, target, scope, operationId, now }: { key: Credential; world: World; target: Target; scope: Scope | undefined; operationId: OperationId; now: Date },
): Forced {
  const at = isoSeconds(now);
  if (scenario.effect === undefined) throw errors.scenarioNotForceable(scenario.id, scenarios.filter(isForceable).map((s) => s.id));
  const kinds = APPLIES_TO[scenario.effect];
  if (!kinds.includes(key.kind)) {
    throw errors.invalidRequest(`Scenario "${scenario.id}" cannot apply here: it changes ${kinds.map((k) => KIND_NAMES[k]).join(" or ")}, and this request sends ${KIND_NAMES[key.kind]}.`);
  }
  switch (scenario.effect) {
    case "key_revoked":
      return { key: { ...key, deletedAt: at }, world };
    case "key_expired":
      return { key: { ...key, expiresAt: at }, world };
    case "feature_not_enabled":
      return { key, world: withoutApiKeys(world, key.ownerCompanyId) };
    case "company_not_covered":
      return { key: { ...key, accessLevel: accessLevelAwayFrom(key, target, world) }, world };
    case "scope_missing":
      if (scope === undefined) throw errors.invalidRequest(`Scenario "${scenario.id}" cannot apply here: this operation needs no scope.`);
      return { key: { ...key, scopes: key.scopes.filter((s) => s !== scope) }, world };
    case "missing_contra_accounts":
      if (!CONTRA_ACCOUNT_OPERATIONS.includes(operationId)) {
        throw errors.invalidRequest(`Scenario "${scenario.id}" cannot apply here: only POST /v3/export-jobs and GET /v3/export-items read the contra-account configuration.`);
      }
      return { key, world: withoutContraAccounts(world, coveredCompanyIds(key, world)) };
    case "token_expired":
      return { key: { ...key, expiresAt: at }, world };
    case "app_not_installed":
      return { key: { ...key, installation: { ...key.installation!, removedAt: at } }, world };
    default: // credential_malformed and key_unknown act on the credential, before the key is found; rate_limited on the key's window (chaos/screen.ts).
      return { key, world };
  }
}

/** The Authorization header as a forced credential scenario would have it. */
export function forcedCredential(scenario: Scenario | undefined, header: string | undefined): string | undefined {
  if (header === undefined || scenario?.effect !== "credential_malformed") return header;
  // A key sent as Bearer, or a Bearer that is no JWT: both are malformed.
  return /^\s*basic\b/i.test(header) ? header.replace(/^\s*basic\b/i, "Bearer") : "Bearer not-a-jwt";
}

/** The secret as a forced unknown-key scenario would have it: one that matches no key. */
export function forcedSecret(scenario: Scenario | undefined, secret: string): string {
  return scenario?.effect === "key_unknown" ? `${secret}-forced-unknown` : secret;
}

const NO_COMPANY = "00000000-0000-4000-8000-000000000000";

function accessLevelAwayFrom(key: Credential, target: Target, world: World): AccessLevel {
  const levels = world.companies.map((c): AccessLevel => ({ type: "company", companyId: c.id }));
  return levels.find((level) => !coverageOf({ ...key, accessLevel: level }, target, world).covered) ?? { type: "company", companyId: NO_COMPANY };
}

function withoutApiKeys(world: World, companyId: string): World {
  return {
    ...world,
    companies: world.companies.map((c) => (c.id === companyId ? { ...c, features: c.features.filter((f) => f !== "api-keys") } : c)),
  };
}
