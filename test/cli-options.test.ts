/** The CLI's options: each from its flag or its environment variable, the flag winning; one-line complaints. */
import { describe, expect, it } from "vitest";
import { ENV, parseOptions } from "../mock-server/cli/options.ts";
import { redactUrl } from "../mock-server/cli/log.ts";

const ok = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseOptions(argv, env);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
};
const complaint = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseOptions(argv, env);
  if (parsed.ok) throw new Error("accepted");
  return parsed.message;
};

describe("parseOptions", () => {
  it("has defaults", () => {
    expect(ok([])).toEqual({ port: 4010, host: "127.0.0.1", quiet: false, logFormat: "pretty", help: false, version: false, safety: { corsOrigins: [], allowPrivateWebhooks: false } });
  });

  it("reads every option from its environment variable", () => {
    const env = { PLEO_SANDBOX_PORT: "5000", PLEO_SANDBOX_HOST: "0.0.0.0", PLEO_SANDBOX_SEED: "42", PLEO_SANDBOX_QUIET: "1", PLEO_SANDBOX_LOG_FORMAT: "json", PLEO_SANDBOX_STATE: "s.json", PLEO_SANDBOX_CORS_ORIGINS: "http://localhost:3000", PLEO_SANDBOX_ADMIN_TOKEN: "0123456789abcdef", PLEO_SANDBOX_ALLOW_PRIVATE_WEBHOOKS: "1" };
    expect(ok([], env)).toEqual({ port: 5000, host: "0.0.0.0", seed: 42, quiet: true, logFormat: "json", help: false, version: false, safety: { state: "s.json", corsOrigins: ["http://localhost:3000"], adminToken: "0123456789abcdef", allowPrivateWebhooks: true } });
    expect(ok([], { PLEO_SANDBOX_FIXTURES: "world.json" }).fixtures).toBe("world.json");
    expect(Object.keys(ENV).sort()).toEqual(["fixtures", "host", "logFormat", "port", "quiet", "seed"]);
  });

  it("lets the flag win over the environment, and PLEO_SANDBOX_* over PORT and HOST", () => {
    expect(ok(["--port", "6000", "--log-format", "pretty"], { PLEO_SANDBOX_PORT: "5000", PLEO_SANDBOX_LOG_FORMAT: "json" })).toMatchObject({ port: 6000, logFormat: "pretty" });
    expect(ok([], { PORT: "7000", HOST: "::1" })).toMatchObject({ port: 7000, host: "::1" });
    expect(ok([], { PORT: "7000", PLEO_SANDBOX_PORT: "7001", HOST: "::1", PLEO_SANDBOX_HOST: "127.0.0.2" })).toMatchObject({ port: 7001, host: "127.0.0.2" });
    expect(ok(["--quiet"], { PLEO_SANDBOX_QUIET: "0" }).quiet).toBe(true);
    expect(ok([], { PLEO_SANDBOX_QUIET: "false" }).quiet).toBe(false);
  });

  it("names the variable a bad value came from", () => {
    expect(complaint([], { PLEO_SANDBOX_PORT: "70000" })).toBe('PLEO_SANDBOX_PORT must be a whole number from 0 to 65535; got "70000". See --help.');
    expect(complaint(["--log-format", "xml"])).toBe('--log-format must be pretty or json; got "xml". See --help.');
    expect(complaint([], { PLEO_SANDBOX_SEED: "abc" })).toBe('PLEO_SANDBOX_SEED must be a whole number; got "abc". See --help.');
    expect(complaint([], { PLEO_SANDBOX_QUIET: "maybe" })).toContain("PLEO_SANDBOX_QUIET must be 1 or 0");
    expect(complaint(["--seed", "1"], { PLEO_SANDBOX_FIXTURES: "w.json" })).toBe("PLEO_SANDBOX_FIXTURES and --seed both choose the world; give one. See --help.");
    expect(complaint(["--nope"])).toMatch(/--nope.*See --help\.$/);
  });
});

describe("redactUrl", () => {
  it("cuts credential-like query values and anything shaped like a key, and keeps the rest", () => {
    expect(redactUrl("/v2/employees?companyId=abc&limit=5")).toBe("/v2/employees?companyId=abc&limit=5");
    expect(redactUrl("/x?api_key=1&token=2&access_token=3&client_secret=4&code=5&password=6&sig=7&x=8")).toBe(
      "/x?api_key=[redacted]&token=[redacted]&access_token=[redacted]&client_secret=[redacted]&code=[redacted]&password=[redacted]&sig=[redacted]&x=8",
    );
    expect(redactUrl("/v2/employees/pls_abcDEF123?q=pls_xyz")).toBe("/v2/employees/pls_[redacted]?q=pls_[redacted]");
    expect(redactUrl(`/x?h=${btoa("pls_secret:")}`)).toBe("/x?h=[redacted]");
    expect(redactUrl("/x?API%5FKEY=1")).toBe("/x?API%5FKEY=[redacted]");
  });
});

describe("docs/using-the-package.md", () => {
  it("lists every option --help lists, with its environment variable", async () => {
    const { readFileSync } = await import("node:fs");
    const { HELP } = await import("../mock-server/cli/options.ts");
    const page = readFileSync(new URL("../docs/using-the-package.md", import.meta.url), "utf8");
    const table = page.slice(page.indexOf("| Option |"), page.indexOf("An option wins over its variable."));
    const flags = [...HELP.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);
    const variables = [...HELP.matchAll(/\[(PLEO_SANDBOX_[A-Z_]+)/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((flag) => !table.includes(`\`${flag}`))).toEqual([]);
    expect(variables.filter((name) => !table.includes(name))).toEqual([]);
  });
});
