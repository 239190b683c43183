/** What the results were measured on: machine, load, versions, date. */
import { readFileSync } from "node:fs";
import { arch, cpus, loadavg, release, totalmem, type } from "node:os";
import { ROOT } from "./targets.ts";
import { PINNING } from "./processes.ts";

export function versionOf(pkg: string, from = ROOT): string {
  try {
    return (JSON.parse(readFileSync(`${from}node_modules/${pkg}/package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

export const loadNow = () => loadavg().map((n) => n.toFixed(2)).join(", ");

export function machineLines(prism: string): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${type()} ${release()} ${arch()}`,
    `- ${PINNING}`,
    `- Node ${process.version}; pleo-sandbox ${(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string }).version} (built dist/); express ${versionOf("express")}; msw ${versionOf("msw")}; autocannon ${versionOf("autocannon")}; Prism ${prism}`,
  ];
}
