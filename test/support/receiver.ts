/** A real HTTP endpoint on 127.0.0.1 that records webhook deliveries and answers as told. */
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  close: () => Promise<void>;
}

/** Listens on a free port; `status(n)` is the answer to the n-th delivery (1-based), 204 by default. */
export async function startReceiver(status: (n: number) => number = () => 204): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = status(received.length);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/pleo`,
    received,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** Standard Webhooks verification, written independently of the sandbox with node:crypto. */
export function expectedSignature(secretKey: string, webhookId: string, timestamp: string | number, body: string): string {
  const key = Buffer.from(secretKey.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${webhookId}.${timestamp}.${body}`).digest("base64")}`;
}
