/**
 * docs/make-it-fail.md and docs/workspaces.md are transcripts: every `$ ` command in their console
 * blocks runs here, in order, in one bash session against a fresh server (as `npm start` gives),
 * and must print what the page shows (`…` standing for ids and times). Needs bash, curl 7.84 or
 * newer (`%header{}`) and jq, as the pages do.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { lineMatches, runSteps, transcriptSteps } from "./support/console-transcript.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A port nothing listens on now, for the page's webhook receiver. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe.each(["docs/make-it-fail.md", "docs/workspaces.md"])("%s", (page) => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer(await createSandbox(), { port: 0 });
  });
  afterAll(async () => {
    await running.close();
  });

  it("has the tools its commands use", () => {
    expect(execFileSync("curl", ["--version"], { encoding: "utf8" })).toMatch(/^curl (7\.(8[4-9]|9\d)|[89])\./);
    expect(execFileSync("jq", ["--version"], { encoding: "utf8" })).toMatch(/^jq-/);
  });

  it("prints what it shows, command after command", async () => {
    const steps = transcriptSteps(readFileSync(new URL(page, new URL("..", import.meta.url)), "utf8"));
    expect(steps.length).toBeGreaterThan(10);
    const receiver = String(await freePort());
    const outputs = await runSteps(steps, root, (command) => command.replaceAll("http://127.0.0.1:4010", running.url).replaceAll("4011", receiver));
    const shown = steps.map((step, i) => ({ command: step.command, output: step.expected.every((line, j) => lineMatches(line, outputs[i]![j] ?? "")) && outputs[i]!.length === step.expected.length ? step.expected : outputs[i] }));
    expect(shown).toEqual(steps.map((step) => ({ command: step.command, output: step.expected })));
  }, 120_000);
});
