/**
 * Express 5 adapter: Express req -> SandboxRequest -> handle() -> Express res. No sandbox behaviour
 * lives here; body-parser's own refusals are translated into the core's error responses, and the
 * server's own guards (browser origins, the control plane's Host and token) answer first.
 */
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from "express";
import { errorResponse, errors } from "../core/http/errors.ts";
import { handle } from "../core/handle.ts";
import { bodyText, MAX_BODY_BYTES, type SandboxRequest, type SandboxResponse } from "../core/http/http.ts";
import type { Sandbox } from "../core/world/state.ts";
import { browserAccess, GUIDE_ORIGINS } from "./browser-access.ts";
import { guardControlPlane, type ControlPlaneGuard } from "./control-plane-guard.ts";

export interface AppOptions extends ControlPlaneGuard {
  /** Origins whose pages may call the sandbox (CORS); others are refused. Default: the guide's dev and preview servers. */
  corsOrigins?: readonly string[];
}

/** An Express app serving the sandbox. Mount it anywhere, or listen with `startServer`. */
export function createApp(sandbox: Sandbox, options: AppOptions = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.use(browserAccess(options.corsOrigins ?? GUIDE_ORIGINS));
  app.use(guardControlPlane(options));
  // Every body arrives as text: the core parses JSON, so malformed JSON is refused the same everywhere.
  // The limit sits just above the core's, so the core's 413 is the one normally seen.
  app.use(express.text({ type: () => true, limit: MAX_BODY_BYTES + 1024, defaultCharset: "utf-8" }));
  app.use(async (req, res) => send(res, await handle(toSandboxRequest(req), sandbox, sandbox.clock())));
  const bodyErrors: ErrorRequestHandler = (err: { type?: string; message?: string }, _req, res, _next) => {
    const refusal = err.type === "entity.too.large" ? errors.payloadTooLarge() : errors.invalidRequest(`The body could not be read: ${err.message}.`);
    send(res, errorResponse(refusal));
  };
  app.use(bodyErrors);
  return app;
}

function toSandboxRequest(req: Request): SandboxRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const body: unknown = req.body;
  return { method: req.method, url: req.originalUrl, headers, body: typeof body === "string" && body !== "" ? body : undefined };
}

function send(res: Response, response: SandboxResponse): void {
  res.status(response.status).set(response.headers);
  res.end(bodyText(response));
}
