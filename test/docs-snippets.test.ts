/**
 * The guide's copy-paste snippets (docs-site/src/lib/snippets.ts) run for real against the sandbox
 * over HTTP: curl and Node as they are, Python with a urllib stand-in for `requests`
 * (test/support/requests-shim.py), so the page cannot show a call that does not work. The curl
 * lines under every scenario on "When it fails" must give that scenario's answer.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlCommand, scenarioCurl, snippet, snippetLanguages, type SnippetLanguage } from "../docs-site/src/lib/snippets.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { isForceable, scenarios } from "../mock-server/core/scenarios/scenarios.ts";
import { toPlainRequest } from "../mock-server/core/scenarios/scenario-request.ts";
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

/** What `curl -i` printed: the last response's status, headers and body. */
function parseCurl(printed: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = "", ...rest] = printed.replaceAll("\r\n", "\n").split("\n\n");
  const [statusLine = "", ...lines] = head.split("\n");
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
  return { status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\n\n") };
}

/** A refusal's Pleo `type`, or RFC 6749's `error` from the body or the redirect's Location (a page has neither). */
function judged(answer: ReturnType<typeof parseCurl>): { type?: string; error?: string } {
  const json = /json/i.test(answer.headers["content-type"] ?? "") ? (JSON.parse(answer.body) as { type?: string; error?: string }) : undefined;
  const location = answer.headers.location;
  return { type: json?.type, error: json?.error ?? (location === undefined ? undefined : new URL(location).searchParams.get("error") ?? undefined) };
}

describe("the curl lines under each scenario on When it fails", () => {
  let scenarioServer: RunningServer;
  beforeAll(async () => {
    scenarioServer = await startServer(await createSandbox(), { port: 0 });
  });
  afterAll(() => scenarioServer.close());

  it("write a Basic key as curl -u, anything else as a header, and a body as JSON", () => {
    const oneLine = (command: string) => command.replaceAll(" \\\n  ", " ");
    const basic = curlCommand("http://127.0.0.1:4010", { method: "GET", path: "/v2/employees", headers: { accept: "application/json", authorization: `Basic ${btoa(`${key}:`)}` } });
    expect(oneLine(basic)).toBe(`curl -i -u '${key}:' 'http://127.0.0.1:4010/v2/employees'`);
    expect(basic.split("\n").every((line) => line.length <= 80)).toBe(true);
    const bearer = curlCommand("http://127.0.0.1:4010", { method: "DELETE", path: "/v1/installations/me", headers: { authorization: `Bearer ${key}` } });
    expect(oneLine(bearer)).toBe(`curl -i -X DELETE -H 'Authorization: Bearer ${key}' 'http://127.0.0.1:4010/v1/installations/me'`);
    const post = curlCommand("http://x", { method: "POST", path: "/v1/vendors", headers: { "content-type": "application/json" }, body: `{"name":"O'Hara"}` });
    expect(oneLine(post)).toBe(`curl -i -H 'Content-Type: application/json' --data '{"name":"O'\\''Hara"}' 'http://x/v1/vendors'`);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))("%s: gives the answer the page shows", async (_id, scenario) => {
    const keys = (await createSandbox()).fixtures.readyMadeKeys;
    const request = toPlainRequest(scenario.natural, keys);
    const setup = scenario.setup.map((step) => toPlainRequest(step, keys));
    const script = scenarioCurl(scenarioServer.url, request, setup, !isForceable(scenario) || setup.length > 0);
    const answer = parseCurl((await run("bash", ["-c", script])).stdout);
    expect({ status: answer.status, reason: answer.headers["x-sandbox-reason"] }).toEqual({ status: scenario.expected.status, reason: scenario.expected.reason });
    expect(judged(answer)).toEqual({ type: scenario.expected.type, error: scenario.expected.error });
  });
});
