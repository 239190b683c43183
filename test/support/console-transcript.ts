/**
 * Runs a Markdown page's ```console blocks for real: every `$ ` command (with its continuation
 * lines) in one bash session, in order, and its output (stdout and stderr) compared with the lines
 * the page shows under it, where `…` stands for anything (ids, times).
 */
import { spawn } from "node:child_process";

export interface Step {
  command: string;
  expected: string[];
}

/** The commands of every ```console block, with the output shown under each. */
export function transcriptSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  for (const [, block] of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    const lines = block!.replace(/\n$/, "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.startsWith("$ ")) {
        steps.at(-1)?.expected.push(line);
        continue;
      }
      let command = line.slice(2);
      // A command goes on while its line ends in a backslash or a single quote is open.
      while ((command.endsWith("\\") || (command.match(/'/g)?.length ?? 0) % 2 === 1) && i + 1 < lines.length) command += `\n${lines[++i]}`;
      steps.push({ command, expected: [] });
    }
  }
  return steps;
}

/** Whether an output line is what the page shows (`…` matches anything). */
export function lineMatches(expected: string, actual: string): boolean {
  const source = expected.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`).test(actual);
}

/** Runs the steps in one bash session in `cwd`; returns each step's output lines. */
export function runSteps(steps: Step[], cwd: string, rewrite: (command: string) => string): Promise<string[][]> {
  const marker = "@@step@@";
  // Background jobs a page forgot to stop would keep the session's output open: stop them at the end.
  const script = steps.map((s, i) => `echo '${marker}${i}'\n${rewrite(s.command)} 2>&1`).join("\n") + "\nkill $(jobs -p) 2>/dev/null\n";
  return new Promise((resolve, reject) => {
    const bash = spawn("bash", ["--noprofile", "--norc"], { cwd, env: { ...process.env, PLEO_API_KEY: "" } });
    let out = "";
    bash.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    bash.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    bash.on("error", reject);
    bash.on("close", () => {
      const outputs = steps.map(() => [] as string[]);
      let current = -1;
      for (const line of out.replace(/\n$/, "").split("\n")) {
        if (line.startsWith(marker)) current = Number(line.slice(marker.length));
        else if (current >= 0) outputs[current]!.push(line);
      }
      resolve(outputs);
    });
    bash.stdin.end(script);
  });
}
