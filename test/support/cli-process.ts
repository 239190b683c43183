/**
 * A process the tests start (the CLI from source, or npm): its output kept, waited on by what it
 * prints, and killed after each test that started it (`stopStartedProcesses` in an afterEach).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface StartedProcess {
  child: ChildProcess;
  /** Its exit code once it exits (null when a signal ended it). */
  exited: Promise<number | null>;
  output: () => { stdout: string; stderr: string };
  /** Resolves once stdout contains `text`; rejects if the process exits first. */
  waitFor: (text: string) => Promise<void>;
  /** The URL of the pretty banner (`listening on …`), once the whole banner is printed. */
  url: () => Promise<string>;
}

const started: ChildProcess[] = [];

/** Starts `command args` in the repository, with `env` added to this process's environment. */
export function startProcess(command: string, args: string[], env: Record<string, string> = {}): StartedProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
  started.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (stdout.includes(text) ? resolve() : undefined);
      child.stdout!.on("data", check);
      check();
      void exited.then(() => reject(new Error(`exited before printing "${text}": ${stdout}\n${stderr}`)));
    });
  const url = async () => {
    await waitFor("Stop with Ctrl+C.");
    return /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
  };
  return { child, exited, output: () => ({ stdout, stderr }), waitFor, url };
}

/** The CLI from source (`mock-server/main.ts` through tsx), as `npm start` runs it. */
export function startCli(args: string[], env: Record<string, string> = {}): StartedProcess {
  return startProcess(process.execPath, ["--import", "tsx", "mock-server/main.ts", ...args], env);
}

/** Kills (SIGKILL) every process started since the last call that is still running. */
export function stopStartedProcesses(): void {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
