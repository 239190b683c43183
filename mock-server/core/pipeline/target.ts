/**
 * Reads the company (or organisation) a request is about from where its route's `x-sandbox-target`
 * says: a query parameter, a path parameter, a body field, or a record whose company decides.
 */
import type { TargetSpec } from "../../openapi/routes.ts";
import { UUID } from "../http/patterns.ts";
import type { World } from "../world/fixtures.ts";
import { ownerCompany } from "../world/records.ts";
import type { Target } from "./access.ts";
import type { RequestContext } from "./request.ts";

/** The first of the route's targets the request names; undefined means "the key's own". */
export function readTarget(specs: readonly TargetSpec[], ctx: RequestContext, world: World): Target | undefined {
  for (const spec of specs) {
    const value = valueAt(spec, ctx);
    if (value === undefined) continue;
    // A path names a resource: a company no world holds names nothing, and the operation answers 404.
    if (spec.is === "company" && spec.in === "path" && UUID.test(value) && !world.companies.some((c) => c.id === value)) continue;
    if (spec.is === "company") return { companyId: value, parameter: spec.name };
    if (spec.is === "organisation") return { organisationId: value, parameter: spec.name };
    // A record the world does not hold names nothing: the key's own company applies, and the operation answers 404.
    const companyId = ownerCompany[spec.is](world, value);
    if (companyId !== undefined) return { companyId, parameter: `the ${spec.name}'s company` };
  }
  return undefined;
}

function valueAt(spec: TargetSpec, ctx: RequestContext): string | undefined {
  if (spec.in === "path") return ctx.params[spec.name];
  if (spec.in === "query") return ctx.query.get(spec.name) ?? undefined;
  const body = ctx.json();
  const value = body.ok && isObject(body.value) ? body.value[spec.name] : undefined;
  return typeof value === "string" ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
