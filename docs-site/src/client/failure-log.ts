/**
 * What the "Make it fail" demos share: the page's ready-made keys and companies, calls with a key
 * or to the control plane, and the lines a demo writes to its log.
 */
import { basicAuthorization } from "../../../mock-server/core/http/basic-credential.ts";
import { send, type ShownResponse } from "./send.ts";

/**
 * The workspace every demo works in: its own world, armed rules, rate limit and journal, made on
 * first use. What a demo arms never reaches the guide's other pages, and what the reader did there
 * (a lowered rate limit, an armed scenario) never spoils a demo.
 */
export const DEMO_WORKSPACE = "guide-make-it-fail";
const IN_WORKSPACE = { "x-sandbox-workspace": DEMO_WORKSPACE };

/** What the page hands the demos (components/FailureDemo.astro), all of it from fixtures/world.json. */
export interface DemoConfig {
  /** A company-level key of the first company, every scope. */
  companyKey: string;
  /** An organisation-level key that covers both companies. */
  organisationKey: string;
  companies: { id: string; name: string }[];
  /** An admin of the first company, who may send test events. */
  admin: string;
}

/** One line of a demo's log; `data` becomes data-* attributes, which the browser test reads. */
export interface LogLine {
  text: string;
  outcome?: "ok" | "bad";
  data?: Record<string, string>;
}

/** A demo: reads its form, does its requests, and writes what happened. */
export type Demo = (config: DemoConfig, form: FormData, log: (line: LogLine) => void) => Promise<void>;

/** A header of an answer, or "" when it has none. */
export function header(response: ShownResponse, name: string): string {
  return response.headers.find(([n]) => n === name)?.[1] ?? "";
}

/** A Pleo call with a Standalone API Key. */
export function withKey(key: string, method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ShownResponse> {
  const headers = { accept: "application/json", authorization: basicAuthorization(key), ...IN_WORKSPACE, ...extra };
  if (body === undefined) return send({ method, path, headers });
  return send({ method, path, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** A control-plane call (`/sandbox/...`); throws with the sandbox's message when it is refused. */
export async function control(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ShownResponse> {
  const headers = { accept: "application/json", ...(body !== undefined && { "content-type": "application/json" }), ...IN_WORKSPACE, ...extra };
  const response = await send({ method, path, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
  if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${response.body}`);
  return response;
}

/** The line for one answer: status, then X-Sandbox-Reason and the scenario or fault that caused it. */
export function answerLine(label: string, response: ShownResponse): LogLine {
  const reason = header(response, "x-sandbox-reason");
  const cause = [header(response, "x-sandbox-scenario"), header(response, "x-sandbox-fault")].filter(Boolean);
  const retryAfter = header(response, "retry-after");
  const text = [
    `${label}: ${response.status}`,
    reason && ` ${reason}`,
    cause.length > 0 && ` (${cause.join(", ")})`,
    retryAfter && ` · Retry-After: ${retryAfter}`,
  ].filter(Boolean).join("");
  return { text, outcome: response.status < 400 ? "ok" : "bad", data: { status: String(response.status), reason, retryAfter } };
}

/** Waits `ms` (a demo's pause between a client's attempts). */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
