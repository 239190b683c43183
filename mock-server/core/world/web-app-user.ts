/** The web-app user a control-plane request acts as (X-Sandbox-User), and what that user may do. */
import { errors, type ApiError } from "../http/errors.ts";
import type { World, WorldCompany } from "./fixtures.ts";
import type { SandboxUser } from "../../openapi/types.ts";

/**
 * The admin or bookkeeper named by X-Sandbox-User (id or email), or why not: 401 when missing or
 * unknown, 403 for an employee (`employeesCannot` finishes the sentence "Only admins and bookkeepers ...").
 */
export function actingManager(headers: Record<string, string | undefined>, world: World, employeesCannot: string): SandboxUser | ApiError {
  const sent = headers["x-sandbox-user"]?.trim();
  if (!sent) return errors.userMissing();
  const user = world.users.find((u) => u.id === sent || u.email.toLowerCase() === sent.toLowerCase());
  if (!user) return errors.userUnknown(sent);
  if (user.role === "employee") return errors.roleInsufficient(`${user.name} is an employee. Only admins and bookkeepers ${employeesCannot}.`);
  return user;
}

/** A user acts for their own company, and an organisation admin for every company of their organisation. */
export function mayActFor(user: SandboxUser, company: WorldCompany, world: World): boolean {
  if (company.id === user.companyId) return true;
  const ownOrganisation = world.companies.find((c) => c.id === user.companyId)?.organisationId;
  return user.organisationAdmin && company.organisationId === ownOrganisation;
}
