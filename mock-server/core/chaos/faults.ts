/**
 * Faults: what `X-Sandbox-Fault` (or an armed fault) does to a Pleo operation's answer. Latency is
 * a delay the adapter waits (a timer per request, never blocking others); a status is answered by
 * the core in Pleo's error shape; `reset` and `timeout` are markers the adapters act on (drop the
 * connection, or never answer).
 */
import { errors, type ApiError } from "../http/errors.ts";

export const FAULT_HEADER = "x-sandbox-fault";

/** The statuses a fault can answer: Pleo's rate limit and the 5xx its gateway and services give. */
export const FAULT_STATUSES = [429, 500, 502, 503, 504] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** The longest latency a fault may add. */
export const MAX_LATENCY_MS = 120_000;

/** How long `timeout` holds a connection without answering before dropping it (adapters). */
export const HANG_MS = 120_000;

/** What a 503 (and a forced 429) tells the client to wait, in seconds. */
export const FAULT_RETRY_AFTER_SECONDS = 1;

export type Drop = "reset" | "timeout";

export interface Fault {
  /** As applied, normalised: `latency=800ms,status=503`. */
  text: string;
  latencyMs: number;
  /** The answer instead of the operation's: a status, or no answer at all. None: the normal answer, late. */
  outcome?: { status: FaultStatus } | { drop: Drop };
}

/** The fault `text` describes, or why it describes none. */
export function parseFault(text: string): Fault | { problem: string } {
  const parts = text.split(",").map((p) => p.trim().toLowerCase()).filter((p) => p !== "");
  if (parts.length === 0) return { problem: "it is empty" };
  let latencyMs: number | undefined;
  let outcome: Fault["outcome"];
  for (const part of parts) {
    const latency = /^latency=(\d{1,9})(ms|s)$/.exec(part);
    const status = /^status=(\d{3})$/.exec(part);
    if (latency) {
      if (latencyMs !== undefined) return { problem: "it gives latency twice" };
      latencyMs = Number(latency[1]) * (latency[2] === "s" ? 1000 : 1);
      if (latencyMs > MAX_LATENCY_MS) return { problem: `latency ${latencyMs} ms is over ${MAX_LATENCY_MS} ms` };
      continue;
    }
    if (outcome !== undefined) return { problem: "it gives more than one of status, reset and timeout" };
    if (status) {
      const code = Number(status[1]);
      if (!(FAULT_STATUSES as readonly number[]).includes(code)) return { problem: `status ${code} is not one a fault answers` };
      outcome = { status: code as FaultStatus };
    } else if (part === "reset" || part === "timeout") {
      outcome = { drop: part };
    } else {
      return { problem: `"${part}" is not latency=<n>ms, status=<code>, reset or timeout` };
    }
  }
  const written = [latencyMs === undefined ? [] : [`latency=${latencyMs}ms`], outcome === undefined ? [] : ["status" in outcome ? `status=${outcome.status}` : outcome.drop]].flat();
  return { text: written.join(","), latencyMs: latencyMs ?? 0, ...(outcome && { outcome }) };
}

/** The fault `text` describes; throws a 400 naming `where` it came from. */
export function faultOrThrow(text: string, where: string): Fault {
  const fault = parseFault(text);
  if ("problem" in fault) throw errors.invalidFault(where, text.slice(0, 100), fault.problem);
  return fault;
}

/** The fault X-Sandbox-Fault asks for, if any. */
export function readFaultHeader(headers: Record<string, string | undefined>): Fault | undefined {
  const text = headers[FAULT_HEADER];
  return text === undefined || text.trim() === "" ? undefined : faultOrThrow(text, "X-Sandbox-Fault");
}

/** The refusal a fault answers with: Pleo's shape, and Retry-After where Pleo would send it. */
export function faultRefusal(outcome: NonNullable<Fault["outcome"]>, requestsPerMinute: number): ApiError {
  if ("drop" in outcome) return outcome.drop === "reset" ? errors.faultReset() : errors.faultTimeout();
  switch (outcome.status) {
    case 429: return errors.rateLimited(requestsPerMinute, FAULT_RETRY_AFTER_SECONDS);
    case 500: return errors.faultInternal();
    case 502: return errors.faultBadGateway();
    case 503: return errors.faultUnavailable(FAULT_RETRY_AFTER_SECONDS);
    case 504: return errors.faultGatewayTimeout();
  }
}
