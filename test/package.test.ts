/**
 * The package as a partner gets it: `npm pack`, install the tarball into an empty project, then
 * the bin (`npx pleo-sandbox`), the type declarations under module NodeNext, and --import
 * pleo-sandbox/register, all from dist/ JavaScript (no tsx, no sources).
 */
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import world from "../fixtures/world.json" with { type: "json" };
import pkg from "../package.json" with { type: "json" };

const exec = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const project = mkdtempSync(join(tmpdir(), "pleo-sandbox-consumer-"));
const KEY = world.readyMadeKeys.find((k) => k.slug === "full-access")!.secret;
let files: string[] = [];

beforeAll(async () => {
  const packed = await exec("npm", ["pack", "--json", "--pack-destination", project], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as [{ filename: string; files: { path: string }[] }];
  files = info.files.map((f) => f.path);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(project, info.filename), `typescript@${pkg.devDependencies.typescript}`, "@types/node@^20.19.0"], { cwd: project });
}, 300_000);
afterAll(() => rmSync(project, { recursive: true, force: true }), 60_000);

// Each test type-checks or installs in a fresh project: minutes on a busy 2-core machine.
describe("the packed tarball", { timeout: 180_000 }, () => {
  it("ships dist/ JavaScript, declarations, maps and the JSON it imports: no sources, tests, docs site or bench", () => {
    expect(files).toContain("dist/bin/pleo-sandbox.js");
    expect(files).toContain("dist/mock-server/main.js");
    expect(files).toContain("dist/fixtures/world.json");
    expect(files).toContain("dist/mock-server/exports/testing.d.ts");
    expect(files).toContain("dist/mock-server/exports/register.js.map");
    const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/.*\.(js|d\.ts|d\.cts|js\.map|json))$/.test(f) || /\.c?ts$/.test(f.replace(/\.d\.c?ts$/, "")));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /^(test|docs-site|bench|examples|scripts|mock-server)\//.test(f))).toEqual([]);
  });

  it("npx pleo-sandbox --help lists every option and --version the package's, without tsx installed", async () => {
    expect(readdirSync(join(project, "node_modules"))).not.toContain("tsx");
    const { stdout } = await exec("npx", ["pleo-sandbox", "--help"], { cwd: project });
    for (const option of ["--port", "--host", "--fixtures", "--seed", "--quiet", "--log-format", "--help", "--version"]) expect(stdout).toContain(option);
    expect((await exec("npx", ["pleo-sandbox", "--version"], { cwd: project })).stdout.trim()).toBe(pkg.version);
  });

  it("runs in the background, answers /healthz and a ready-made key, and stops on SIGTERM within 2 s with exit 0", async () => {
    const bin = join(project, "node_modules", ".bin", "pleo-sandbox");
    const child = spawn(bin, ["--port", "0", "--log-format", "json"], { cwd: project });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    while (!out.includes('"listening"')) await new Promise((resolve) => setTimeout(resolve, 50));
    const url = (JSON.parse(out.split("\n")[0]!) as { url: string }).url;
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: "ok" });
    const employees = await fetch(`${url}/v2/employees`, { headers: { authorization: `Basic ${btoa(`${KEY}:`)}` } });
    expect(employees.status).toBe(200);
    // The bundled bin loads the contract's text when first asked for it.
    expect(((await (await fetch(`${url}/openapi.json`)).json()) as { info: { version: string } }).info.version).toBe(pkg.version);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const refused = await new Promise<boolean>((resolve) => connect(Number(new URL(url).port), "127.0.0.1").on("connect", () => resolve(false)).on("error", () => resolve(true)));
    expect(refused).toBe(true);
  });

  it("type-checks a consumer of every entry point under module NodeNext and strict, with no special flags", async () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", strict: true, noEmit: true }, include: ["consumer.ts"] }),
    );
    writeFileSync(
      join(project, "consumer.ts"),
      `import { createServer } from "node:http";
import { setupServer } from "msw/node";
import { createFetch, createSandbox, type PleoSandbox } from "pleo-sandbox";
import { createHandlers } from "pleo-sandbox/msw";
import { createApp, startServer } from "pleo-sandbox/express";
import { usePleoSandbox, type TestKey } from "pleo-sandbox/testing";
import type { paths, Scope } from "pleo-sandbox/openapi";
import type { Registration } from "pleo-sandbox/register";

const sandbox: PleoSandbox = await createSandbox();
const server = setupServer(...createHandlers(sandbox));
server.listen();
const pleo = usePleoSandbox({ beforeEach: (fn) => fn(), afterEach: (fn) => fn() });
const scopes: Scope[] = ["users:read"];
export const key: Promise<TestKey> = pleo().mintKey({ scopes, access: "company" });
export const answer: Promise<Response> = sandbox.fetch("/healthz").then(() => createFetch(sandbox)("/openapi.json"));
export const app = createApp(sandbox);
export const served = createServer(app);
export const running = startServer(sandbox, { port: 0 });
export type Employees = paths["/v2/employees"]["get"]["responses"][200]["content"]["application/json;charset=UTF-8"];
export type R = Registration["mode"];
`,
    );
    const tsc = await exec(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", project], { cwd: project }).catch((err: { stdout: string }) => err);
    expect(tsc.stdout).toBe("");
  });

  it("type-checks a consumer of pleo-sandbox/msw and pleo-sandbox/testing under the tsconfig `tsc --init` writes", async () => {
    const init = join(project, "init");
    mkdirSync(init);
    await exec(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "--init"], { cwd: init });
    writeFileSync(
      join(init, "consumer.ts"),
      `import { setupServer } from "msw/node";
import { createSandbox } from "pleo-sandbox";
import { createHandlers } from "pleo-sandbox/msw";
import { usePleoSandbox, type TestKey } from "pleo-sandbox/testing";

const sandbox = await createSandbox();
setupServer(...createHandlers(sandbox)).listen({ onUnhandledRequest: "bypass" });
const pleo = usePleoSandbox({ beforeEach: (fn) => fn(), afterEach: (fn) => fn() });
export const key: Promise<TestKey> = pleo().mintKey({ scopes: ["users:read"], access: "organisation", expired: true });
export const status: number = (await sandbox.fetch("/healthz")).status;
`,
    );
    const tsc = await exec(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", init], { cwd: init }).catch((err: { stdout: string }) => err);
    expect(tsc.stdout).toBe("");
  });

  it("type-checks and runs a CommonJS consumer (no \"type\": \"module\") of pleo-sandbox/msw with its own msw/node", async () => {
    const cjs = join(project, "cjs");
    mkdirSync(cjs);
    writeFileSync(join(cjs, "package.json"), JSON.stringify({ name: "cjs-consumer", private: true }));
    writeFileSync(join(cjs, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", strict: true, skipLibCheck: true, outDir: "out" }, files: ["consumer.ts"] }));
    writeFileSync(
      join(cjs, "consumer.ts"),
      `import { setupServer } from "msw/node";
import { createSandbox } from "pleo-sandbox";
import { createHandlers } from "pleo-sandbox/msw";

async function main(): Promise<void> {
  const sandbox = await createSandbox();
  const server = setupServer(...createHandlers(sandbox));
  server.listen({ onUnhandledRequest: "error" });
  const key = sandbox.fixtures.readyMadeKeys[0]!.secret;
  const response = await fetch("https://external.staging.pleo.io/v2/employees", { headers: { authorization: \`Basic \${btoa(\`\${key}:\`)}\` } });
  console.log(response.status);
  server.close();
}
void main();
`,
    );
    const tsc = await exec(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", cjs], { cwd: cjs }).catch((err: { stdout: string }) => err);
    expect(tsc.stdout).toBe("");
    const run = await exec(process.execPath, [join(cjs, "out", "consumer.js")], { cwd: cjs });
    expect(run.stdout).toBe("200\n");
    expect(run.stderr).toBe("");
  });

  it("answers a plain script calling Pleo's staging host under --import pleo-sandbox/register", async () => {
    writeFileSync(
      join(project, "app.mjs"),
      `const response = await fetch("https://external.staging.pleo.io/v2/employees", { headers: { authorization: "Basic " + btoa(process.env.KEY + ":") } });
console.log(response.status, (await response.json()).data.length);`,
    );
    const { stdout } = await exec(process.execPath, ["--import", "pleo-sandbox/register", "app.mjs"], { cwd: project, env: { ...process.env, KEY } });
    expect(stdout).toBe("200 20\n");
  });

  it("runs the CI recipes of docs/using-the-package.md as written (port aside): start, wait on /healthz, test, stop", async () => {
    const docs = readFileSync(new URL("../docs/using-the-package.md", import.meta.url), "utf8");
    const yamlAfter = (heading: string) => parse(/```yaml\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf(heading)))![1]!) as Record<string, unknown>;
    const port = await freePort();
    const atPort = (text: string) => text.replaceAll("4010", String(port));
    const check = `curl -sS -o /dev/null -w '%{http_code}\\n' -u '${KEY}:' "$PLEO_SANDBOX_URL/v2/employees"`;
    const bash = (script: string, env: Record<string, string>) => exec("bash", ["-euo", "pipefail", "-c", atPort(script)], { cwd: project, env: { ...process.env, ...env } });

    const github = (yamlAfter("### GitHub Actions").jobs as Record<string, { env: Record<string, string>; steps: { name?: string; run?: string }[] }>)["contract-tests"]!;
    const step = (name: string) => github.steps.find((s) => s.name === name)!.run!;
    const githubEnv = { PLEO_SANDBOX_URL: atPort(github.env.PLEO_SANDBOX_URL!) };
    await bash(step("Start the Pleo sandbox"), githubEnv);
    await bash(step("Wait for the Pleo sandbox (30 s at most)"), githubEnv);
    expect((await bash(check, githubEnv)).stdout).toBe("200\n");
    await bash(step("Stop the Pleo sandbox"), githubEnv);
    await untilRefused(port);
    await untilLogged(join(project, "pleo-sandbox.log"), '"msg":"stopped"');

    const gitlab = yamlAfter("### GitLab CI")["contract-tests"] as { variables: Record<string, string>; script: string[]; after_script: string[] };
    const gitlabEnv = { PLEO_SANDBOX_URL: atPort(gitlab.variables.PLEO_SANDBOX_URL!) };
    const script = gitlab.script.filter((line) => line !== "npm ci").map((line) => (line === "npm test" ? check : line));
    expect((await bash(script.join("\n"), gitlabEnv)).stdout).toMatch(/\{"status":"ok"\}200\n$/);
    await bash(gitlab.after_script.join("\n"), gitlabEnv);
    await untilRefused(port);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits (100 tries, 20 ms apart) until `file` holds `text`: the process writes its last line after the port closes. */
async function untilLogged(file: string, text: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (readFileSync(file, "utf8").includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${file} never logged ${text}`);
}

/** Waits (100 tries, 20 ms apart) until nothing accepts connections on `port`. */
async function untilRefused(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const refused = await new Promise<boolean>((resolve) => connect(port, "127.0.0.1").on("connect", function (this: import("node:net").Socket) { this.destroy(); resolve(false); }).on("error", () => resolve(true)));
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`port ${port} still accepts connections`);
}

