/**
 * The guide's "Make it fail on purpose" page shows the terminal lines of docs/make-it-fail.md and
 * docs/workspaces.md (docs-site/src/lib/doc-blocks.ts): every section it names is there, and what
 * it shows is exactly the console blocks test/docs-make-it-fail.test.ts runs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { consoleBlocks } from "../docs-site/src/lib/doc-blocks.ts";
import { transcriptSteps } from "./support/console-transcript.ts";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const page = read("docs-site/src/content/docs/make-it-fail.mdx");
const docs = { "make-it-fail": read("docs/make-it-fail.md"), workspaces: read("docs/workspaces.md") };
const shown = [...page.matchAll(/<DocConsole(?: doc="([\w-]+)")? section="([^"]+)"/g)].map((m) => ({ doc: (m[1] ?? "make-it-fail") as keyof typeof docs, section: m[2]! }));

describe("the Make it fail page's terminal lines", () => {
  it("names a section of docs/make-it-fail.md for each demo, and one of docs/workspaces.md", () => {
    expect(shown.map((s) => s.section)).toEqual([
      "Set up",
      "Arm a scenario",
      "Faults: slow, 5xx, dropped, no answer",
      "Pleo's rate limit",
      "Webhooks: twice, out of order, late, retried",
      "The request journal",
      "Try it",
    ]);
  });

  it.each(shown.map((s) => [`${s.doc}: ${s.section}`, s] as const))("%s: shows the console blocks the transcript test runs", (_name, { doc, section }) => {
    const blocks = consoleBlocks(docs[doc], section);
    const commands = transcriptSteps(blocks.map((b) => "```console\n" + b + "\n```\n").join("\n")).map((s) => s.command);
    expect(commands.length).toBeGreaterThan(0);
    const all = transcriptSteps(docs[doc]).map((s) => s.command);
    for (const command of commands) expect(all).toContain(command);
  });

  it("refuses a section the page does not have", () => {
    expect(() => consoleBlocks(docs["make-it-fail"], "No such section")).toThrow('No "## No such section" section');
  });
});
