/**
 * Listening on a port: the Express app in a Node HTTP server whose own protocol errors (oversized
 * headers, garbage) are answered in Pleo's JSON shape instead of Node's bare status line.
 */
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { errors, errorResponse, type ApiError } from "../core/http/errors.ts";
import type { Sandbox } from "../core/world/state.ts";
import { createApp } from "./express.ts";

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  close: () => Promise<void>;
}

/** Starts the sandbox on host:port (port 0 picks a free one). Rejects with the listen error, e.g. EADDRINUSE. */
export function startServer(sandbox: Sandbox, { port = 4010, host = "127.0.0.1" } = {}): Promise<RunningServer> {
  const server = createServer(createApp(sandbox));
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
      resolve({
        server,
        url: `http://${shownHost}:${actualPort}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
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
