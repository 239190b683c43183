/**
 * One request, four ways in: handle() directly, MSW's setupServer (fetch in-process), and the HTTP
 * server over 127.0.0.1 through each of its adapters (node:http, Express). Each transport has its own fresh sandbox on the same fixed clock.
 */
import { setupServer } from "msw/node";
import { createHandlers } from "../../mock-server/adapters/msw.ts";
import { startServer, type RunningServer } from "../../mock-server/adapters/serve.ts";
import { handle } from "../../mock-server/core/handle.ts";
import type { SandboxRequest, SandboxResponse } from "../../mock-server/core/http/http.ts";
import { createSandbox, type Sandbox } from "../../mock-server/core/world/state.ts";
import { NOW } from "./call.ts";

export type Send = (request: SandboxRequest) => Promise<SandboxResponse>;

export interface Transport {
  name: string;
  sandbox: Sandbox;
  send: Send;
  close: () => Promise<void>;
}

const MSW_BASE = "https://external.staging.pleo.io";

export async function coreTransport(): Promise<Transport> {
  const sandbox = await createSandbox({ clock: () => NOW });
  return { name: "core", sandbox, send: (request) => handle(request, sandbox, NOW), close: async () => {} };
}

export async function mswTransport(): Promise<Transport> {
  const sandbox = await createSandbox({ clock: () => NOW });
  const server = setupServer(...createHandlers(sandbox));
  server.listen({ onUnhandledRequest: "bypass" });
  return { name: "msw", sandbox, send: (request) => viaFetch(MSW_BASE, request), close: async () => server.close() };
}

export async function expressTransport(): Promise<Transport> {
  return httpTransport("express");
}

export async function nodeHttpTransport(): Promise<Transport> {
  return httpTransport("node");
}

async function httpTransport(adapter: "node" | "express"): Promise<Transport> {
  const sandbox = await createSandbox({ clock: () => NOW });
  const running: RunningServer = await startServer(sandbox, { port: 0, host: "127.0.0.1", adapter });
  return { name: adapter === "node" ? "node:http" : "express", sandbox, send: (request) => viaFetch(running.url, request), close: running.close };
}

async function viaFetch(base: string, request: SandboxRequest): Promise<SandboxResponse> {
  const headers = Object.fromEntries(Object.entries(request.headers).filter((e): e is [string, string] => e[1] !== undefined));
  // A redirect is an answer to compare (the authorization endpoint's), not one to follow.
  const response = await fetch(base + request.url, { method: request.method, headers, body: request.body, redirect: "manual" });
  const text = await response.text();
  const isJson = /json/i.test(response.headers.get("content-type") ?? "");
  return { status: response.status, headers: Object.fromEntries(response.headers), body: text === "" ? undefined : isJson ? JSON.parse(text) : text };
}
