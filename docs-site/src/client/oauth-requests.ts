/** What the OAuth pages of the guide send: form posts, a PKCE verifier, and the consent page's form. */
import type { PlainRequest } from "../../../mock-server/core/scenarios/scenario-request.ts";

/** A form post (application/x-www-form-urlencoded), as OAuth's endpoints take them. */
export function formRequest(path: string, fields: Record<string, string> | FormData): PlainRequest {
  const body = new URLSearchParams();
  for (const [name, value] of fields instanceof FormData ? fields.entries() : Object.entries(fields)) body.append(name, String(value));
  return { method: "POST", path, headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" }, body: body.toString() };
}

/** A fresh PKCE code verifier: 32 random bytes, base64url (43 characters). */
export function randomVerifier(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * The consent page the sandbox served, shown in `holder`: its list of scopes and its form (the
 * sandbox's own HTML, every value escaped there), with the given user and company chosen. Nothing
 * when the answer is not the page.
 */
export function consentForm(html: string, holder: HTMLElement, chosen: { user: string; resource: string }): HTMLFormElement | undefined {
  const page = new DOMParser().parseFromString(html, "text/html");
  const form = page.querySelector("form");
  if (!form) return undefined;
  holder.replaceChildren(...[...page.querySelectorAll("body > p:not(.note), body > ul")].map((n) => document.importNode(n, true)), document.importNode(form, true));
  const shown = holder.querySelector("form")!;
  const select = (name: string, value: string) => {
    const element = shown.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (element && [...element.options].some((o) => o.value === value)) element.value = value;
  };
  select("user", chosen.user);
  select("resource", chosen.resource);
  return shown;
}
