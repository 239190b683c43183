/**
 * What Node's HTTP server answers by itself, answered in Pleo's JSON shape instead: unparseable
 * requests (400), oversized headers (431), slow clients (408), an Expect it does not understand
 * (417) and CONNECT (405). Wherever HTTP allows a body, there is Pleo's `{type, message}`.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { errorResponse, errors, type ApiError } from "../core/http/errors.ts";

/** How long a client may take: to send its headers, its whole request, and between requests. */
export interface Timeouts {
  /** Headers must arrive within this (default 10 s). */
  headersMs: number;
  /** The whole request, body included, must arrive within this (default 30 s). */
  requestMs: number;
  /** A kept-alive connection may sit idle this long between requests (default 5 s). */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 5_000 };

/** The options `http.createServer` takes for these timeouts (checked every second, or sooner for short ones). */
export function timeoutOptions(timeouts: Timeouts) {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.idleMs,
    connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(timeouts.headersMs / 4))),
  };
}

/** Answers the protocol's edge cases on `server` in Pleo's shape. */
export function answerProtocolEdges(server: Server, timeouts: Timeouts): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    const refusal =
      err.code === "HPE_HEADER_OVERFLOW" ? errors.headersTooLarge()
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? errors.requestTimeout(seconds(timeouts.headersMs), seconds(timeouts.requestMs))
      : errors.unreadableRequest(err.code ?? "malformed request");
    writeRawError(socket, refusal);
  });
  server.on("checkExpectation", (_req: IncomingMessage, res: ServerResponse) => {
    const response = errorResponse(errors.expectationFailed());
    const body = JSON.stringify(response.body);
    res.writeHead(response.status, { ...response.headers, "content-length": Buffer.byteLength(body), connection: "close" }).end(body);
  });
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => writeRawError(socket, errors.notAProxy()));
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Node has not handed the request to Express (or never will): answer on the socket directly. */
export function writeRawError(socket: Duplex, refusal: ApiError): void {
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
