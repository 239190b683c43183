/**
 * Which browser pages may talk to the HTTP server: CORS for the allowed origins only, and every
 * request a page on another origin makes (a form, a `no-cors` fetch, a beacon: none needs a
 * preflight) refused before it reaches the sandbox. Tools without an Origin header (curl, SDKs,
 * tests) are not affected.
 */
import type { Request, RequestHandler } from "express";
import { errorResponse, errors } from "../core/http/errors.ts";

/** The guide's own origins: Astro's dev and preview servers (docs-site, port 4321). */
export const GUIDE_ORIGINS: readonly string[] = ["http://localhost:4321", "http://127.0.0.1:4321"];

const ALLOWED_HEADERS = "Authorization, Content-Type, Accept, X-Sandbox-User, X-Sandbox-Scenario, X-Sandbox-Fault, X-Sandbox-Workspace, X-Sandbox-Consent, X-Sandbox-Resource";

/** An origin as browsers send it: scheme://host[:port], lower case, no trailing slash. */
export function normaliseOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`${origin} is not an http(s) origin`);
  return url.origin;
}

/**
 * Express middleware: answers preflights from allowed origins, adds CORS headers to their answers,
 * and refuses (403 `origin_not_allowed`) any request whose Origin is not allowed.
 */
export function browserAccess(origins: readonly string[] = GUIDE_ORIGINS): RequestHandler {
  const allowed = new Set(origins.map(normaliseOrigin));
  return (req, res, next) => {
    res.vary("Origin");
    const origin = req.headers.origin;
    if (origin === undefined || isOwnConsentForm(req, origin)) return next();
    if (!allowed.has(origin.toLowerCase())) {
      const refusal = errorResponse(errors.originNotAllowed());
      res.status(refusal.status).set(refusal.headers).end(JSON.stringify(refusal.body));
      return;
    }
    res.set({ "access-control-allow-origin": origin, "access-control-expose-headers": "X-Sandbox-Reason, X-Sandbox-Scenario, X-Sandbox-Fault, Allow, Retry-After, Location" });
    if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === undefined) return next();
    res.set({ "access-control-allow-methods": "GET, POST, PUT, DELETE", "access-control-allow-headers": ALLOWED_HEADERS, "access-control-max-age": "600" });
    res.status(204).end();
  };
}

/**
 * The consent page's own form: the sandbox serves the page, and a browser posts it back with the
 * sandbox's own origin, which no `--cors-origin` lists.
 */
function isOwnConsentForm(req: Request, origin: string): boolean {
  if (req.method !== "POST" || !/^\/oauth\/authorize(\?|$)/.test(req.originalUrl)) return false;
  return req.headers.host !== undefined && origin.toLowerCase() === `${req.protocol}://${req.headers.host.toLowerCase()}`;
}
