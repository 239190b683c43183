/**
 * The OAuth parts of the control plane (apps, installations) sit behind the server's own guards:
 * its Host only, and its admin token when it has one. The authorization server is Pleo's surface:
 * it needs neither.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../mock-server/adapters/serve.ts";
import { newSandbox } from "./support/call.ts";
import { rawRequest } from "./support/raw-http.ts";
import { seeded, userWithRole } from "./support/world.ts";

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ADMIN = userWithRole(seeded, "Nordlys ApS", "admin").id;
const APP = JSON.stringify({ name: "Guarded app", redirectUris: ["http://127.0.0.1:8976/callback"], scopes: ["users:read"] });

function post(port: number, path: string, host: string, body: string, headers = "") {
  return rawRequest(port, `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nX-Sandbox-User: ${ADMIN}\r\n${headers}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

describe("the OAuth control plane", () => {
  it("wants the server's own Host and its admin token; the authorization server wants neither", async () => {
    const running = await startServer(await newSandbox(), { port: 0, adminToken: "admin-token-for-oauth-tests" });
    servers.push(running);
    const port = Number(new URL(running.url).port);
    const own = `127.0.0.1:${port}`;
    expect((await post(port, "/sandbox/oauth-apps", `evil.example:${port}`, APP, "Authorization: Bearer admin-token-for-oauth-tests\r\n")).headers["x-sandbox-reason"]).toBe("host_not_allowed");
    expect((await post(port, "/sandbox/oauth-apps", own, APP)).headers["x-sandbox-reason"]).toBe("admin_token_required");
    expect((await post(port, "/sandbox/installations", own, "{}")).headers["x-sandbox-reason"]).toBe("admin_token_required");
    const made = await post(port, "/sandbox/oauth-apps", own, APP, "Authorization: Bearer admin-token-for-oauth-tests\r\n");
    expect(made.status).toBe(201);
    // Pleo's own surface: a token request is judged by the client's credentials only.
    const token = await rawRequest(port, `POST /oauth/token HTTP/1.1\r\nHost: evil.example:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 18\r\nConnection: close\r\n\r\ngrant_type=nothing`);
    expect([token.status, token.headers["x-sandbox-reason"]]).toEqual([401, "client_auth_failed"]);
  });
});
