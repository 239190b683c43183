/**
 * The servers the HTTP figures compare, each in its own process pinned to one core: the sandbox's
 * CLI (as `npx pleo-sandbox` runs it, from dist/), the sandbox over Express (createApp), a bare
 * Express 5 app and a bare node:http server replaying the sandbox's bytes, and Prism mocking
 * sandbox.yaml.
 */
import { fileURLToPath } from "node:url";
import { baselineUrl, type BenchRequest } from "./requests.ts";
import { freePort, jsonPort, sandboxPort, startProcess, type Spawned } from "./processes.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = `${ROOT}dist/bin/pleo-sandbox.js`;
export const CONTRACT = `${ROOT}mock-server/openapi/sandbox.yaml`;
const here = (file: string) => fileURLToPath(new URL(`../servers/${file}`, import.meta.url));

export interface Target {
  id: "node" | "express" | "sandbox" | "sandbox-express" | "prism";
  label: string;
  process: Spawned;
  /** The URL this target answers `request` on. */
  urlFor: (request: BenchRequest) => string;
}

/** The CLI's arguments for a bench run: any free port, no request log, no rate limit. */
export const CLI_ARGS = ["--port", "0", "--quiet", "--rate-limit", "off", "--log-format", "json"];

export async function startSandboxCli(extraNodeArgs: string[] = [], ipc = false): Promise<Spawned> {
  return startProcess(process.execPath, [...extraNodeArgs, CLI, ...CLI_ARGS], sandboxPort, { ipc });
}

export async function startTargets(capturedFile: string, prismBin: string | undefined): Promise<Target[]> {
  const asSent = (r: BenchRequest) => r.url;
  const targets: Target[] = [
    { id: "node", label: "bare node:http", process: await startProcess(process.execPath, [here("bare-http.mjs"), capturedFile], jsonPort), urlFor: baselineUrl },
    { id: "express", label: "bare Express 5", process: await startProcess(process.execPath, [here("bare-express.mjs"), capturedFile], jsonPort), urlFor: baselineUrl },
    { id: "sandbox", label: "the sandbox (CLI)", process: await startSandboxCli(), urlFor: asSent },
    {
      id: "sandbox-express",
      label: "the sandbox over Express (createApp)",
      process: await startProcess(process.execPath, [here("sandbox-server.mjs"), "express"], jsonPort),
      urlFor: asSent,
    },
  ];
  if (prismBin !== undefined) targets.push({ id: "prism", label: "Prism mocking sandbox.yaml", process: await startPrism(prismBin), urlFor: asSent });
  return targets;
}

/** Prism's mock server on a free port; resolves once it says it listens. */
export async function startPrism(prismBin: string, port?: number): Promise<Spawned> {
  const chosen = port ?? (await freePort());
  return startProcess(prismBin, ["mock", "-h", "127.0.0.1", "-p", String(chosen), CONTRACT], (line) => (/listening on http/i.test(line) ? chosen : undefined), { timeoutMs: 60_000 });
}
