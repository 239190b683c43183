/** `pleo-sandbox/express`: the sandbox as an Express 5 app, or listening on a port (Node). */
export { createApp } from "../adapters/express.ts";
export { startServer, type RunningServer } from "../adapters/serve.ts";
