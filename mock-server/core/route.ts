/**
 * What a route is: method, path, the operation it runs, and for Pleo's operations the scope it needs
 * and where the request names its company. The table itself is in routes.ts.
 */
import type { z } from "zod";
import type { Target } from "./authorize.ts";
import type { World } from "./fixtures.ts";
import type { ApiError } from "./errors.ts";
import type { SandboxResponse } from "./http.ts";
import type { Scope } from "./schema.ts";
import type { Sandbox, StoredKey } from "./state.ts";

/** Who the request acts as, once the key has passed every check (Pleo routes only). */
export interface Access {
  key: StoredKey;
  target: Target;
  /** The companies this request may see: the target's, within what the key covers. */
  companyIds: string[];
}

export interface OperationContext<Query = unknown, Body = unknown> {
  sandbox: Sandbox;
  /** The world as the checks saw it (a forced scenario may have changed a company's features). */
  world: World;
  /** Sandbox time. */
  now: Date;
  /** The adapter's time, which the sandbox clock is an offset from. */
  realNow: Date;
  params: Record<string, string>;
  query: Query;
  body: Body;
  headers: Record<string, string | undefined>;
  access: Access;
}

/** What a TargetReader sees of a request; `body` is the raw text, not yet validated. */
export interface TargetRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  world: World;
  body?: string;
}

/** Where a Pleo request names its company; undefined means "the key's own". */
export type TargetReader = (request: TargetRequest) => Target | undefined;

export type Outcome = SandboxResponse | ApiError;

export interface Route<Query = unknown, Body = unknown> {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  operationId: string;
  /** `pleo` routes need an API key; `control` routes are the sandbox's own (/sandbox). */
  plane: "pleo" | "control";
  scope?: Scope;
  target?: TargetReader;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** The body may be left out (Pleo's search bodies are optional); it then reads as `{}`. */
  bodyOptional?: boolean;
  /** Answers the request; a returned ApiError becomes Pleo's error body. */
  run: (ctx: OperationContext<Query, Body>) => Outcome | Promise<Outcome>;
}

/** Declares a route, keeping its query and body types tied to its run function. */
export function defineRoute<Query = undefined, Body = undefined>(route: Route<Query, Body>): Route {
  return route as unknown as Route;
}

/** The company named by a query parameter. */
export const companyFromQuery = (parameter: string): TargetReader => ({ query }) => {
  const value = query.get(parameter);
  return value === null ? undefined : { companyId: value, parameter };
};

/** The organisation named by a query parameter. */
export const organisationFromQuery = (parameter: string): TargetReader => ({ query }) => {
  const value = query.get(parameter);
  return value === null ? undefined : { organisationId: value, parameter };
};

/** The company named in the path. */
export const companyFromPath = (parameter: string): TargetReader => ({ params }) => ({
  companyId: params[parameter] ?? "",
  parameter,
});

/** The company that owns the resource in the path; an unknown resource falls back to the key's own. */
export const companyOfResource =
  (find: (world: World, id: string) => { companyId: string } | undefined, parameter: string): TargetReader =>
  ({ params, world }) => {
    const resource = find(world, params[parameter] ?? "");
    return resource ? { companyId: resource.companyId, parameter: `the ${parameter}'s company` } : undefined;
  };

/** The first reader that finds a target, e.g. `company_id`, else `organization_id`. */
export const firstTarget = (...readers: TargetReader[]): TargetReader => (request) => {
  for (const read of readers) {
    const target = read(request);
    if (target) return target;
  }
  return undefined;
};

/** A field of the JSON body, read defensively: a body that is not a JSON object yields nothing (input validation answers it). */
export function bodyField(body: string | undefined, field: string): string | undefined {
  if (!body) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    const found = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[field] : undefined;
    return typeof found === "string" ? found : undefined;
  } catch {
    return undefined;
  }
}

/** The company named by a body field, e.g. `companyId` of `POST /v3/export-jobs`. */
export const companyFromBody = (field: string): TargetReader => ({ body }) => {
  const value = bodyField(body, field);
  return value === undefined ? undefined : { companyId: value, parameter: field };
};

/**
 * The company that owns a resource named outside the path (a query parameter or a body field);
 * an unknown resource falls back to the key's own company.
 */
export const companyOfResourceIn =
  (find: (world: World, id: string) => { companyId: string } | undefined, read: (request: TargetRequest) => string | undefined, label: string): TargetReader =>
  (request) => {
    const id = read(request);
    const resource = id === undefined ? undefined : find(request.world, id);
    return resource ? { companyId: resource.companyId, parameter: `the ${label}'s company` } : undefined;
  };
