/**
 * The guide's copy-paste snippets (docs-site/src/lib/snippets.ts) run for real against the sandbox
 * over HTTP: curl and Node as they are, Python with a urllib stand-in for `requests`
 * (test/support/requests-shim.py), so the page cannot show a call that does not work.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snippet, snippetLanguages, type SnippetLanguage } from "../docs-site/src/lib/snippets.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { createSandbox } from "../mock-server/core/world/state.ts";
import { NOW } from "./support/call.ts";

const run = promisify(execFile);
let server: RunningServer;
let dir: string;
let key: string;
let companyId: string;

beforeAll(async () => {
  const sandbox = await createSandbox({ clock: () => NOW });
  key = sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "full-access")!.secret;
  companyId = sandbox.fixtures.companies[0]!.id;
  server = await startServer(sandbox, { port: 0 });
  dir = await mkdtemp(join(tmpdir(), "snippets-"));
  await copyFile(new URL("./support/requests-shim.py", import.meta.url), join(dir, "requests.py"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a snippet in its language and returns what it printed. */
async function execute(language: SnippetLanguage, code: string): Promise<string> {
  const { PLEO_API_KEY: _fromShell, ...env } = process.env; // the snippets fall back to the key written into them
  if (language === "curl") return (await run("bash", ["-c", code], { env })).stdout;
  const file = join(dir, language === "node" ? "call.mjs" : "call.py");
  await writeFile(file, code);
  const command = language === "node" ? process.execPath : "python3";
  return (await run(command, [file], { env: { ...env, PYTHONPATH: dir }, cwd: dir })).stdout;
}

describe.each(snippetLanguages.map((l) => [l.label, l.id] as const))("the %s snippet", (_label, language) => {
  it("lists the company's employees with the reader's key", async () => {
    const code = snippet(language, { baseUrl: server.url, path: "/v2/employees", query: { companyId, limit: "2" }, key });
    const printed = await execute(language, code);
    if (language === "curl") {
      expect(JSON.parse(printed).data).toHaveLength(2);
    } else {
      expect(printed.trim()).toMatch(/^200\b/);
      expect(printed).toContain(companyId);
    }
  });

  it("shows the refusal for a key that does not exist", async () => {
    const code = snippet(language, { baseUrl: server.url, path: "/v1/installations/me", key: "pls_notARealKey" });
    const printed = await execute(language, code);
    expect(printed).toContain("UNAUTHORIZED");
    if (language !== "curl") expect(printed.trim()).toMatch(/^401\b/);
  });
});
