/**
 * node:http adapter: IncomingMessage -> SandboxRequest -> handle() -> ServerResponse, with nothing
 * between them but what the Express adapter does too (express.ts), in the same order: the browser
 * policy (CORS, origins refused), the control plane's guard, the body read within its limit, the
 * core, and a fault's latency, reset or timeout. The CLI's server uses it; createApp stays for
 * those who mount the sandbox in their own Express app.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { setRateLimitDefault } from "../core/chaos/chaos-state.ts";
import { errorResponse, errors } from "../core/http/errors.ts";
import { handle } from "../core/handle.ts";
import { bodyToSend, MAX_BODY_BYTES, type SandboxRequest, type SandboxResponse } from "../core/http/http.ts";
import type { Sandbox } from "../core/world/state.ts";
import { browserPolicy, GUIDE_ORIGINS } from "./browser-access.ts";
import { controlPlaneCheck } from "./control-plane-guard.ts";
import type { AppOptions } from "./express.ts";
import { joinedHeaders, playFaultOnSocket } from "./node-request.ts";
import { BodyError, readBody } from "./request-body.ts";

/** The body limit sits just above the core's, so the core's 413 is the one normally seen (as in express.ts). */
const BODY_LIMIT = MAX_BODY_BYTES + 1024;

/** A `(req, res)` listener for `http.createServer` answering from the sandbox. */
export function createRequestListener(sandbox: Sandbox, options: AppOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  setRateLimitDefault(sandbox, options.rateLimit ?? true);
  const browser = browserPolicy(options.corsOrigins ?? GUIDE_ORIGINS);
  const guard = controlPlaneCheck(options);
  return (req, res) => {
    res.setHeader("vary", "Origin");
    // This server speaks plain HTTP (TLS, if any, ends in front of it), as Express's req.protocol says without "trust proxy".
    const decision = browser({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, protocol: "http" });
    if (decision.kind === "refuse") return send(req, res, decision.refusal);
    for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
    if (decision.kind === "preflight") {
      req.resume();
      res.writeHead(204).end();
      return;
    }
    const refusal = guard(req.url ?? "/", req.headers);
    if (refusal !== undefined) return send(req, res, errorResponse(refusal));
    readBody(req, BODY_LIMIT)
      .then(
        async (body) => answer(req, res, await handle(toSandboxRequest(req, body), sandbox, sandbox.clock())),
        (err: unknown) => send(req, res, errorResponse(bodyRefusal(err))),
      )
      // handle() never throws; a failure here is the socket's, so the connection goes with it.
      .catch((err: Error) => res.destroy(err));
  };
}

function bodyRefusal(err: unknown) {
  if (err instanceof BodyError && err.tooLarge) return errors.payloadTooLarge();
  return errors.invalidRequest(`The body could not be read: ${(err as Error).message}.`);
}

/** The request as the core takes it: method, path with query, headers joined, the body read. */
function toSandboxRequest(req: IncomingMessage, body: string | undefined): SandboxRequest {
  const headers = joinedHeaders(req);
  return { method: req.method ?? "GET", url: req.url ?? "/", headers, body };
}

/** Sends the answer, unless a fault drops the connection or holds it (after its latency either way). */
async function answer(req: IncomingMessage, res: ServerResponse, response: SandboxResponse): Promise<void> {
  if (!(await playFaultOnSocket(req, response))) send(req, res, response);
}

function send(_req: IncomingMessage, res: ServerResponse, response: SandboxResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  res.end(bodyToSend(response));
}
