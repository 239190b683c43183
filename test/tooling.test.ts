/**
 * The endpoints for tools: /healthz for CI wait loops, and the served contract (/openapi.json,
 * /openapi.yaml) naming the instance that served it, through the core, Express and MSW.
 */
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { setupServer } from "msw/node";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createHandlers } from "../mock-server/adapters/msw.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { renderContractModule } from "../scripts/generate-types.ts";
import { call, newSandbox } from "./support/call.ts";

const source = parse(readFileSync(new URL("../mock-server/openapi/sandbox.yaml", import.meta.url), "utf8")) as Record<string, unknown>;

let running: RunningServer;
beforeAll(async () => {
  running = await startServer(await newSandbox(), { port: 0 });
});
afterAll(() => running.close());

describe("GET /healthz", () => {
  it("answers 200 {status: ok} with no credential, as sandbox.yaml declares", async () => {
    const response = await call(await newSandbox(), "/healthz");
    expect(response).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("answers over HTTP, ignoring a broken Authorization header", async () => {
    const response = await fetch(`${running.url}/healthz`, { headers: { authorization: "Basic !!" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(await response.text()).toBe('{"status":"ok"}');
  });

  it("refuses other methods with 405", async () => {
    const response = await fetch(`${running.url}/healthz`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});

describe("the served contract", () => {
  it("is sandbox.yaml as JSON with servers pointing at this instance", async () => {
    const response = await fetch(`${running.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    const document = (await response.json()) as Record<string, unknown>;
    expect(document.servers).toEqual([{ url: running.url, description: "This sandbox" }]);
    expect({ ...document, servers: source.servers }).toEqual(source);
  });

  it("is sandbox.yaml as YAML with the same servers, and otherwise the same document", async () => {
    const response = await fetch(`${running.url}/openapi.yaml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/yaml");
    const text = await response.text();
    const document = parse(text) as Record<string, unknown>;
    expect(document.servers).toEqual([{ url: running.url, description: "This sandbox" }]);
    expect({ ...document, servers: source.servers }).toEqual(source);
    expect(text).toContain("# "); // the source's comments survive: it is the file, not a re-serialisation
  });

  it("follows a proxy's X-Forwarded-Proto, -Host and -Prefix", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "sandbox.example.com", "x-forwarded-prefix": "/pleo/" };
    const json = (await (await fetch(`${running.url}/openapi.json`, { headers })).json()) as { servers: unknown };
    expect(json.servers).toEqual([{ url: "https://sandbox.example.com/pleo", description: "This sandbox" }]);
    const yaml = parse(await (await fetch(`${running.url}/openapi.yaml`, { headers })).text()) as { servers: unknown };
    expect(yaml.servers).toEqual(json.servers);
  });

  it("ignores a Host that is not a host, so nothing can be injected into the YAML", async () => {
    const sandbox = await newSandbox();
    const response = await call(sandbox, "/openapi.yaml", { headers: { host: "evil\n  injected: true" } });
    const document = parse(response.body as string) as Record<string, unknown>;
    expect(document.servers).toEqual(source.servers);
    expect(document).not.toHaveProperty("injected");
  });

  it("names the MSW base URL it was reached through, prefix included", async () => {
    const sandbox = await newSandbox();
    const server = setupServer(...createHandlers(sandbox, { baseUrl: ["https://external.staging.pleo.io", "https://sandbox.example/pleo/"] }));
    server.listen({ onUnhandledRequest: "error" });
    try {
      const staging = (await (await fetch("https://external.staging.pleo.io/openapi.json")).json()) as { servers: { url: string }[] };
      expect(staging.servers.map((s) => s.url)).toEqual(["https://external.staging.pleo.io"]);
      const prefixed = parse(await (await fetch("https://sandbox.example/pleo/openapi.yaml")).text()) as { servers: { url: string }[] };
      expect(prefixed.servers.map((s) => s.url)).toEqual(["https://sandbox.example/pleo"]);
    } finally {
      server.close();
    }
  });

  it("passes Redocly's structural lint with no errors, as API clients import it", async () => {
    const text = await (await fetch(`${running.url}/openapi.yaml`)).text();
    const problems = await lintFromString({ source: text, absoluteRef: "openapi.yaml", config: await createConfig({ extends: ["minimal"] }) });
    const errors = problems.filter((p) => p.severity === "error").map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it("contract.ts matches sandbox.yaml (run `npm run generate` when this fails)", async () => {
    expect(readFileSync(new URL("../mock-server/openapi/contract.ts", import.meta.url), "utf8")).toBe(await renderContractModule());
  });
});
