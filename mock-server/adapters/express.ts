/**
 * Express 5 adapter: Express req -> SandboxRequest -> handle() -> Express res. No sandbox behaviour
 * lives here; body-parser's own refusals are translated into the core's error responses, the
 * server's own guards (browser origins, the control plane's Host and token) answer first, and a
 * fault's latency, reset or timeout is carried out here.
 */
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from "express";
import { setRateLimitDefault } from "../core/chaos/chaos-state.ts";
import { errorResponse, errors } from "../core/http/errors.ts";
import { handle } from "../core/handle.ts";
import { bodyToSend, MAX_BODY_BYTES, type SandboxRequest, type SandboxResponse } from "../core/http/http.ts";
import type { Sandbox } from "../core/world/state.ts";
import { browserAccess, GUIDE_ORIGINS } from "./browser-access.ts";
import { guardControlPlane, type ControlPlaneGuard } from "./control-plane-guard.ts";
import { joinedHeaders, playFaultOnSocket } from "./node-request.ts";

export interface AppOptions extends ControlPlaneGuard {
  /** Origins whose pages may call the sandbox (CORS); others are refused. Default: the guide's dev and preview servers. */
  corsOrigins?: readonly string[];
  /**
   * Enforce Pleo's rate limit (600 requests a minute per key) on this sandbox by default (its
   * resets and new workspaces too). Default true: a server behaves like Pleo; the control plane
   * (`POST /sandbox/rate-limit`) can still change it.
   */
  rateLimit?: boolean;
}

/** An Express app serving the sandbox. Mount it anywhere, or listen with `startServer`. */
export function createApp(sandbox: Sandbox, options: AppOptions = {}): Express {
  setRateLimitDefault(sandbox, options.rateLimit ?? true);
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.use(browserAccess(options.corsOrigins ?? GUIDE_ORIGINS));
  app.use(guardControlPlane(options));
  // Every body arrives as text: the core parses JSON, so malformed JSON is refused the same everywhere.
  // The limit sits just above the core's, so the core's 413 is the one normally seen.
  app.use(express.text({ type: () => true, limit: MAX_BODY_BYTES + 1024, defaultCharset: "utf-8" }));
  app.use(async (req, res) => answer(req, res, await handle(toSandboxRequest(req), sandbox, sandbox.clock())));
  const bodyErrors: ErrorRequestHandler = (err: { type?: string; message?: string }, _req, res, _next) => {
    const refusal = err.type === "entity.too.large" ? errors.payloadTooLarge() : errors.invalidRequest(`The body could not be read: ${err.message}.`);
    send(res, errorResponse(refusal));
  };
  app.use(bodyErrors);
  return app;
}

function toSandboxRequest(req: Request): SandboxRequest {
  const headers = joinedHeaders(req);
  const body: unknown = req.body;
  return { method: req.method, url: req.originalUrl, headers, body: typeof body === "string" && body !== "" ? body : undefined };
}

/** Sends the answer, unless a fault drops the connection or holds it (after its latency either way). */
async function answer(req: Request, res: Response, response: SandboxResponse): Promise<void> {
  if (!(await playFaultOnSocket(req, response))) send(res, response);
}

function send(res: Response, response: SandboxResponse): void {
  res.status(response.status).set(response.headers);
  res.end(bodyToSend(response));
}
