/** Fills a ResponseView (components/ResponseView.astro) with a response or an error. */
import type { ShownResponse } from "./send.ts";
import { isInPage } from "./target.ts";

const STATUS_TEXT: Record<number, string> = {
  200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
  404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity",
};

/** Shows status, X-Sandbox-Reason, headers, body, and who answered. */
export function showResponse(view: HTMLElement, response: ShownResponse, answeredBy: string = describeTarget()): void {
  const reason = response.headers.find(([name]) => name === "x-sandbox-reason")?.[1];
  view.hidden = false;
  view.dataset.status = String(response.status);
  view.dataset.reason = reason ?? "";
  const status = part(view, "status");
  status.textContent = `${response.status} ${response.statusText || STATUS_TEXT[response.status] || ""}`.trim();
  status.dataset.outcome = response.status < 400 ? "ok" : "bad";
  part(view, "reason").textContent = reason ?? "(none: the request succeeded)";
  part(view, "answered-by").textContent = answeredBy;
  part(view, "headers").textContent = response.headers.map(([name, value]) => `${name}: ${value}`).join("\n");
  part(view, "body").textContent = response.body || "(no body)";
  part(view, "error").textContent = "";
}

/** Shows that the request could not be sent at all. */
export function showFailure(view: HTMLElement, error: unknown): void {
  view.hidden = false;
  view.dataset.status = "";
  for (const name of ["status", "reason", "headers", "body", "answered-by"]) part(view, name).textContent = "";
  part(view, "error").textContent = error instanceof Error ? error.message : String(error);
}

/** Who answered, so an in-page answer is never mistaken for a server's. */
function describeTarget(): string {
  return isInPage() ? "Answered by the sandbox in this page (in-page only)." : "Answered by your sandbox server.";
}

function part(view: HTMLElement, name: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!element) throw new Error(`ResponseView is missing its ${name} part.`);
  return element;
}
