/**
 * HTTP/1.1 by hand over a socket, for requests fetch will not send (odd bytes in a header or a
 * target, CONNECT, a broken body). One request per connection; the answer is read to its end.
 */
import { connect } from "node:net";

export interface RawAnswer {
  /** 0 when the server closed the connection without a status line. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Bytes received in all. */
  bytes: number;
}

/** Writes `request` (a string or the bytes to send, in order, with pauses between parts) and reads until the server closes. */
export function rawRequest(port: number, request: string | Buffer | (string | Buffer)[], { timeoutMs = 10_000, gapMs = 0 } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const parts = Array.isArray(request) ? request : [request];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    });
    socket.on("connect", () => {
      void (async () => {
        for (const [i, part] of parts.entries()) {
          if (i > 0 && gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
          if (!socket.writable) return;
          socket.write(part);
        }
      })();
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => undefined); // a reset after the answer still leaves the answer
    socket.on("close", () => resolve(parseAnswer(Buffer.concat(chunks))));
  });
}

/** The final answer: interim ones (100 Continue) are skipped. */
function parseAnswer(received: Buffer): RawAnswer {
  let raw = received;
  while (/^HTTP\/1\.[01] 1\d\d /.test(raw.toString("latin1", 0, 13))) {
    const end = raw.indexOf("\r\n\r\n");
    if (end < 0) break;
    raw = raw.subarray(end + 4);
  }
  const text = raw.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  const head = end < 0 ? text : text.slice(0, end);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = end < 0 ? "" : raw.subarray(Buffer.byteLength(text.slice(0, end + 4), "latin1")).toString("utf8");
  return { status, headers, body, bytes: received.length };
}
