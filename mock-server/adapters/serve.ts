/**
 * Listening on a port: the Express app in a Node HTTP server whose own protocol errors (oversized
 * headers, garbage) are answered in Pleo's JSON shape instead of Node's bare status line. The
 * control plane answers only to its own Host, and beyond loopback only with the admin token.
 */
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { errors, errorResponse, type ApiError } from "../core/http/errors.ts";
import type { Sandbox } from "../core/world/state.ts";
import { adminTokenFor, hostsOf, isLoopback } from "./control-plane-guard.ts";
import { createApp, type AppOptions } from "./express.ts";
import { registerOwnAddress } from "./own-address.ts";

export interface ServerOptions extends Pick<AppOptions, "corsOrigins"> {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Names besides the bound address that `/sandbox/*` accepts in Host (e.g. a DNS name of this machine). */
  extraHosts?: readonly string[];
  /** The bearer token `/sandbox/*` requires. Beyond loopback one is always required: generated when not given. */
  adminToken?: string;
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  close: () => Promise<void>;
  /** Whether it listens on loopback only. */
  loopback: boolean;
  /** The token `/sandbox/*` requires, if any (generated when listening beyond loopback without one). */
  adminToken?: string;
}

/** Starts the sandbox on host:port (port 0 picks a free one). Rejects with the listen error, e.g. EADDRINUSE. */
export function startServer(sandbox: Sandbox, options: ServerOptions = {}): Promise<RunningServer> {
  const { port = 4010, host = "127.0.0.1" } = options;
  const loopback = isLoopback(host);
  const adminToken = adminTokenFor(host, options.adminToken);
  let allowedHosts: string[] | undefined = [];
  const server = createServer(createApp(sandbox, { corsOrigins: options.corsOrigins, adminToken, allowedHosts: () => allowedHosts }));
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const refusal = err.code === "HPE_HEADER_OVERFLOW" ? errors.headersTooLarge() : errors.unreadableRequest(err.code ?? err.message);
    writeRawError(socket, refusal);
  });
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
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
        loopback,
        ...(adminToken !== undefined && { adminToken }),
      });
    });
  });
}

/** Node has not parsed the request, so Express never sees it: answer on the socket directly. */
function writeRawError(socket: Socket, refusal: ApiError): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const response = errorResponse(refusal);
  const body = JSON.stringify(response.body);
  const headers = Object.entries({ ...response.headers, "content-length": String(Buffer.byteLength(body)), connection: "close" })
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 ${response.status} ${refusal.type}\r\n${headers}\r\n\r\n${body}`);
}
