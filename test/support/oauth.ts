/**
 * OAuth helpers for the tests: the ready-made apps, grants and code by slug, PKCE pairs, and the
 * authorization and token requests sent through call() (so every answer is contract-checked).
 */
import { createServer } from "node:http";
import type { SandboxResponse } from "../../mock-server/core/http/http.ts";
import { s256 } from "../../mock-server/core/oauth/pkce.ts";
import type { ReadyMadeApp, ReadyMadeCode, ReadyMadeGrant } from "../../mock-server/core/world/oauth-fixtures.ts";
import type { Sandbox } from "../../mock-server/core/world/state.ts";
import type { Scope } from "../../mock-server/openapi/types.ts";
import { call, dataOf } from "./call.ts";
import { userWithRole } from "./world.ts";

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The fixtures have no ${what}.`);
  return value;
}

export const readyMadeApp = (sandbox: Sandbox, slug: string): ReadyMadeApp => found(sandbox.fixtures.oauth?.apps.find((a) => a.slug === slug), `ready-made app "${slug}"`);
export const readyMadeGrant = (sandbox: Sandbox, slug: string): ReadyMadeGrant => found(sandbox.fixtures.oauth?.grants.find((g) => g.slug === slug), `ready-made grant "${slug}"`);
export const readyMadeCode = (sandbox: Sandbox, slug: string): ReadyMadeCode => found(sandbox.fixtures.oauth?.codes.find((c) => c.slug === slug), `ready-made code "${slug}"`);

/** The redirect URI the ready-made apps registered first. */
export const CALLBACK = "http://127.0.0.1:8976/callback";
export const bearer = (token: string) => `Bearer ${token}`;
export const basicClient = (clientId: string, secret: string) => `Basic ${btoa(`${clientId}:${secret}`)}`;
export const FORM = "application/x-www-form-urlencoded";

/** A fresh code verifier and its S256 challenge. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = Array.from(crypto.getRandomValues(new Uint8Array(48)), (b) => "abcdefghijklmnopqrstuvwxyz0123456789-._~"[b % 40]).join("");
  return { verifier, challenge: await s256(verifier) };
}

/** The query of an authorization request; `overrides` replace or (with undefined) remove parameters. */
export function authorizeQuery(clientId: string, challenge: string, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const query: Record<string, string | undefined> = {
    response_type: "code", client_id: clientId, redirect_uri: CALLBACK, scope: "users:read", state: "st-123",
    code_challenge: challenge, code_challenge_method: "S256", ...overrides,
  };
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
}

/** POST /oauth/token (or another /oauth/token path) with a form; the client by Basic unless the form carries it. */
export function tokenRequest(sandbox: Sandbox, fields: Record<string, string>, options: { client?: { clientId: string; secret: string }; path?: string; now?: Date } = {}): Promise<SandboxResponse> {
  const headers: Record<string, string> = { "content-type": FORM };
  if (options.client) headers.authorization = basicClient(options.client.clientId, options.client.secret);
  return call(sandbox, options.path ?? "/oauth/token", { method: "POST", headers, body: new URLSearchParams(fields).toString(), ...(options.now && { now: options.now }) });
}

/** The query parameters of a redirect's Location. */
export const redirectParams = (response: SandboxResponse) => new URL(response.headers.location!).searchParams;

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
}

/**
 * Approves an app (the ready-made `demo-app`, another by slug, or a registered `client`) as the Nordlys
 * ApS admin with the sandbox headers, and exchanges the code.
 */
export async function approveAndExchange(
  sandbox: Sandbox,
  options: { app?: string; client?: { clientId: string; clientSecret: string }; scopes?: Scope[]; user?: string; resource?: string; now?: Date } = {},
): Promise<Tokens> {
  const app = options.client ?? readyMadeApp(sandbox, options.app ?? "demo-app");
  const { verifier, challenge } = await pkcePair();
  const headers: Record<string, string> = { "x-sandbox-user": options.user ?? userWithRole(sandbox, "Nordlys ApS", "admin").id, "x-sandbox-consent": "approve" };
  if (options.resource) headers["x-sandbox-resource"] = options.resource;
  const query = authorizeQuery(app.clientId, challenge, { scope: (options.scopes ?? ["users:read"]).join(" ") });
  const authorized = await call(sandbox, "/oauth/authorize", { query, headers, ...(options.now && { now: options.now }) });
  const code = redirectParams(authorized).get("code");
  if (!code) throw new Error(`no code: ${authorized.status} ${authorized.headers.location}`);
  const exchanged = await tokenRequest(sandbox, { grant_type: "authorization_code", code, redirect_uri: CALLBACK, code_verifier: verifier }, { client: { clientId: app.clientId, secret: app.clientSecret }, ...(options.now && { now: options.now }) });
  if (exchanged.status !== 200) throw new Error(`exchange failed: ${JSON.stringify(exchanged.body)}`);
  return exchanged.body as Tokens;
}

/** Registers an app as the Fjordlys admin; its client secret is in the answer. */
export async function registerApp(sandbox: Sandbox, body: { name?: string; redirectUris?: string[]; scopes?: Scope[] } = {}) {
  const response = await call(sandbox, "/sandbox/oauth-apps", {
    method: "POST",
    headers: { "x-sandbox-user": userWithRole(sandbox, "Fjordlys Studio AS", "admin").id },
    body: { name: "Test app", redirectUris: [CALLBACK], scopes: ["users:read"], ...body },
  });
  return dataOf<{ id: string; clientId: string; clientSecret: string }>(response);
}

/** An HTTP endpoint on 127.0.0.1 standing in for the app's redirect URI: it answers with the query it got. */
export async function startCallback(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const query = Object.fromEntries(new URL(req.url ?? "/", "http://callback").searchParams);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(query));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/callback`, close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }) };
}
