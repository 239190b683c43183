/**
 * `pleo-sandbox` (and `npm start`), started by main.ts: the sandbox over HTTP, printing where it listens and the
 * ready-made keys, logging one line per request (never a credential), and stopping cleanly on
 * SIGTERM or SIGINT: in-flight requests finish, the port is freed at once, webhook deliveries end,
 * the state (--state) is saved, exit code 0.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { ZodError } from "zod";
import { startServer, type RunningServer } from "../adapters/serve.ts";
import { createLogger, redactUrl, type Logger } from "./log.ts";
import { HELP, parseOptions, type CliOptions } from "./options.ts";
import { safetyBanner, sandboxOptions, serverOptions, stopSafely } from "./safety.ts";
import { describeIssues } from "../core/pipeline/input.ts";
import { SnapshotError } from "../core/world/snapshot.ts";
import { createSandbox, type Sandbox } from "../core/world/state.ts";

function fail(message: string, code = 2): never {
  console.error(`pleo-sandbox: ${message}`);
  process.exit(code);
}

/** This package's version, from package.json beside mock-server/ (sources) or dist/ (built). */
async function version(): Promise<string> {
  for (const path of ["../../package.json", "../../../package.json"]) {
    const text = await readFile(new URL(path, import.meta.url), "utf8").catch(() => undefined);
    const pkg = text === undefined ? undefined : (JSON.parse(text) as { name?: string; version?: string });
    if (pkg?.name === "pleo-sandbox" && pkg.version) return pkg.version;
  }
  return "unknown";
}

async function loadSandbox(options: CliOptions): Promise<{ sandbox: Sandbox; world: string }> {
  let sandbox: Sandbox | undefined;
  const safe = sandboxOptions(options.safety, () => sandbox!);
  const refuseState = (err: Error): never => fail(err instanceof SnapshotError ? err.message : `cannot read the state in ${options.safety.state}: ${err.message}`);
  if (options.seed !== undefined) {
    const { generateWorld } = await import("../../scripts/generate-fixtures.ts");
    sandbox = await createSandbox({ ...safe, fixtures: generateWorld(options.seed) }).catch(refuseState);
    return { sandbox, world: `seed ${options.seed}` };
  }
  if (options.fixtures === undefined) {
    sandbox = await createSandbox(safe).catch(refuseState);
    return { sandbox, world: "default" };
  }
  let fixtures: unknown;
  try {
    fixtures = JSON.parse(await readFile(options.fixtures, "utf8"));
  } catch (err) {
    return fail(`cannot read fixtures from ${options.fixtures}: ${(err as Error).message}`);
  }
  sandbox = await createSandbox({ ...safe, fixtures }).catch((err: Error) =>
    err instanceof ZodError ? fail(`fixtures in ${options.fixtures} are not valid: ${describeIssues(err)}`) : refuseState(err),
  );
  return { sandbox, world: `fixtures ${options.fixtures}` };
}

function printBanner(url: string, sandbox: Sandbox, safety: readonly string[]): void {
  console.log(`Pleo API sandbox listening on ${url}\n`);
  console.log("Ready-made keys (public demo secrets; use as the Basic username with an empty password, curl -u '<key>:'):");
  for (const key of sandbox.fixtures.readyMadeKeys) console.log(`  ${key.slug.padEnd(13)} ${key.secret}  ${key.description}`);
  console.log(`\nTry: curl -u '${sandbox.fixtures.readyMadeKeys[0]!.secret}:' ${url}/v1/installations/me`);
  console.log(`Ready when GET ${url}/healthz answers; the contract is at ${url}/openapi.json.`);
  for (const line of safety) console.log(line);
  console.log("Stop with Ctrl+C.\n");
}

/** One line per answered request: method, path (credentials cut), status, reason, time taken. */
function logRequests(running: RunningServer, log: Logger): void {
  running.server.on("request", (req, res) => {
    const started = performance.now();
    res.on("finish", () => {
      const reason = res.getHeader("x-sandbox-reason");
      const scenario = res.getHeader("x-sandbox-scenario");
      const ms = Number((performance.now() - started).toFixed(1));
      const path = redactUrl(req.url ?? "");
      log.info(
        "request",
        { method: req.method, path, status: res.statusCode, reason: reason === undefined ? undefined : String(reason), scenario: scenario === undefined ? undefined : String(scenario), ms },
        `${req.method} ${path} -> ${res.statusCode}${reason ? ` ${String(reason)}` : ""} (${ms} ms)`,
      );
    });
  });
}

/**
 * SIGTERM and SIGINT close the server gracefully, then exit 0; a second signal cuts what is left.
 * Installed before the server starts, so no signal finds Node's default (instant death) in place;
 * one that comes before the server listens just exits 0.
 * Under npm (npx, npm start) the signal may reach only npm's `sh -c`, which dies and leaves this
 * process behind: losing the parent that way counts as SIGTERM.
 */
function stopOnSignals(log: Logger, parent: number): { serving: (running: RunningServer, sandbox: Sandbox) => void } {
  let running: RunningServer | undefined;
  let sandbox: Sandbox | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    // Before the server listens nothing has been written, so there is no state to save.
    if (running === undefined || sandbox === undefined) {
      log.info("stopping", { signal, inFlight: 0 }, `Stopping (${signal}) before the server started.`);
      process.exit(0);
    }
    if (stopping) {
      running.server.closeAllConnections();
      return;
    }
    stopping = true;
    log.info("stopping", { signal, inFlight: running.inFlight }, `Stopping (${signal}): ${running.inFlight} request(s) in flight finish first.`);
    void stopSafely(running, sandbox).then(
      () => {
        log.info("stopped", {}, "Stopped.");
        process.exit(0);
      },
      (err: Error) => {
        log.error("stop failed", { error: err.message }, `Stopping failed: ${err.message}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  if (process.env.npm_lifecycle_event !== undefined) {
    // Reparented to PID 1 before main.ts looked counts too, unless npm itself is PID 1 (a container).
    const orphanedAlready = parent === 1 && !pidOneIsNpm();
    setInterval(() => {
      if (orphanedAlready || process.ppid !== parent) stop("parent exited");
    }, 200).unref();
  }
  return {
    serving: (server, served) => {
      running = server;
      sandbox = served;
    },
  };
}

/** Whether PID 1 is npm (npm start as a container's command), from /proc where there is one. */
function pidOneIsNpm(): boolean {
  try {
    return readFileSync("/proc/1/cmdline", "utf8").includes("npm");
  } catch {
    return true; // no /proc: assume nothing
  }
}

/**
 * Runs the CLI. `parent` is the parent process as main.ts saw it first thing: under npm, losing it
 * means npm's shell is gone (see stopOnSignals).
 */
export async function run(parent: number): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (!parsed.ok) fail(parsed.message);
  const options = parsed.options;
  if (options.help) {
    console.log(HELP);
    process.exit(0);
  }
  if (options.version) {
    console.log(await version());
    process.exit(0);
  }
  const log = createLogger(options.logFormat, (line) => console.log(line), (line) => console.error(line));
  const signals = stopOnSignals(log, parent);
  const { sandbox, world } = await loadSandbox(options);
  const running = await startServer(sandbox, { port: options.port, host: options.host, ...serverOptions(options.safety) }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "EADDRINUSE") fail(`port ${options.port} on ${options.host} is already in use; pick another with --port or PLEO_SANDBOX_PORT.`, 1);
    if (err.code === "EADDRNOTAVAIL") fail(`cannot bind ${options.host}: no such address on this machine.`, 1);
    return fail(`cannot listen on ${options.host}:${options.port}: ${err.message}`, 1);
  });
  signals.serving(running, sandbox);
  if (!options.quiet) logRequests(running, log);
  if (options.logFormat === "pretty") printBanner(running.url, sandbox, safetyBanner(options.safety, running));
  else {
    log.info("listening", {
      url: running.url,
      pid: process.pid,
      version: await version(),
      world,
      readyMadeKeys: sandbox.fixtures.readyMadeKeys.map((k) => k.slug),
      state: options.safety.state ?? null,
      loopback: running.loopback,
    });
    if (!running.loopback) log.warn("beyond loopback", { adminTokenRequired: true }, safetyBanner(options.safety, running).slice(1).join("\n"));
  }
}
