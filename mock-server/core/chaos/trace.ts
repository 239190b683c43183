/**
 * What happened to one request on its way through (the key it used, the scenario and fault
 * applied, the delay and dropped connection asked of the adapter), written on the response and
 * into the request journal.
 */
import type { SandboxRequest, SandboxResponse } from "../http/http.ts";
import { REASON_HEADER } from "../http/errors.ts";
import { SCENARIO_HEADER } from "../pipeline/admit.ts";
import { sandboxNow } from "../world/clock.ts";
import type { Sandbox } from "../world/state.ts";
import { FAULT_HEADER, type Drop } from "./faults.ts";
import { record } from "./journal.ts";
import { redactPath, redactQuery } from "./redact.ts";

export interface Trace {
  keyId?: string;
  scenario?: string;
  fault?: string;
  /** Latency the adapter adds before answering. */
  delayMs: number;
  /** The adapter drops the connection (`reset`) or never answers (`timeout`) instead of answering. */
  drop?: Drop;
}

/** The response as the adapter should give it: headers naming the scenario and fault, the delay, the drop. */
export function withTrace(response: SandboxResponse, trace: Trace): SandboxResponse {
  const headers = { ...response.headers };
  if (trace.scenario !== undefined) headers[SCENARIO_HEADER] = trace.scenario;
  if (trace.fault !== undefined) headers[FAULT_HEADER] = trace.fault;
  return { ...response, headers, ...(trace.delayMs > 0 && { delayMs: trace.delayMs }), ...(trace.drop && { drop: trace.drop }) };
}

/** Journal reads and clears are not journalled: reading the journal does not change it. */
const UNRECORDED = "/sandbox/requests";

/** Writes one answered request into the sandbox's journal. */
export function recordRequest(sandbox: Sandbox, request: SandboxRequest, response: SandboxResponse, trace: Trace, realNow: Date): void {
  const at = request.url.indexOf("?");
  const path = at < 0 ? request.url : request.url.slice(0, at);
  if (path === UNRECORDED) return;
  const query = at < 0 ? "" : redactQuery(request.url.slice(at + 1), { oauth: path.startsWith("/oauth/") });
  const reason = response.headers[REASON_HEADER];
  const tookMs = Math.max(0, sandbox.clock().getTime() - realNow.getTime());
  record(sandbox.state.chaos.journal, {
    at: sandboxNow(sandbox.state.clock, realNow).toISOString(),
    kind: "request",
    method: request.method.toUpperCase(),
    path: redactPath(path),
    ...(query !== "" && { query }),
    status: response.drop ? 0 : response.status,
    ...(reason !== undefined && { reason }),
    ...(trace.keyId !== undefined && { keyId: trace.keyId }),
    ...(trace.scenario !== undefined && { scenario: trace.scenario }),
    ...(trace.fault !== undefined && { fault: trace.fault }),
    durationMs: tookMs + trace.delayMs,
  });
}
