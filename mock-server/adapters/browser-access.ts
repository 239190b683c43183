/**
 * Which browser pages may talk to the HTTP server: CORS for the allowed origins only, and every
 * request a page on another origin makes (a form, a `no-cors` fetch, a beacon: none needs a
 * preflight) refused before it reaches the sandbox. Tools without an Origin header (curl, SDKs,
 * tests) are not affected.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler } from "express";
import { errorResponse, errors } from "../core/http/errors.ts";
import type { SandboxResponse } from "../core/http/http.ts";

/** The guide's own origins: Astro's dev and preview servers (docs-site, port 4321). */
export const GUIDE_ORIGINS: readonly string[] = ["http://localhost:4321", "http://127.0.0.1:4321"];

const ALLOWED_HEADERS = "Authorization, Content-Type, Accept, X-Sandbox-User, X-Sandbox-Scenario, X-Sandbox-Fault, X-Sandbox-Workspace, X-Sandbox-Consent, X-Sandbox-Resource";

/** An origin as browsers send it: scheme://host[:port], lower case, no trailing slash. */
export function normaliseOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`${origin} is not an http(s) origin`);
  return url.origin;
}

/** What the browser policy reads of a request: its method, URL as sent, headers, and the protocol it came over. */
export interface PolicyRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  protocol: "http" | "https";
}

/** What the browser policy says of one request: refuse it, answer its preflight, or go on with these headers. */
export type BrowserDecision =
  | { kind: "refuse"; refusal: SandboxResponse }
  | { kind: "preflight"; headers: Record<string, string> }
  | { kind: "continue"; headers: Record<string, string> };

const EXPOSED = { "access-control-allow-origin": "", "access-control-expose-headers": "X-Sandbox-Reason, X-Sandbox-Scenario, X-Sandbox-Fault, Allow, Retry-After, Location" };
const NO_HEADERS: Record<string, string> = {};

/**
 * The policy for `origins`, for any adapter: no Origin goes on untouched; an Origin not allowed is
 * refused (403 `origin_not_allowed`); an allowed one gets CORS headers, and its preflight is answered.
 * Every answer also carries `Vary: Origin` (the adapter adds it).
 */
export function browserPolicy(origins: readonly string[] = GUIDE_ORIGINS): (request: PolicyRequest) => BrowserDecision {
  const allowed = new Set(origins.map(normaliseOrigin));
  return (request) => {
    const { method, headers } = request;
    const origin = headers.origin;
    if (origin === undefined || isOwnConsentForm(request, origin)) return { kind: "continue", headers: NO_HEADERS };
    if (!allowed.has(origin.toLowerCase())) return { kind: "refuse", refusal: errorResponse(errors.originNotAllowed()) };
    const cors = { ...EXPOSED, "access-control-allow-origin": origin };
    if (method !== "OPTIONS" || headers["access-control-request-method"] === undefined) return { kind: "continue", headers: cors };
    return { kind: "preflight", headers: { ...cors, "access-control-allow-methods": "GET, POST, PUT, DELETE", "access-control-allow-headers": ALLOWED_HEADERS, "access-control-max-age": "600" } };
  };
}

/**
 * Express middleware: answers preflights from allowed origins, adds CORS headers to their answers,
 * and refuses (403 `origin_not_allowed`) any request whose Origin is not allowed.
 */
export function browserAccess(origins: readonly string[] = GUIDE_ORIGINS): RequestHandler {
  const decide = browserPolicy(origins);
  return (req, res, next) => {
    res.vary("Origin");
    const decision = decide({ method: req.method, url: req.originalUrl, headers: req.headers, protocol: req.protocol === "https" ? "https" : "http" });
    if (decision.kind === "refuse") {
      res.status(decision.refusal.status).set(decision.refusal.headers).end(JSON.stringify(decision.refusal.body));
      return;
    }
    res.set(decision.headers);
    if (decision.kind === "continue") return next();
    res.status(204).end();
  };
}

/**
 * The consent page's own form: the sandbox serves the page, and a browser posts it back with the
 * sandbox's own origin, which no `--cors-origin` lists.
 */
function isOwnConsentForm({ method, url, headers, protocol }: PolicyRequest, origin: string): boolean {
  if (method !== "POST" || !/^\/oauth\/authorize(\?|$)/.test(url)) return false;
  return headers.host !== undefined && origin.toLowerCase() === `${protocol}://${headers.host.toLowerCase()}`;
}
