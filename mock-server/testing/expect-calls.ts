/**
 * Verifying what a client sent, from the sandbox's request journal (`GET /sandbox/requests`):
 * "expect N calls to this operation". Works in-process (a sandbox, answered by `handle()`) and over
 * HTTP (a running sandbox's URL), with any test runner: a mismatch throws an Error listing what the
 * journal holds. The journal keeps the last 1,000 requests, so count within a test, not a whole run.
 */
import { handle } from "../core/handle.ts";
import type { Sandbox } from "../core/world/state.ts";
import type { Schemas } from "../openapi/types.ts";

/** Where the journal is: an in-process sandbox, or a running one (`url`), optionally one workspace of it. */
export type CallsTarget = Sandbox | { url: string; fetch?: typeof fetch; workspace?: string };

/** Which requests count; every field given must match. */
export interface CallFilter {
  method?: Schemas["HttpMethod"];
  /** The path, where `*` matches anything, or the contract's template (`/v1/vendors/{id}`). */
  path?: string;
  keyId?: string;
  status?: number;
}

type JournalPage = Schemas["JournalPage"];

/** The matching requests in the journal (newest first, up to 100) and how many there are. */
export async function findCalls(target: CallsTarget, filter: CallFilter): Promise<{ total: number; calls: JournalPage["data"] }> {
  const query = new URLSearchParams({ kind: "request", limit: "100" });
  for (const [name, value] of Object.entries(filter)) if (value !== undefined) query.set(name, String(value));
  const page = await readJournal(target, `/sandbox/requests?${query}`);
  return { total: page.pagination.total ?? page.data.length, calls: page.data };
}

/** How many journalled requests match. */
export async function countCalls(target: CallsTarget, filter: CallFilter): Promise<number> {
  return (await findCalls(target, filter)).total;
}

/** Throws unless exactly `expected` journalled requests match; the message lists the ones seen. */
export async function expectCalls(target: CallsTarget, filter: CallFilter, expected: number): Promise<void> {
  const { total, calls } = await findCalls(target, filter);
  if (total === expected) return;
  const what = [filter.method, filter.path ?? "any path", filter.keyId && `key ${filter.keyId}`, filter.status && `status ${filter.status}`].filter(Boolean).join(" ");
  const seen = calls.slice(0, 10).map((c) => `  ${c.at} ${c.method} ${c.path}${c.query ? `?${c.query}` : ""} -> ${c.status}${c.reason ? ` ${c.reason}` : ""}`);
  throw new Error(`Expected ${expected} call${expected === 1 ? "" : "s"} to ${what}; the sandbox's journal holds ${total}${seen.length ? `, newest first:\n${seen.join("\n")}` : "."}`);
}

async function readJournal(target: CallsTarget, path: string): Promise<JournalPage> {
  if ("state" in target) {
    const response = await handle({ method: "GET", url: path, headers: {} }, target, target.clock());
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as JournalPage;
  }
  const send = target.fetch ?? globalThis.fetch;
  const response = await send(`${target.url.replace(/\/$/, "")}${path}`, { headers: target.workspace ? { "x-sandbox-workspace": target.workspace } : {} });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as JournalPage;
}
