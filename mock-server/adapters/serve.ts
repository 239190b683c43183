/**
 * Listening on a port: the Express app in a Node HTTP server whose own protocol errors (oversized
 * headers, garbage, slow clients, odd Expect, CONNECT) are answered in Pleo's JSON shape instead of
 * Node's bare status line. The control plane answers only to its own Host, and beyond loopback only
 * with the admin token. Closing is graceful: requests in flight finish, idle connections close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Sandbox } from "../core/world/state.ts";
import { adminTokenFor, hostsOf, isLoopback } from "./control-plane-guard.ts";
import { createRequestListener } from "./node-http.ts";
import { registerOwnAddress } from "./own-address.ts";
import { answerProtocolEdges, DEFAULT_TIMEOUTS, timeoutOptions, type Timeouts } from "./protocol-edges.ts";

/** Declared here rather than taken from express.ts, so this module's types need no @types/express. */
export interface ServerOptions {
  /** Origins whose pages may call the sandbox (CORS); others are refused. Default: the guide's dev and preview servers. */
  corsOrigins?: readonly string[];
  /** Enforce Pleo's rate limit per key (default true; also POST /sandbox/rate-limit). */
  rateLimit?: boolean;
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Names besides the bound address that `/sandbox/*` accepts in Host (e.g. a DNS name of this machine). */
  extraHosts?: readonly string[];
  /** The bearer token `/sandbox/*` requires. Beyond loopback one is always required: generated when not given. */
  adminToken?: string;
  /** How long slow clients are waited for; each defaults (protocol-edges.ts). */
  timeouts?: Partial<Timeouts>;
  /**
   * What answers requests: `node` (default), a node:http listener over handle(), or `express`,
   * the Express app of createApp. Both do the same (the same tests run against each); the default
   * is faster and does not load Express. `PLEO_SANDBOX_ADAPTER` sets the default.
   */
  adapter?: Adapter;
}

export type Adapter = "node" | "express";

/** The adapter when none is given: `PLEO_SANDBOX_ADAPTER` if it names one, else `node`. */
export function defaultAdapter(env: Record<string, string | undefined> = process.env): Adapter {
  return env.PLEO_SANDBOX_ADAPTER === "express" ? "express" : "node";
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  /**
   * Stops listening at once, lets requests in flight finish (answering them with Connection: close),
   * closes idle connections, and resolves when every connection is gone. Connections still busy
   * after `graceMs` (default 5 s) are cut.
   */
  close: (options?: { graceMs?: number }) => Promise<void>;
  /** Requests received and not yet answered. */
  readonly inFlight: number;
  /** Whether it listens on loopback only. */
  loopback: boolean;
  /** The token `/sandbox/*` requires, if any (generated when listening beyond loopback without one). */
  adminToken?: string;
}

/**
 * Starts the sandbox on host:port (port 0 picks a free one). Pleo's rate limit is on unless
 * `rateLimit: false`. Rejects with the listen error, e.g. EADDRINUSE.
 */
export async function startServer(sandbox: Sandbox, options: ServerOptions = {}): Promise<RunningServer> {
  const { port = 4010, host = "127.0.0.1", adapter = defaultAdapter() } = options;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const adminToken = adminTokenFor(host, options.adminToken);
  let allowedHosts: string[] | undefined = [];
  const appOptions = { corsOrigins: options.corsOrigins, rateLimit: options.rateLimit, adminToken, allowedHosts: () => allowedHosts };
  // Express is loaded only when asked for: the CLI starts without it.
  const listener = adapter === "express" ? (await import("./express.ts")).createApp(sandbox, appOptions) : createRequestListener(sandbox, appOptions);
  const server = createServer(timeoutOptions(timeouts), listener);
  answerProtocolEdges(server, timeouts);
  const requests = trackRequests(server);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      allowedHosts = hostsOf(host, actualPort, options.extraHosts);
      registerOwnAddress(sandbox.deliveries.policy, host, actualPort);
      resolve({
        server,
        url: `http://${shownHost}:${actualPort}`,
        close: ({ graceMs = 5_000 } = {}) => requests.close(graceMs),
        get inFlight() {
          return requests.inFlight;
        },
        loopback: isLoopback(host),
        ...(adminToken !== undefined && { adminToken }),
      });
    });
  });
}

/** Counts the requests in flight, and closes the server without cutting them short. */
function trackRequests(server: Server) {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  /** Once closing, answers say Connection: close, so keep-alive clients do not hold the server open. */
  const lastOnItsConnection = (res: ServerResponse) => {
    if (!res.headersSent) res.shouldKeepAlive = false;
  };
  server.on("request", (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) lastOnItsConnection(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    get inFlight() {
      return inFlight.size;
    },
    close: (graceMs: number) =>
      new Promise<void>((done) => {
        closing = true;
        inFlight.forEach(lastOnItsConnection);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          done();
        });
        server.closeIdleConnections();
      }),
  };
}
