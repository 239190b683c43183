/** The control plane belongs to whoever started the server: its own Host only, and an admin token beyond loopback. */
import { afterEach, describe, expect, it } from "vitest";
import { adminTokenFor, hostsOf, isLoopback } from "../mock-server/adapters/control-plane-guard.ts";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { errors } from "../mock-server/core/http/errors.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import { newSandbox } from "./support/call.ts";
import { rawRequest } from "./support/raw-http.ts";
import { readyMadeKey, seeded, userWithRole } from "./support/world.ts";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: Parameters<typeof startServer>[1] = {}) {
  const running = await startServer(await newSandbox(), { port: 0, ...options });
  servers.push(running);
  return { running, port: Number(new URL(running.url).port) };
}

const get = (port: number, path: string, host: string, extra = "") =>
  rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

describe("Host (DNS rebinding)", () => {
  it("answers /sandbox/* only when Host names the server itself; Pleo's operations answer any Host", async () => {
    const { port } = await serve();
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await get(port, "/sandbox/world", host)).status, host).toBe(200);
    }
    const rebound = await get(port, "/sandbox/world", `evil.example:${port}`);
    expect(rebound.status).toBe(403);
    expect(rebound.headers["x-sandbox-reason"]).toBe("host_not_allowed");
    expect(JSON.parse(rebound.body)).toEqual({ type: "ACCESS_DENIED", message: errors.hostNotAllowed(hostsOf("127.0.0.1", port)!).message });
    expect(rebound.body).not.toContain("evil.example");
    expect((await get(port, "/sandbox/reset", `evil.example:${port}`)).status).toBe(403);
    const key = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
    expect((await get(port, "/v1/installations/me", `evil.example:${port}`, `Authorization: ${key}\r\n`)).status).toBe(200);
  });

  it("accepts extra names it was told about", async () => {
    const { port } = await serve({ extraHosts: ["sandbox.test"] });
    expect((await get(port, "/sandbox/world", `sandbox.test:${port}`)).status).toBe(200);
  });
});

describe("the admin token", () => {
  it("is required by /sandbox/* as a bearer credential when the server has one, and only there", async () => {
    const { running } = await serve({ adminToken: "s3cret-admin-token" });
    expect(running.adminToken).toBe("s3cret-admin-token");
    const missing = await fetch(`${running.url}/sandbox/world`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("x-sandbox-reason")).toBe("admin_token_required");
    const wrong = await fetch(`${running.url}/sandbox/world`, { headers: { authorization: "Bearer nope" } });
    expect(await wrong.json()).toEqual({ type: "UNAUTHORIZED", message: errors.adminTokenWrong().message });
    expect((await fetch(`${running.url}/sandbox/world`, { headers: { authorization: "Bearer s3cret-admin-token" } })).status).toBe(200);
    const key = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
    expect((await fetch(`${running.url}/v2/employees`, { headers: { authorization: key } })).status).toBe(200);
  });

  it("is generated for an address beyond loopback, and not needed on loopback", () => {
    expect(adminTokenFor("127.0.0.1", undefined)).toBeUndefined();
    expect(adminTokenFor("::1", undefined)).toBeUndefined();
    expect(adminTokenFor("0.0.0.0", undefined)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(adminTokenFor("0.0.0.0", undefined)).not.toBe(adminTokenFor("0.0.0.0", undefined));
    expect(adminTokenFor("192.168.1.5", "given")).toBe("given");
    expect(["127.0.0.1", "127.1.2.3", "localhost", "[::1]", "0.0.0.0", "::", "10.0.0.1"].map(isLoopback)).toEqual([true, true, true, true, false, false, false]);
    expect(hostsOf("0.0.0.0", 4010)).toBeUndefined(); // any name reaches a wildcard address: the token guards it
    expect(hostsOf("192.168.1.5", 4010)).toEqual(["192.168.1.5:4010"]);
  });
});

describe("the server's own address", () => {
  it("is off limits to webhooks once it listens", async () => {
    const sandbox = await newSandbox();
    const running = await startServer(sandbox, { port: 0 });
    servers.push(running);
    const response = await fetch(`${running.url}/v1/subscriptions`, {
      method: "POST",
      headers: { authorization: basicAuthorization(readyMadeKey(seeded, "full-access").secret), "content-type": "application/json" },
      body: JSON.stringify({ endpointUrl: `${running.url.replace("127.0.0.1", "localhost")}/sandbox/reset`, eventTypes: ["v1.vendor.created"] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("is this sandbox itself");
  });

  it("is off limits from a workspace too", async () => {
    const admin = userWithRole(seeded, "Nordlys ApS", "admin");
    const running = await startServer(await newSandbox(), { port: 0 });
    servers.push(running);
    const made = await fetch(`${running.url}/sandbox/api-keys`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-sandbox-workspace": "job-1", "x-sandbox-user": admin.id },
      body: JSON.stringify({ name: "ws", expiresAt: "2099-01-01T00:00:00Z", accessLevel: { type: "company", companyId: admin.companyId }, scopes: ["users:read"] }),
    });
    expect(made.status).toBe(201);
    const { data } = (await made.json()) as { data: { key: string } };
    const response = await fetch(`${running.url}/v1/subscriptions`, {
      method: "POST",
      headers: { authorization: basicAuthorization(data.key), "content-type": "application/json", "x-sandbox-workspace": "job-1" },
      body: JSON.stringify({ endpointUrl: `${running.url}/sandbox/reset`, eventTypes: ["v1.vendor.created"] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("is this sandbox itself");
  });
});
