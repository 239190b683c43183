/**
 * Key x route x request -> a thrown refusal or nothing: the API-keys feature, then the company the request
 * is about, then the operation's scope (design.md's order).
 */
import { errors } from "../http/errors.ts";
import { oauthErrors } from "../http/refusals/oauth.ts";
import type { TargetSpec } from "../../openapi/routes.ts";
import type { Credential, Target } from "./access.ts";
import type { World } from "../world/fixtures.ts";
import type { Scope } from "../../openapi/types.ts";


/** The companies a key's access level covers. */
export function coveredCompanyIds(key: Credential, world: World): string[] {
  const level = key.accessLevel;
  if (level.type === "company") return world.companies.some((c) => c.id === level.companyId) ? [level.companyId] : [];
  return world.companies.filter((c) => c.organisationId === level.organisationId).map((c) => c.id);
}

/** The target a request has when it names none: the key's own company or organisation. */
export function defaultTarget(key: Credential, specs: readonly TargetSpec[]): Target {
  const level = key.accessLevel;
  // Messages name the parameter the operation would have taken (`companyId` on /v2/employees).
  const named = (is: string, fallback: string) => specs.find((t) => t.is === is)?.name ?? fallback;
  return level.type === "company"
    ? { companyId: level.companyId, parameter: named("company", "company_id") }
    : { organisationId: level.organisationId, parameter: named("organisation", "organization_id") };
}

/** Whether the key covers the target, and how to describe the key's access level in a message. */
export function coverageOf(key: Credential, target: Target, world: World): { covered: boolean; description: string } {
  const level = key.accessLevel;
  const companies = coveredCompanyIds(key, world);
  const description =
    level.type === "company"
      ? `company ${nameOf(world.companies, level.companyId)}`
      : `organisation ${nameOf(world.organisations, level.organisationId)}`;
  if (target.companyId !== undefined) return { covered: companies.includes(target.companyId), description };
  if (target.organisationId !== undefined) {
    const orgs = world.companies.filter((c) => companies.includes(c.id)).map((c) => c.organisationId);
    return { covered: orgs.includes(target.organisationId), description };
  }
  return { covered: true, description };
}

/**
 * Throws the first check that refuses the request. The API-keys feature gates Standalone keys only:
 * an app's integrated key or access token comes from an installation the customer approved.
 */
export function authorize(key: Credential, scope: Scope | undefined, target: Target, world: World): void {
  const owner = world.companies.find((c) => c.id === key.ownerCompanyId);
  if (key.kind === "api-key" && !owner?.features.includes("api-keys")) {
    throw errors.featureNotEnabled(owner?.name ?? "unknown", key.ownerCompanyId);
  }
  const credential = key.kind === "access-token" ? "access token" : "integrated API key";
  const coverage = coverageOf(key, target, world);
  if (!coverage.covered) {
    const sent = target.companyId !== undefined ? `company ${target.companyId}` : `organisation ${target.organisationId}`;
    const where = `${sent} (sent as ${target.parameter})`;
    throw key.kind === "api-key"
      ? errors.companyNotCovered(where, coverage.description, target.parameter)
      : oauthErrors.appCompanyNotCovered(where, coverage.description, target.parameter, credential);
  }
  if (scope !== undefined && !key.scopes.includes(scope)) {
    throw key.kind === "api-key" ? errors.scopeMissing(scope, key.scopes) : oauthErrors.appScopeMissing(scope, key.scopes, key.name, credential);
  }
}

function nameOf(items: readonly { id: string; name: string }[], id: string): string {
  const item = items.find((i) => i.id === id);
  return item ? `"${item.name}" (${id})` : id;
}
