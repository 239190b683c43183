/** Calls handle() the way most tests do: fixed clock, ready-made keys by slug, contract-checked. */
import { expect } from "vitest";
import { handle } from "../../mock-server/core/handle.ts";
import type { SandboxResponse } from "../../mock-server/core/http/http.ts";
import { basicAuthorization } from "../../mock-server/core/http/basic-credential.ts";
import { createSandbox, type Sandbox } from "../../mock-server/core/world/state.ts";
import { contractProblems } from "./contract.ts";
import { secretOf } from "./world.ts";

/** The clock every unit test runs at, unless it says otherwise. */
export const NOW = new Date("2026-11-24T12:00:00Z");

export interface CallOptions {
  method?: string;
  query?: Record<string, string | string[]>;
  /** A ready-made key by slug, or a raw secret. */
  key?: string;
  authorization?: string;
  headers?: Record<string, string>;
  body?: unknown;
  now?: Date;
}

/** A sandbox on the default fixtures whose real clock is NOW. */
export function newSandbox(): Promise<Sandbox> {
  return createSandbox({ clock: () => NOW });
}

/** Sends one request through handle() and checks the answer against sandbox.yaml. */
export async function call(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<SandboxResponse> {
  const method = options.method ?? "GET";
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) for (const v of [value].flat()) search.append(name, v);
  const url = search.size > 0 ? `${path}?${search}` : path;
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.authorization = basicAuthorization(secretOf(sandbox, options.key));
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await handle({ method, url, headers, body }, sandbox, options.now ?? NOW);
  expect(contractProblems(method, url, response), `${method} ${url} -> ${response.status} breaks sandbox.yaml`).toEqual([]);
  return response;
}

/** The `data` of a `{ data }` answer. */
export const dataOf = <T>(response: SandboxResponse) => (response.body as { data: T }).data;

/** The `message` of an error answer. */
export const messageOf = (response: SandboxResponse) => (response.body as { message: string }).message;

/** The error fields a refusal is judged by: Pleo's `type`, or RFC 6749's `error` from an OAuth body or redirect. */
export function refusal(response: SandboxResponse) {
  const body = typeof response.body === "object" ? (response.body as { type?: string; error?: string } | undefined) : undefined;
  const location = response.headers.location;
  const error = body?.error ?? (location === undefined ? undefined : new URL(location).searchParams.get("error") ?? undefined);
  return { status: response.status, type: body?.type, error, reason: response.headers["x-sandbox-reason"] };
}
