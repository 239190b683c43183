/**
 * The command line of `pleo-sandbox` (and `npm start`): every option also read from an environment
 * variable, the flag winning. Pure: argv and env in, options or a one-line complaint out.
 */
import { parseArgs } from "node:util";
import { readSafetyOptions, SAFETY_FLAGS, SAFETY_HELP, type SafetyOptions } from "./safety.ts";

export type LogFormat = "pretty" | "json";

export interface CliOptions {
  port: number;
  host: string;
  fixtures?: string;
  seed?: number;
  quiet: boolean;
  logFormat: LogFormat;
  help: boolean;
  version: boolean;
  /** --state, --cors-origin, --admin-token, --allow-private-webhooks, --rate-limit (cli/safety.ts). */
  safety: SafetyOptions;
}

/** The environment variables, by option; the first one set wins. PORT and HOST are kept for old scripts. */
export const ENV = {
  port: ["PLEO_SANDBOX_PORT", "PORT"],
  host: ["PLEO_SANDBOX_HOST", "HOST"],
  fixtures: ["PLEO_SANDBOX_FIXTURES"],
  seed: ["PLEO_SANDBOX_SEED"],
  quiet: ["PLEO_SANDBOX_QUIET"],
  logFormat: ["PLEO_SANDBOX_LOG_FORMAT"],
} as const;

export const HELP = `Usage: pleo-sandbox [options]

Runs the Pleo API sandbox: Pleo's external API as used with Standalone API Keys, offline.

Options (each can also be set by the environment variable in brackets; the option wins):
  --port <n>             Port to listen on; 0 picks a free one (default 4010)
                         [PLEO_SANDBOX_PORT, or PORT]
  --host <addr>          Address to bind (default 127.0.0.1)
                         [PLEO_SANDBOX_HOST, or HOST]
  --fixtures <file>      Serve the world in this fixtures JSON file
                         [PLEO_SANDBOX_FIXTURES]
  --seed <n>             Serve a world generated from this seed (the default world is seed 20261124)
                         [PLEO_SANDBOX_SEED]
  --quiet                Do not log requests
                         [PLEO_SANDBOX_QUIET=1]
  --log-format <format>  pretty (default), or json: one JSON object a line. Logs never hold a key,
                         an Authorization header or a credential sent in the query string
                         [PLEO_SANDBOX_LOG_FORMAT]
${SAFETY_HELP}
  -h, --help             Show this help
  -v, --version          Print the version

For tools: GET /healthz answers 200 {"status":"ok"} once it serves; GET /openapi.json and
/openapi.yaml give the contract with servers pointing at this instance.
Control plane: GET /sandbox/world, POST|GET /sandbox/api-keys, DELETE /sandbox/api-keys/{id},
POST /sandbox/webhooks/test, GET|POST /sandbox/clock, POST /sandbox/reset; making it fail:
/sandbox/scenarios/active, /sandbox/faults, /sandbox/rate-limit, /sandbox/requests,
/sandbox/webhooks/chaos (docs/make-it-fail.md); X-Sandbox-Workspace (docs/workspaces.md).
Stop with Ctrl+C or SIGTERM: requests in flight finish, the port is freed, exit code 0.`;

export type Parsed = { ok: true; options: CliOptions } | { ok: false; message: string };

/** Options from the command line, then the environment, then the defaults. */
export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string" },
        fixtures: { type: "string" },
        seed: { type: "string" },
        quiet: { type: "boolean" },
        "log-format": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        ...SAFETY_FLAGS,
      },
    }));
  } catch (err) {
    return { ok: false, message: `${(err as Error).message}. See --help.` };
  }
  const fromEnv = (names: readonly string[]) => {
    for (const name of names) if (env[name] !== undefined && env[name] !== "") return { name, value: env[name] };
    return undefined;
  };
  /** The value and where it came from, for messages. */
  const pick = (flag: string | undefined, option: keyof typeof ENV) => {
    if (flag !== undefined) return { source: `--${option === "logFormat" ? "log-format" : option}`, value: flag };
    const found = fromEnv(ENV[option]);
    return found && { source: found.name, value: found.value };
  };

  const port = pick(values.port, "port") ?? { source: "--port", value: "4010" };
  if (!/^\d+$/.test(port.value) || Number(port.value) > 65535) {
    return { ok: false, message: `${port.source} must be a whole number from 0 to 65535; got "${port.value}". See --help.` };
  }
  const seed = pick(values.seed, "seed");
  if (seed && !/^\d{1,15}$/.test(seed.value)) return { ok: false, message: `${seed.source} must be a whole number; got "${seed.value}". See --help.` };
  const fixtures = pick(values.fixtures, "fixtures");
  if (seed && fixtures) return { ok: false, message: `${fixtures.source} and ${seed.source} both choose the world; give one. See --help.` };
  const logFormat = pick(values["log-format"], "logFormat") ?? { source: "--log-format", value: "pretty" };
  if (logFormat.value !== "pretty" && logFormat.value !== "json") {
    return { ok: false, message: `${logFormat.source} must be pretty or json; got "${logFormat.value}". See --help.` };
  }
  let quiet = values.quiet ?? false;
  const quietEnv = values.quiet === undefined ? fromEnv(ENV.quiet) : undefined;
  if (quietEnv) {
    const flag = quietEnv.value!.toLowerCase();
    if (!["1", "true", "yes", "0", "false", "no"].includes(flag)) return { ok: false, message: `${quietEnv.name} must be 1 or 0 (or true, false); got "${quietEnv.value}". See --help.` };
    quiet = ["1", "true", "yes"].includes(flag);
  }
  const safety = readSafetyOptions(values, env);
  if (!safety.ok) return safety;
  return {
    ok: true,
    options: {
      port: Number(port.value),
      host: pick(values.host, "host")?.value ?? "127.0.0.1",
      ...(fixtures ? { fixtures: fixtures.value } : {}),
      ...(seed ? { seed: Number(seed.value) } : {}),
      quiet,
      logFormat: logFormat.value,
      help: values.help ?? false,
      version: values.version ?? false,
      safety: safety.options,
    },
  };
}
