/**
 * The bench's Express baseline: a bare Express 5 app answering every request with captured bytes
 * (the sandbox's own answer for that path), with Express's defaults as a user would write it.
 * Usage: node bench/servers/bare-express.mjs <captured.json>; prints {"port":n} when listening.
 */
import { readFileSync } from "node:fs";
import express from "express";
import { answerFor, loadCaptured } from "./captured.mjs";

const captured = loadCaptured(readFileSync(process.argv[2], "utf8"));
const app = express();
app.disable("x-powered-by");
app.disable("etag");
app.use(express.text({ type: () => true }));
app.use((req, res) => {
  const answer = answerFor(captured, req.method, req.originalUrl);
  res.status(answer.status).set(answer.headers).end(answer.body);
});
const server = app.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
server.keepAliveTimeout = 5_000;
process.on("SIGTERM", () => server.close(() => process.exit(0)).closeAllConnections());
