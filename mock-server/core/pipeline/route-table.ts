/**
 * The router: sandbox.yaml's operations (the generated route table) joined with their handlers,
 * matched by method and path.
 */
import { routeTable, type RouteSpec } from "../../openapi/routes.ts";
import { errors } from "../http/errors.ts";
import { handlers } from "../resources/index.ts";
import { notModelled } from "./not-modelled.ts";
import type { AnyOperation } from "./operation.ts";

export interface Route extends RouteSpec {
  handler: AnyOperation;
}

export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  /** The path up to its first parameter: a path that does not start with it cannot match (checked before the pattern). */
  literal: string;
}

/** `{name}` matches one path segment up to a `/` or `:`, so `/v1/vendors/{id}:archive` and `:search` stay literal. */
function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/:]+)";
    })
    .join("");
  return { route, pattern: new RegExp(`^${source}$`), names, literal: route.path.split("{")[0]! };
}

/** Every operation the sandbox serves, in sandbox.yaml's order. */
export const routes: readonly Route[] = routeTable.map((spec: RouteSpec) => ({
  ...spec,
  handler: spec.unmodelled ? notModelled(spec) : (handlers as Record<string, AnyOperation>)[spec.operationId]!,
}));

const compiled = routes.map(compile);

/** Paths matched lately, by method and path (a client asks for the same few again and again); bounded in count and length. */
const recent = new Map<string, MatchedRoute>();
const RECENT_PATHS = 1000;
const RECENT_PATH_CHARS = 256;

/** The route for a method and path, with its decoded path parameters; throws a 404/405/400 refusal. */
export function matchRoute(method: string, path: string): MatchedRoute {
  const seen = `${method} ${path}`;
  const known = recent.get(seen);
  if (known !== undefined) return { route: known.route, params: { ...known.params } };
  const matched = matchAnew(method, path);
  if (path.length > RECENT_PATH_CHARS) return matched;
  if (recent.size >= RECENT_PATHS) recent.delete(recent.keys().next().value!);
  recent.set(seen, matched);
  return { route: matched.route, params: { ...matched.params } };
}

function matchAnew(method: string, path: string): MatchedRoute {
  const onPath: (CompiledRoute & { values: string[] })[] = [];
  for (const c of compiled) {
    const match = path.startsWith(c.literal) ? c.pattern.exec(path) : null;
    if (match) onPath.push({ ...c, values: match.slice(1) });
  }
  if (onPath.length === 0) throw errors.unknownRoute(method, path);
  const hit = onPath.find((c) => c.route.method === method.toUpperCase());
  if (!hit) throw errors.methodNotAllowed(method.toUpperCase(), path, onPath.map((c) => c.route.method));
  const params: Record<string, string> = {};
  for (const [i, name] of hit.names.entries()) {
    try {
      params[name] = decodeURIComponent(hit.values[i]!);
    } catch {
      throw errors.invalidRequest(`The path parameter ${name} is not valid percent-encoding.`);
    }
  }
  return { route: hit.route, params };
}
