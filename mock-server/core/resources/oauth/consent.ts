/**
 * The user's decision on an authorization request: who decides, for which company or
 * organisation, approve or deny. An approval by an admin who may install the app there gives a
 * single-use code bound to the client, the redirect URI, the PKCE challenge and the decision.
 */
import { errors } from "../../http/errors.ts";
import { oauthErrors } from "../../http/refusals/oauth.ts";
import { boundCodes } from "../../oauth/bounds.ts";
import { randomSecret } from "../../oauth/oauth-state.ts";
import { CODE_SECONDS } from "../../oauth/tokens.ts";
import type { Sandbox } from "../../world/state.ts";
import type { World } from "../../world/fixtures.ts";
import { isoSeconds } from "../../world/clock.ts";
import { hashSecret } from "../../world/keys.ts";
import { homeCompany, mayActFor } from "../../world/web-app-user.ts";
import type { AccessLevel, SandboxUser } from "../../../openapi/types.ts";
import { backToApp, refuseToApp, type AuthorizationRequest } from "./authorization-request.ts";

export interface Decision {
  user: SandboxUser;
  resource: AccessLevel;
  consent: "approve" | "deny";
}

const URN = /^urn:pleo:(company|organisation):(.+)$/;

/** The company or organisation named by id or URN; the user's own company when nothing is named. Throws a 400 for an unknown one. */
export function namedResource(sent: string | undefined, user: SandboxUser, world: World): AccessLevel {
  const text = sent?.trim() ?? "";
  if (text === "") return { type: "company", companyId: user.companyId };
  const [, kind, id = text] = URN.exec(text) ?? [];
  if (kind !== "organisation" && world.companies.some((c) => c.id === id)) return { type: "company", companyId: id };
  if (kind !== "company" && world.organisations.some((o) => o.id === id)) return { type: "organisation", organisationId: id };
  throw errors.invalidRequest(`No company or organisation "${text}" to install the app for; GET /sandbox/world lists them.`);
}

/** Why the user may not install apps for the resource, or nothing: admins of the company, organisation admins for their organisation. */
function notAllowed(user: SandboxUser, resource: AccessLevel, world: World): string | undefined {
  if (user.role !== "admin") return `${user.name} is a ${user.role}; only admins install apps and approve their scopes.`;
  if (resource.type === "organisation") {
    const own = homeCompany(user, world).organisationId === resource.organisationId;
    return user.organisationAdmin && own ? undefined : `${user.name} is not an admin of organisation ${resource.organisationId}; only its organisation admins install apps for all of it.`;
  }
  const company = world.companies.find((c) => c.id === resource.companyId)!;
  return mayActFor(user, company, world) ? undefined : `${user.name} works for another company; apps are installed in "${company.name}" by its own admins.`;
}

/** The 302 back to the app: a code, or why not. */
export async function decide(request: AuthorizationRequest, decision: Decision, sandbox: Sandbox, now: Date) {
  const { user, resource } = decision;
  if (decision.consent === "deny") return refuseToApp(request, oauthErrors.consentDenied(user.name));
  const problem = notAllowed(user, resource, sandbox.state.world);
  if (problem) return refuseToApp(request, oauthErrors.consentNotAllowed(problem));
  const code = randomSecret();
  const state = sandbox.state.oauth;
  // Codes are kept a day past their expiry, so a late second exchange is still recognised as reuse.
  state.codes = state.codes.filter((c) => Date.parse(c.expiresAt) > now.getTime() - 24 * 3600 * 1000);
  state.codes.push({
    hash: await hashSecret(code),
    appId: request.app.id,
    redirectUri: request.redirectUri,
    challenge: request.challenge,
    userId: user.id,
    resource,
    scopes: request.scopes,
    expiresAt: isoSeconds(new Date(now.getTime() + CODE_SECONDS * 1000)),
  });
  boundCodes(state);
  return backToApp(request, { code });
}
