/**
 * The bench's baseline: a bare node:http server answering every request with captured bytes (the
 * sandbox's own answer for that path), so it measures only what Node's HTTP layer costs.
 * Usage: node bench/servers/bare-http.mjs <captured.json>; prints {"port":n} when listening.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { answerFor, loadCaptured } from "./captured.mjs";

const captured = loadCaptured(readFileSync(process.argv[2], "utf8"));
const server = createServer((req, res) => {
  const answer = answerFor(captured, req.method, req.url);
  // Drain the body (the search request sends one) before answering, as any server must.
  req.on("data", () => {});
  req.on("end", () => res.writeHead(answer.status, answer.headers).end(answer.body));
});
server.keepAliveTimeout = 5_000;
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
process.on("SIGTERM", () => server.close(() => process.exit(0)).closeAllConnections());
