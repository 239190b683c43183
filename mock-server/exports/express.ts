/** `pleo-sandbox/express`: the sandbox as an HTTP request handler (an Express 5 app), or listening on a port (Node). */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createApp as createExpressApp } from "../adapters/express.ts";
import type { Sandbox } from "../core/world/state.ts";

export { startServer, type RunningServer } from "../adapters/serve.ts";

/**
 * A request handler answering from the sandbox: mount it in an Express or Connect app
 * (`app.use("/pleo", createApp(sandbox))`) or serve it (`http.createServer(createApp(sandbox))`).
 * Typed without Express's types, so using it needs no @types/express.
 */
export type SandboxApp = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

/** The sandbox as an Express 5 app (see `SandboxApp`). */
export function createApp(sandbox: Sandbox): SandboxApp {
  return createExpressApp(sandbox);
}
