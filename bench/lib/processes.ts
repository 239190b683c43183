/**
 * Server processes for the bench: spawned pinned to one core (`taskset -c 1` where it exists),
 * their port read from what they print, stopped by their own pid, never left behind.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** Whether `taskset` can pin a process here (Linux with util-linux, and a second core to pin to). */
export const PIN = spawnSync("taskset", ["-c", "1", "true"]).status === 0;
/** How servers are pinned, as the results say it. */
export const PINNING = PIN ? "server pinned to core 1 with taskset -c 1; load generator unpinned" : "taskset not available: the server is not pinned";

export interface Spawned {
  child: ChildProcess;
  /** The port it listens on, once known. */
  port: number;
  /** Stops it (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  stop: () => Promise<void>;
  /** Everything it wrote to stderr (for a failure's message). */
  stderr: () => string;
}

/** Spawns `command args` pinned to core 1, with IPC when `ipc` (for the memory probe). */
export function launch(command: string, args: string[], options: { ipc?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildProcess {
  const [file, argv] = PIN ? ["taskset", ["-c", "1", command, ...args]] : [command, args];
  return spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: options.ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
  });
}

/** Spawns a server and resolves once `findPort` sees its port in a line it printed (at most `timeoutMs`). */
export function startProcess(
  command: string,
  args: string[],
  findPort: (line: string) => number | undefined,
  options: { ipc?: boolean; env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<Spawned> {
  const child = launch(command, args, options);
  let errText = "";
  child.stderr!.on("data", (chunk: Buffer) => (errText = (errText + chunk.toString()).slice(-4000)));
  const stop = () => stopChild(child);
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} did not say its port within ${options.timeoutMs ?? 30_000} ms: ${errText.trim().slice(-500)}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const port = findPort(line);
        if (port === undefined) continue;
        clearTimeout(timer);
        // Keep draining stdout so a chatty server never blocks on a full pipe.
        child.stdout!.off("data", onData).resume();
        resolve({ child, port, stop, stderr: () => errText });
        return;
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before listening: ${errText.trim().slice(-500)}`));
    });
  });
}

/** SIGTERM, SIGKILL after `graceMs`; resolves when the child has exited. */
export function stopChild(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A port free right now on 127.0.0.1 (for servers that cannot be told port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `{"port":n}` as the bench's own servers print it. */
export const jsonPort = (line: string): number | undefined => {
  try {
    const port = (JSON.parse(line) as { port?: unknown }).port;
    return typeof port === "number" ? port : undefined;
  } catch {
    return undefined;
  }
};

/** The port in the sandbox CLI's json `listening` line. */
export const sandboxPort = (line: string): number | undefined => {
  const url = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(line)?.[1];
  return url === undefined ? undefined : Number(url);
};
