/**
 * The sandbox from the built package (dist/), served by the adapter named in argv[2] ("express"
 * or "node"), without the rate limit: how the bench compares adapters over the same handle().
 * Prints {"port":n} when listening. With IPC, answers "memory" with process.memoryUsage() after GC.
 */
import { createSandbox } from "../../dist/mock-server/exports/index.js";
import { startServer } from "../../dist/mock-server/exports/express.js";

const adapter = process.argv[2] ?? "node";
const sandbox = await createSandbox();
const running = await startServer(sandbox, { port: 0, host: "127.0.0.1", rateLimit: false, adapter });
console.log(JSON.stringify({ port: Number(new URL(running.url).port), adapter }));
process.on("SIGTERM", () => void running.close({ graceMs: 1_000 }).then(() => process.exit(0)));
