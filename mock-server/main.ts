/**
 * `npm start`: the sandbox over HTTP, with the default fixtures, printing where it listens and the
 * ready-made keys. Logs one line per request; never the Authorization header, nor a credential sent
 * in the query. SIGTERM and SIGINT stop it gracefully (cli/safety.ts), exit code 0.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { startServer } from "./adapters/serve.ts";
import { describeIssues } from "./core/pipeline/input.ts";
import { SnapshotError } from "./core/world/snapshot.ts";
import { createSandbox, type Sandbox } from "./core/world/state.ts";
import { readSafetyOptions, SAFETY_FLAGS, SAFETY_HELP, safetyBanner, sandboxOptions, serverOptions, stopSafely, type SafetyOptions } from "./cli/safety.ts";

const HELP = `Usage: npm start -- [options]

Runs the Pleo API sandbox: Pleo's external API as used with Standalone API Keys, offline.

Options:
  --port <n>        Port to listen on (default 4010, or $PORT; 0 picks a free one)
  --host <addr>     Address to bind (default 127.0.0.1, or $HOST)
  --fixtures <file> A fixtures JSON file to serve instead of fixtures/world.json
  --quiet           Do not log requests
  -h, --help        Show this help
${SAFETY_HELP}

Control plane: GET /sandbox/world, POST|GET /sandbox/api-keys, DELETE /sandbox/api-keys/{id},
POST /sandbox/webhooks/test, GET|POST /sandbox/clock, POST /sandbox/reset; making it fail:
/sandbox/scenarios/active, /sandbox/faults, /sandbox/rate-limit, /sandbox/requests,
/sandbox/webhooks/chaos (docs/make-it-fail.md); X-Sandbox-Workspace (docs/workspaces.md).`;

function fail(message: string, code = 2): never {
  console.error(`pleo-sandbox: ${message}`);
  process.exit(code);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        fixtures: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        ...SAFETY_FLAGS,
      },
    });
    const safety = readSafetyOptions(values, process.env);
    if (!safety.ok) fail(safety.message);
    const portText = values.port ?? process.env.PORT ?? "4010";
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) fail(`--port must be a whole number from 0 to 65535; got "${portText}". See --help.`);
    return { ...values, port, host: values.host ?? process.env.HOST ?? "127.0.0.1", safety: safety.options };
  } catch (err) {
    return fail(`${(err as Error).message}. See --help.`);
  }
}

async function loadSandbox(fixturesPath: string | undefined, safety: SafetyOptions): Promise<Sandbox> {
  let sandbox: Sandbox | undefined;
  const safe = sandboxOptions(safety, () => sandbox!);
  const refuseState = (err: Error): never => fail(err instanceof SnapshotError ? err.message : `cannot read the state in ${safety.state}: ${err.message}`);
  if (!fixturesPath) return (sandbox = await createSandbox(safe).catch(refuseState));
  let fixtures: unknown;
  try {
    fixtures = JSON.parse(await readFile(fixturesPath, "utf8"));
  } catch (err) {
    return fail(`cannot read fixtures from ${fixturesPath}: ${(err as Error).message}`);
  }
  return (sandbox = await createSandbox({ ...safe, fixtures }).catch((err: Error) =>
    err instanceof ZodError ? fail(`fixtures in ${fixturesPath} are not valid: ${describeIssues(err)}`) : refuseState(err),
  ));
}

/** A request's path as logged: values of credential-like query parameters, and anything key-shaped, cut. */
function loggedPath(url: string): string {
  const [path = "", query] = url.split(/\?(.*)/s);
  const shown = query === undefined ? path : `${path}?${query.replace(/([^&=]*(?:key|token|secret|password|passwd|auth|credential|signature|code)[^&=]*)=[^&]*/gi, "$1=[redacted]")}`;
  return shown.replace(/pls_[A-Za-z0-9]+|whsec_[A-Za-z0-9+/=]+/g, "[redacted]");
}

function printBanner(url: string, sandbox: Sandbox): void {
  console.log(`Pleo API sandbox listening on ${url}\n`);
  console.log("Ready-made keys (public demo secrets; use as the Basic username with an empty password, curl -u '<key>:'):");
  for (const key of sandbox.fixtures.readyMadeKeys) console.log(`  ${key.slug.padEnd(13)} ${key.secret}  ${key.description}`);
  console.log(`\nTry: curl -u '${sandbox.fixtures.readyMadeKeys[0]!.secret}:' ${url}/v1/installations/me`);
  for (const line of safetyBanner(options.safety, running)) console.log(line);
  console.log("Stop with Ctrl+C.\n");
}

const options = readOptions();
if (options.help) {
  console.log(HELP);
  process.exit(0);
}
const sandbox = await loadSandbox(options.fixtures, options.safety);
const running = await startServer(sandbox, { port: options.port, host: options.host, ...serverOptions(options.safety) }).catch((err: NodeJS.ErrnoException) => {
  if (err.code === "EADDRINUSE") fail(`port ${options.port} on ${options.host} is already in use; pick another with --port or PORT.`, 1);
  if (err.code === "EADDRNOTAVAIL") fail(`cannot bind ${options.host}: no such address on this machine.`, 1);
  return fail(`cannot listen on ${options.host}:${options.port}: ${err.message}`, 1);
});
if (!options.quiet) {
  running.server.on("request", (req, res) => {
    const started = performance.now();
    res.on("finish", () => {
      const reason = res.getHeader("x-sandbox-reason");
      const ms = (performance.now() - started).toFixed(1);
      console.log(`${req.method} ${loggedPath(req.url ?? "")} -> ${res.statusCode}${reason ? ` ${String(reason)}` : ""} (${ms} ms)`);
    });
  });
}
printBanner(running.url, sandbox);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopSafely(running, sandbox).then(() => process.exit(0), () => process.exit(1)));
}
