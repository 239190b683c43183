/** Sends a request to the chosen base URL and keeps everything the guide shows of the answer. */
import type { PlainRequest } from "../../../mock-server/core/scenarios/scenario-request.ts";
import { getBaseUrl, isInPage } from "./base-url.ts";
import { startInPageSandbox } from "./in-page-sandbox.ts";

export interface ShownResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body pretty-printed when it is JSON, as sent otherwise; "" when there is none. */
  body: string;
  /** The parsed JSON body, when there is one. */
  json?: unknown;
}

/** Fetches `request` from the base URL; rejects with a readable message when nothing answers. */
export async function send(request: PlainRequest): Promise<ShownResponse> {
  if (isInPage()) await startInPageSandbox();
  const url = `${getBaseUrl()}${request.path}`;
  let response: Response;
  try {
    response = await fetch(url, { method: request.method, headers: request.headers, body: request.body ?? null });
  } catch (err) {
    const hint = isInPage()
      ? "The in-page sandbox did not answer; reload the page."
      : `Is the sandbox running (npm start) and reachable at ${getBaseUrl()}? Change the base URL in Settings.`;
    throw new Error(`${request.method} ${url} failed: ${(err as Error).message}. ${hint}`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body: json === undefined ? text : JSON.stringify(json, null, 2),
    json,
  };
}

/** The headers a control-plane request sends: JSON, acting as the given web-app user. */
export function controlHeaders(userId: string): Record<string, string> {
  return { accept: "application/json", "content-type": "application/json", "x-sandbox-user": userId };
}
