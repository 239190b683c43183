/**
 * The CLI's safety options and the pieces they switch on: `--state` (a file store), `--cors-origin`,
 * `--admin-token`, `--allow-private-webhooks`, and `--rate-limit` (Pleo's rate limit on or off); each also read from an environment variable, the
 * flag winning. Kept apart from the CLI's other options so any entry point can use them.
 */
import { createFileStore } from "../adapters/file-store.ts";
import { createGuardedFetch } from "../adapters/guarded-fetch.ts";
import { GUIDE_ORIGINS, normaliseOrigin } from "../adapters/browser-access.ts";
import type { RunningServer } from "../adapters/serve.ts";
import type { CreateSandboxOptions, Sandbox } from "../core/world/state.ts";

/** parseArgs option specs, to merge into the CLI's own. */
export const SAFETY_FLAGS = {
  state: { type: "string" },
  "cors-origin": { type: "string", multiple: true },
  "admin-token": { type: "string" },
  "allow-private-webhooks": { type: "boolean" },
  "rate-limit": { type: "string" },
} as const;

/** The environment variables, by flag. */
export const SAFETY_ENV = {
  state: "PLEO_SANDBOX_STATE",
  corsOrigins: "PLEO_SANDBOX_CORS_ORIGINS",
  adminToken: "PLEO_SANDBOX_ADMIN_TOKEN",
  allowPrivateWebhooks: "PLEO_SANDBOX_ALLOW_PRIVATE_WEBHOOKS",
  rateLimit: "PLEO_SANDBOX_RATE_LIMIT",
} as const;

/** The --help lines for these options. */
export const SAFETY_HELP = `  --state <file>         Keep keys (as hashes), installations, subscriptions, master data,
                         exports and the clock in this file across restarts; every write
                         is saved before it is answered
                         [${SAFETY_ENV.state}]
  --cors-origin <origin> Let pages on this origin call the sandbox (repeatable; the guide's
                         http://localhost:4321 and 127.0.0.1:4321 always may)
                         [${SAFETY_ENV.corsOrigins}, comma-separated]
  --admin-token <token>  Bearer token /sandbox/* requires; beyond loopback one is always
                         required, and printed when generated
                         [${SAFETY_ENV.adminToken}]
  --allow-private-webhooks
                         Let webhooks go to private network ranges (10/8, 172.16/12,
                         192.168/16, ...); loopback always may
                         [${SAFETY_ENV.allowPrivateWebhooks}=1]
  --rate-limit <on|off>  Enforce Pleo's 600 requests a minute per key (default on; also
                         POST /sandbox/rate-limit)
                         [${SAFETY_ENV.rateLimit}=on|off]`;

export interface SafetyOptions {
  state?: string;
  corsOrigins: string[];
  adminToken?: string;
  allowPrivateWebhooks: boolean;
  /** Pleo's rate limit enforced (default true). */
  rateLimit?: boolean;
}

type Values = { state?: string; "cors-origin"?: string[]; "admin-token"?: string; "allow-private-webhooks"?: boolean; "rate-limit"?: string };

/** The options from the parsed flags, then the environment; a one-line complaint when one is wrong. */
export function readSafetyOptions(values: Values, env: Record<string, string | undefined>): { ok: true; options: SafetyOptions } | { ok: false; message: string } {
  const fromEnv = (name: string) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  const origins = values["cors-origin"] ?? fromEnv(SAFETY_ENV.corsOrigins)?.split(",").map((o) => o.trim()).filter(Boolean) ?? [];
  const corsOrigins: string[] = [];
  for (const origin of origins) {
    try {
      corsOrigins.push(normaliseOrigin(origin));
    } catch {
      return { ok: false, message: `--cors-origin must be an http(s) origin such as http://localhost:3000; got "${origin}". See --help.` };
    }
  }
  const token = values["admin-token"] ?? fromEnv(SAFETY_ENV.adminToken);
  if (token !== undefined && !/^[\x21-\x7e]{16,256}$/.test(token)) {
    return { ok: false, message: "--admin-token must be 16 to 256 printable characters without spaces. See --help." };
  }
  const privateFlag = fromEnv(SAFETY_ENV.allowPrivateWebhooks)?.toLowerCase();
  if (privateFlag !== undefined && !["1", "true", "yes", "0", "false", "no"].includes(privateFlag)) {
    return { ok: false, message: `${SAFETY_ENV.allowPrivateWebhooks} must be 1 or 0 (or true, false). See --help.` };
  }
  const rateLimit = (values["rate-limit"] ?? fromEnv(SAFETY_ENV.rateLimit) ?? "on").toLowerCase();
  if (rateLimit !== "on" && rateLimit !== "off") {
    return { ok: false, message: `--rate-limit must be on or off; got "${values["rate-limit"] ?? fromEnv(SAFETY_ENV.rateLimit)}". See --help.` };
  }
  return {
    ok: true,
    options: {
      ...((values.state ?? fromEnv(SAFETY_ENV.state)) !== undefined && { state: values.state ?? fromEnv(SAFETY_ENV.state) }),
      corsOrigins,
      ...(token !== undefined && { adminToken: token }),
      allowPrivateWebhooks: values["allow-private-webhooks"] ?? ["1", "true", "yes"].includes(privateFlag ?? ""),
      ...(rateLimit === "off" && { rateLimit: false }),
    },
  };
}

/**
 * What createSandbox needs for them: the state file, and webhook deliveries that keep to the
 * policy at the address a name resolves to. `sandbox()` is read lazily, once the sandbox exists.
 */
export function sandboxOptions(options: SafetyOptions, sandbox: () => Sandbox): CreateSandboxOptions {
  return {
    ...(options.state !== undefined && { store: createFileStore(options.state) }),
    fetch: createGuardedFetch(() => sandbox().deliveries.policy),
    webhooks: { allowPrivateNetworks: options.allowPrivateWebhooks },
  };
}

/** What startServer needs for them. */
export function serverOptions(options: SafetyOptions) {
  return { corsOrigins: [...GUIDE_ORIGINS, ...options.corsOrigins], rateLimit: options.rateLimit ?? true, ...(options.adminToken !== undefined && { adminToken: options.adminToken }) };
}

/** Lines for the start-up banner: where state is kept, and what is refused beyond loopback. */
export function safetyBanner(options: SafetyOptions, running: RunningServer): string[] {
  const lines = [options.state ? `State is kept in ${options.state} (every write saved before it is answered).` : "State is in memory only: a restart starts afresh (--state <file> keeps it)."];
  if (!running.loopback) {
    lines.push(
      "WARNING: listening beyond loopback. Anyone who can reach this address can use the ready-made keys (their secrets are public).",
      `The control plane (/sandbox/*) needs: Authorization: Bearer ${running.adminToken}`,
    );
  }
  return lines;
}

/** Graceful stop: no new connections, requests in flight answered, deliveries ended, state saved. */
export async function stopSafely(running: RunningServer, sandbox: Sandbox): Promise<void> {
  await running.close();
  await sandbox.deliveries.stop();
  await sandbox.persistence.flush();
}
