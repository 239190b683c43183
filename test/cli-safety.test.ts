/** The CLI's safety options: parsing, the banner, a state file it cannot use, and what the request log leaves out. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSafetyOptions, safetyBanner } from "../mock-server/cli/safety.ts";
import type { RunningServer } from "../mock-server/adapters/serve.ts";
import { startCli, stopStartedProcesses } from "./support/cli-process.ts";

afterEach(stopStartedProcesses);

describe("safety options", () => {
  it("reads flags first, then the environment", () => {
    const parsed = readSafetyOptions({ "cors-origin": ["http://LOCALHOST:3000/"] }, { PLEO_SANDBOX_STATE: "s.json", PLEO_SANDBOX_ALLOW_PRIVATE_WEBHOOKS: "1", PLEO_SANDBOX_CORS_ORIGINS: "https://ignored.example" });
    expect(parsed).toEqual({ ok: true, options: { state: "s.json", corsOrigins: ["http://localhost:3000"], allowPrivateWebhooks: true } });
    expect(readSafetyOptions({}, { PLEO_SANDBOX_CORS_ORIGINS: "https://a.example, https://b.example" })).toMatchObject({ options: { corsOrigins: ["https://a.example", "https://b.example"] } });
  });

  it("refuses a bad origin, a short token and an unclear flag in one line", () => {
    expect(readSafetyOptions({ "cors-origin": ["ftp://x"] }, {})).toEqual({ ok: false, message: '--cors-origin must be an http(s) origin such as http://localhost:3000; got "ftp://x". See --help.' });
    expect(readSafetyOptions({ "admin-token": "short" }, {})).toMatchObject({ ok: false, message: expect.stringContaining("16 to 256") });
    expect(readSafetyOptions({}, { PLEO_SANDBOX_ALLOW_PRIVATE_WEBHOOKS: "maybe" })).toMatchObject({ ok: false });
  });

  it("says at start where state is kept and, beyond loopback, what the control plane needs", () => {
    const options = { corsOrigins: [], allowPrivateWebhooks: false };
    expect(safetyBanner(options, { loopback: true } as RunningServer)).toEqual(["State is in memory only: a restart starts afresh (--state <file> keeps it)."]);
    const wide = safetyBanner({ ...options, state: "s.json" }, { loopback: false, adminToken: "tok-123" } as RunningServer);
    expect(wide[0]).toBe("State is kept in s.json (every write saved before it is answered).");
    expect(wide.join("\n")).toContain("WARNING: listening beyond loopback");
    expect(wide.join("\n")).toContain("Authorization: Bearer tok-123");
  });
});

describe("the CLI", () => {
  it("stops start-up in one line on a state file it cannot use, and leaves the file alone", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pleo-cli-")), "state.json");
    writeFileSync(file, '{"format":"pleo-sandbox-state","version":7}');
    const cli = startCli(["--port", "0", "--state", file]);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toBe(`pleo-sandbox: ${file} was saved in state format version 7; this sandbox reads version 1. Move it away to start afresh.\n`);
    expect(readFileSync(file, "utf8")).toBe('{"format":"pleo-sandbox-state","version":7}');
  });

  it("logs no credential sent in a query string", async () => {
    const cli = startCli(["--port", "0"]);
    try {
      const url = await cli.url();
      await fetch(`${url}/v2/employees?api_key=pls_LeakedInTheQuery0000000000000000000000&token=t0ps3cret&limit=5`);
      await expect.poll(() => cli.output().stdout).toContain("GET /v2/employees?");
      const log = cli.output().stdout.split("Stop with Ctrl+C.")[1]!;
      expect(log).toContain("api_key=[redacted]&token=[redacted]&limit=5");
      expect(log).not.toMatch(/pls_Leaked|t0ps3cret/);
    } finally {
      cli.child.kill("SIGTERM");
      await cli.exited;
    }
  });
});
