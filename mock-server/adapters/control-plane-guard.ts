/**
 * The control plane (`/sandbox/*`) belongs to whoever started the server: requests must name the
 * server itself in Host (so a page reaching it through DNS rebinding is refused), and a server
 * listening beyond loopback also wants its admin token as a bearer credential.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler } from "express";
import { errorResponse, errors, type ApiError } from "../core/http/errors.ts";

export interface ControlPlaneGuard {
  /** The Host values `/sandbox/*` accepts (lower case, with port); undefined accepts any. Read per request, so a server can fill it once it listens. */
  allowedHosts?: () => readonly string[] | undefined;
  /** The bearer token `/sandbox/*` requires; undefined requires none. */
  adminToken?: string;
}

/** The guard for any adapter: the refusal a request to `url` with these headers gets, or undefined when it may go on. */
export function controlPlaneCheck({ allowedHosts, adminToken }: ControlPlaneGuard): (url: string, headers: IncomingHttpHeaders) => ApiError | undefined {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return (url, headers) => {
    if (!CONTROL_PLANE.test(url)) return undefined;
    return hostRefusal(headers.host, allowedHosts?.()) ?? tokenRefusal(headers.authorization, expected);
  };
}

const CONTROL_PLANE = /^\/sandbox(\/|\?|$)/;

/** Express middleware applying the guard to `/sandbox` and everything below it. */
export function guardControlPlane(guard: ControlPlaneGuard): RequestHandler {
  const check = controlPlaneCheck(guard);
  return (req, res, next) => {
    const refusal = check(req.originalUrl, req.headers);
    if (refusal === undefined) return next();
    const response = errorResponse(refusal);
    res.status(response.status).set(response.headers).end(JSON.stringify(response.body));
  };
}

function hostRefusal(host: string | undefined, allowed: readonly string[] | undefined): ApiError | undefined {
  if (allowed === undefined || (host !== undefined && allowed.includes(host.toLowerCase()))) return undefined;
  return errors.hostNotAllowed([...allowed]);
}

function tokenRefusal(authorization: string | undefined, expected: Buffer | undefined): ApiError | undefined {
  if (expected === undefined) return undefined;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (token === undefined) return errors.adminTokenMissing();
  return timingSafeEqual(digest(token), expected) ? undefined : errors.adminTokenWrong();
}

/** Compared as SHA-256 digests, so the comparison takes as long whatever the token's length. */
function digest(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/** Whether an address to listen on is loopback only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** The token a server on `host` requires: the one given, else a fresh one beyond loopback (32 random bytes, base64url), else none. */
export function adminTokenFor(host: string, given: string | undefined): string | undefined {
  return given ?? (isLoopback(host) ? undefined : randomBytes(32).toString("base64url"));
}

/** The Host values that name a server listening on `host`:`port`; undefined for a wildcard address, which any name may reach. */
export function hostsOf(host: string, port: number, extra: readonly string[] = []): string[] | undefined {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "0.0.0.0" || bare === "::" || bare === "") return undefined;
  const names = isLoopback(bare) ? ["localhost", "127.0.0.1", "[::1]", bare.includes(":") ? `[${bare}]` : bare] : [bare.includes(":") ? `[${bare}]` : bare];
  const withPort = [...new Set([...names, ...extra.map((h) => h.toLowerCase())])].flatMap((name) => (port === 80 ? [`${name}:80`, name] : [`${name}:${port}`]));
  return withPort;
}
