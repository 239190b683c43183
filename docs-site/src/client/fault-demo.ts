/**
 * The fault demo: arms a fault for the next two `GET /v1/companies` and runs a small retrying
 * client against it, the way an integration should behave: obey Retry-After, give up on a slow
 * answer after a timeout, retry a dropped connection, and stop at the first success.
 */
import { basicAuthorization } from "../../../mock-server/core/http/basic-credential.ts";
import { control, DEMO_WORKSPACE, pause, type Demo, type LogLine } from "./failure-log.ts";
import { getBaseUrl, isInPage } from "./target.ts";

/** The faults the page offers, as written in X-Sandbox-Fault and POST /sandbox/faults. */
export const PAGE_FAULTS = ["status=503", "latency=1500ms", "reset"] as const;
const CLIENT_TIMEOUT_MS = 1_000;
const MAX_ATTEMPTS = 4;
/** The client waits what Retry-After says, but never more than this in a demo. */
const MAX_WAIT_S = 2;

/** Arms the chosen fault for two requests and lets the retrying client meet it. */
export const runFault: Demo = async (config, form, log) => {
  const fault = PAGE_FAULTS.find((f) => f === form.get("fault")) ?? PAGE_FAULTS[0];
  await control("POST", "/sandbox/faults", { fault, method: "GET", path: "/v1/companies", times: 2 });
  log({ text: `Armed ${fault} for the next 2 GET /v1/companies. The client: at most ${MAX_ATTEMPTS} attempts, ${CLIENT_TIMEOUT_MS / 1000} s timeout each.` });
  if (fault === "reset" && isInPage()) {
    log({ text: "In this page there is no socket to drop: the service worker answers with a network error, which is what fetch gives a client whose connection was dropped (curl says: Empty reply from server)." });
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const outcome = await attemptOnce(config.companyKey);
    log(outcome.line(attempt));
    if (outcome.waitS === undefined) return;
    if (attempt < MAX_ATTEMPTS) await pause(outcome.waitS * 1000);
  }
  log({ text: `Gave up after ${MAX_ATTEMPTS} attempts.`, outcome: "bad" });
};

interface Outcome {
  line: (attempt: number) => LogLine;
  /** Seconds to wait before the next attempt; undefined when the client is done. */
  waitS?: number;
}

/** One attempt, as an integration's fetch would make it, with its own timeout. */
async function attemptOnce(key: string): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`${getBaseUrl()}/v1/companies?limit=1`, {
      headers: { accept: "application/json", authorization: basicAuthorization(key), "x-sandbox-workspace": DEMO_WORKSPACE },
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    await response.text();
  } catch (err) {
    const timedOut = (err as Error).name === "TimeoutError";
    const text = timedOut
      ? `no answer within ${CLIENT_TIMEOUT_MS / 1000} s: the client gives up on it, waits 0.5 s and retries`
      : `network error (${(err as Error).name}: ${(err as Error).message}): the connection was dropped; wait 0.5 s and retry`;
    return { waitS: 0.5, line: (n) => ({ text: `Attempt ${n}: ${text}`, outcome: "bad", data: { status: "0", failure: timedOut ? "timeout" : "network" } }) };
  }
  const fault = response.headers.get("x-sandbox-fault") ?? "";
  const retryAfter = response.headers.get("retry-after") ?? "";
  const data = { status: String(response.status), reason: response.headers.get("x-sandbox-reason") ?? "", fault, retryAfter };
  const answered = `${response.status}${fault ? ` (fault ${fault})` : ""}`;
  if (response.ok) return { line: (n) => ({ text: `Attempt ${n}: ${answered}: done`, outcome: "ok", data }) };
  const retryable = response.status === 429 || response.status >= 500;
  if (!retryable) return { line: (n) => ({ text: `Attempt ${n}: ${response.status}: not worth retrying`, outcome: "bad", data }) };
  const waitS = Math.min(MAX_WAIT_S, Math.max(0, Number(retryAfter) || 1));
  return {
    waitS,
    line: (n) => ({ text: `Attempt ${n}: ${answered} · Retry-After: ${retryAfter || "(none)"}: wait ${waitS} s and retry`, outcome: "bad", data }),
  };
}
