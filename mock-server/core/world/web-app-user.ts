/** The web-app user a control-plane request acts as (X-Sandbox-User), and what that user may do. */
import { errors } from "../http/errors.ts";
import type { World, WorldCompany } from "./fixtures.ts";
import type { SandboxUser } from "../../openapi/types.ts";

/**
 * The admin or bookkeeper named by X-Sandbox-User (id or email). Throws 401 when the header is
 * missing or names no user, and 403 for an employee (`employeesCannot` finishes the sentence
 * "Only admins and bookkeepers ...").
 */
export function actingManager(headers: Record<string, string | undefined>, world: World, employeesCannot: string): SandboxUser {
  const user = namedUser(headers, world);
  if (user.role === "employee") throw errors.roleInsufficient(`${user.name} is an employee. Only admins and bookkeepers ${employeesCannot}.`);
  return user;
}

/** The user X-Sandbox-User names by id or email (case-insensitive); throws 401 when none is named or found. */
export function namedUser(headers: Record<string, string | undefined>, world: World): SandboxUser {
  const sent = headers["x-sandbox-user"]?.trim();
  if (!sent) throw errors.userMissing();
  const user = world.users.find((u) => u.id === sent || u.email.toLowerCase() === sent.toLowerCase());
  if (!user) throw errors.userUnknown(sent);
  return user;
}

/** The company the user works for (every user of the world belongs to one of its companies). */
export function homeCompany(user: SandboxUser, world: World): WorldCompany {
  return world.companies.find((c) => c.id === user.companyId)!;
}

/** A user acts for their own company, and an organisation admin for every company of their organisation. */
export function mayActFor(user: SandboxUser, company: WorldCompany, world: World): boolean {
  if (company.id === user.companyId) return true;
  const ownOrganisation = world.companies.find((c) => c.id === user.companyId)?.organisationId;
  return user.organisationAdmin && company.organisationId === ownOrganisation;
}
