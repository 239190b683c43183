/**
 * docs/oauth.md runs as written: its `sh` blocks, in order, in one bash against the HTTP server,
 * each printing what the `text` block after it shows (`…` standing for what changes between runs).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";

const run = promisify(execFile);
const DOC_BASE = "http://127.0.0.1:4010";
const MARK = "@@@ next block @@@";

/** The doc's fenced blocks in order: each `sh` block with the `text` block right after it, if any. */
function steps(markdown: string): { script: string; expected?: string }[] {
  const blocks = [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
  return blocks.flatMap((block, i) => {
    if (block.lang !== "sh") return [];
    const next = blocks[i + 1];
    return [{ script: block.body, ...(next?.lang === "text" && { expected: next.body }) }];
  });
}

/** A shown output as a pattern: `…` matches anything on its line. */
function pattern(shown: string): RegExp {
  const escaped = shown.trimEnd().split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\n]*");
  return new RegExp(`^${escaped}$`);
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await createSandbox({ clock: () => NOW }), { port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await server.close();
});

describe("docs/oauth.md", () => {
  const all = steps(readFileSync(new URL("../docs/oauth.md", import.meta.url), "utf8"));

  it("has the walkthrough's steps, each with the output it shows", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.every((s) => s.expected !== undefined)).toBe(true);
  });

  it("prints, block by block, what it shows", async () => {
    const script = ["set -euo pipefail", ...all.map((s) => `${s.script.replaceAll(DOC_BASE, server.url)}\necho '${MARK}'`)].join("\n");
    const { stdout } = await run("bash", ["-c", script], { timeout: 60_000 });
    const printed = stdout.split(`${MARK}\n`);
    all.forEach((step, i) => {
      expect(printed[i]!.trimEnd(), `block ${i + 1}:\n${step.script}`).toMatch(pattern(step.expected!));
    });
  });
});
