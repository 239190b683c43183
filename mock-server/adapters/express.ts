/**
 * Express 5 adapter: Express req -> SandboxRequest -> handle() -> Express res. No behaviour lives
 * here; body-parser's own refusals are translated into the core's error responses.
 */
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from "express";
import { errorResponse, errors } from "../core/http/errors.ts";
import { handle } from "../core/handle.ts";
import { MAX_BODY_BYTES, type SandboxRequest, type SandboxResponse } from "../core/http/http.ts";
import type { Sandbox } from "../core/world/state.ts";

/** An Express app serving the sandbox. Mount it anywhere, or listen with `startServer`. */
export function createApp(sandbox: Sandbox): Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.use(allowBrowsers);
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

/**
 * CORS, so pages on any origin (the guide pointed at `npm start`) can call the sandbox. Only a
 * real preflight (OPTIONS with Access-Control-Request-Method) is answered here; other requests,
 * a bare OPTIONS included, go to the core as usual.
 */
const allowBrowsers: RequestHandler = (req, res, next) => {
  res.set({
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "X-Sandbox-Reason, Allow",
  });
  if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === undefined) return next();
  res.set({
    "access-control-allow-methods": "GET, POST, PUT, DELETE",
    "access-control-allow-headers": "Authorization, Content-Type, Accept, X-Sandbox-User, X-Sandbox-Scenario",
    "access-control-max-age": "600",
  });
  res.status(204).end();
};

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
  res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
}
