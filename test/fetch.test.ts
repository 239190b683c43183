/**
 * sandbox.fetch: the core behind a fetch-compatible function, with no interception and no network,
 * as openapi-fetch, axios (fetch adapter) and plain code use it.
 */
import axios from "axios";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createFetch, createSandbox } from "../mock-server/exports/index.ts";
import type { paths } from "../mock-server/exports/openapi.ts";
import { basicAuthorization as basic } from "../mock-server/core/http/basic-credential.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { NOW } from "./support/call.ts";

const sandbox = await createSandbox({ clock: () => NOW });
const fullAccess = basic(sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "full-access")!.secret);
const expired = basic(sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "expired")!.secret);

describe("sandbox.fetch", () => {
  it("answers Pleo's hosts in-process, with no MSW and no network", async () => {
    const before = globalThis.fetch;
    const response = await sandbox.fetch("https://external.pleo.io/v2/employees?limit=2", { headers: { authorization: fullAccess } });
    expect(globalThis.fetch).toBe(before); // nothing was patched
    expect(response.status).toBe(200);
    expect(response.url).toBe("https://external.pleo.io/v2/employees?limit=2");
    expect(response.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(2);
  });

  it("resolves relative URLs against the staging host and takes Request objects", async () => {
    const relative = await sandbox.fetch("/openapi.json");
    expect(((await relative.json()) as { servers: { url: string }[] }).servers[0]!.url).toBe("https://external.staging.pleo.io");
    const request = new Request("https://external.staging.pleo.io/v2/employees", { headers: { authorization: expired } });
    const refused = await sandbox.fetch(request);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-sandbox-reason")).toBe("key_expired");
  });

  it("sends bodies, answers 204 with no body, and YAML as text", async () => {
    const clock = await sandbox.fetch("/sandbox/clock", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceSeconds: 60 }) });
    expect(await clock.json()).toEqual({ data: { now: "2026-11-24T12:01:00Z" } });
    const reset = await sandbox.fetch("/sandbox/reset", { method: "POST" });
    expect(reset.status).toBe(204);
    expect(reset.body).toBe(null);
    const yaml = await sandbox.fetch("https://external.staging.pleo.io/openapi.yaml");
    expect(parse(await yaml.text())).toMatchObject({ openapi: "3.1.0", servers: [{ url: "https://external.staging.pleo.io" }] });
  });

  it("rejects an aborted request as fetch does", async () => {
    await expect(sandbox.fetch("/healthz", { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("drops a base URL's path prefix, and keeps each sandbox's state apart", async () => {
    const other = await createSandbox({ clock: () => NOW });
    const prefixed = createFetch(other, { baseUrl: "http://localhost:9999/pleo/" });
    await prefixed("sandbox/clock", { method: "POST", headers: { "content-type": "application/json" }, body: '{"advanceSeconds":3600}' });
    expect(await (await prefixed("http://localhost:9999/pleo/sandbox/clock")).json()).toEqual({ data: { now: "2026-11-24T13:00:00Z" } });
    expect(await (await sandbox.fetch("/sandbox/clock")).json()).toEqual({ data: { now: "2026-11-24T12:00:00Z" } });
  });
});

describe("clients that take an injected fetch", () => {
  it("openapi-fetch, typed by pleo-sandbox/openapi", async () => {
    const client = createClient<paths>({ baseUrl: "https://external.staging.pleo.io", fetch: sandbox.fetch, headers: { authorization: fullAccess } });
    const { data, response } = await client.GET("/v2/employees", { params: { query: { limit: 3 } } });
    expect(response.status).toBe(200);
    expect(data!.data.map((e) => e.companyId)).toHaveLength(3);
    const refused = await client.GET("/v1/companies", { headers: { authorization: basic(sandbox.fixtures.readyMadeKeys.find((k) => k.slug === "users-only")!.secret) } });
    expect(refused.error).toMatchObject({ type: "ACCESS_DENIED" });
  });

  it("axios with its fetch adapter", async () => {
    const client = axios.create({ baseURL: "https://external.staging.pleo.io", adapter: "fetch", env: { fetch: sandbox.fetch }, headers: { authorization: fullAccess } });
    const response = await client.get<{ data: unknown[] }>("/v2/employees", { params: { limit: 4 } });
    expect(response.status).toBe(200);
    expect(response.data.data).toHaveLength(4);
    await expect(client.get("/v2/employees", { headers: { authorization: expired } })).rejects.toMatchObject({ response: { status: 401 } });
  });
});
