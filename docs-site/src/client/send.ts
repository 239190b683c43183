/**
 * Sends a request to the chosen target and keeps everything the guide shows of the answer.
 * The in-page sandbox (MSW, the core, the world) is imported here on first use, never before.
 */
import type { PlainRequest } from "../../../mock-server/core/scenarios/scenario-request.ts";
import { getBaseUrl, isInPage, START_COMMANDS } from "./target.ts";

export interface ShownResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body pretty-printed when it is JSON, as sent otherwise; "" when there is none. */
  body: string;
  /** The parsed JSON body, when there is one. */
  json?: unknown;
}

/**
 * Starts the in-page sandbox, when that is the target, and resolves once it answers. Widgets call
 * it on a reader's first touch, so the first click does not wait for the download.
 */
export async function warmUp(): Promise<void> {
  if (!isInPage()) return;
  const { startInPageSandbox } = await import("./in-page-sandbox.ts");
  await startInPageSandbox();
}

/**
 * Warms the sandbox up on the reader's first touch of `element` (focus or pointer), so the first
 * click is answered at once. `focus` for a single control, `focusin` for a widget.
 */
export function warmUpOnFirstTouch(element: HTMLElement, focusEvent: "focus" | "focusin" = "focusin"): void {
  const wake = () => void warmUp().catch(() => undefined);
  element.addEventListener(focusEvent, wake, { once: true });
  element.addEventListener("pointerdown", wake, { once: true });
}

/** The authorization endpoint, which answers with a redirect (302 and a Location) that a page's fetch cannot read. */
const REDIRECTING = /^\/oauth\/authorize(\?|$)/;

/**
 * Fetches `request` from the target; rejects with a readable message when nothing answers. The
 * authorization endpoint's redirect is shown as it is, never followed: in the page the core answers
 * it directly; a server's redirect, which a page cannot read, is described.
 */
export async function send(request: PlainRequest): Promise<ShownResponse> {
  await warmUp();
  if (isInPage() && REDIRECTING.test(request.path)) {
    const { answerInPage } = await import("./in-page-sandbox.ts");
    const answer = await answerInPage(request);
    return shown(answer.status, answer.status === 302 ? "Found" : "", Object.entries(answer.headers), answer.text);
  }
  const url = `${getBaseUrl()}${request.path}`;
  let response: Response;
  try {
    response = await fetch(url, { method: request.method, headers: request.headers, body: request.body ?? null, redirect: "manual" });
  } catch (err) {
    const hint = isInPage()
      ? "The sandbox in this page did not answer; reload the page."
      : `Is the sandbox running (${START_COMMANDS.npx}, or ${START_COMMANDS.clone} in a clone) and reachable at ${getBaseUrl()}? Change where requests go under "Requests from this page go to".`;
    throw new Error(`${request.method} ${url} failed: ${(err as Error).message}. ${hint}`);
  }
  if (response.type === "opaqueredirect") {
    const note = "The server answered with a redirect. A page cannot read where a redirect from another origin goes: the curl line (without -L) shows its Location.";
    return shown(302, "Found", [], note);
  }
  return shown(response.status, response.statusText, [...response.headers.entries()], await response.text());
}

/** What the guide shows of an answer: its body pretty-printed when it is JSON. */
function shown(status: number, statusText: string, headers: [string, string][], text: string): ShownResponse {
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status,
    statusText,
    headers,
    body: json === undefined ? text : JSON.stringify(json, null, 2),
    json,
  };
}

/** The headers a control-plane request sends: JSON, acting as the given web-app user. */
export function controlHeaders(userId: string): Record<string, string> {
  return { accept: "application/json", "content-type": "application/json", "x-sandbox-user": userId };
}

/** Resets the sandbox requests go to: the in-page one, or the reader's server. */
export async function resetTarget(): Promise<void> {
  if (isInPage()) {
    const { resetInPageSandbox } = await import("./in-page-sandbox.ts");
    await resetInPageSandbox();
    return;
  }
  const response = await send({ method: "POST", path: "/sandbox/reset", headers: {} });
  if (response.status >= 400) throw new Error(`POST /sandbox/reset answered ${response.status}: ${response.body}`);
}
