/**
 * Where the guide's requests go: the sandbox in this page (the default; the MSW service worker
 * answers without touching the network) or a sandbox server the reader started. Kept in
 * localStorage for every page; widgets hear a change through onTargetChange.
 *
 * Imported by every widget before any interaction, so it stays tiny and imports nothing heavy.
 */

/**
 * The origin the in-page sandbox answers. `.invalid` never resolves (RFC 2606), so a request the
 * service worker did not take fails at once instead of reaching anybody's server.
 */
export const IN_PAGE_BASE_URL = "https://in-page-sandbox.invalid";
/**
 * Where the in-page sandbox posts webhooks: a receiver that lives in this page too
 * (in-page-receiver.ts). It tells the page what it received with a window event of this name.
 */
export const IN_PAGE_RECEIVER_URL = "https://webhook-receiver.invalid/hooks";
export const WEBHOOK_RECEIVED_EVENT = "pleo-sandbox:webhook-received";
/** Where `npx pleo-sandbox` and `npm start` listen by default; what the snippets show. */
export const LOCAL_SERVER_BASE_URL = "http://127.0.0.1:4010";
/** How a reader starts that server, for every place that says so. */
export const START_COMMANDS = { npx: "npx pleo-sandbox", clone: "npm start" } as const;

const STORAGE_KEY = "pleo-sandbox-guide:base-url";
const CHANGE_EVENT = "pleo-sandbox:target-change";

/** The base URL requests go to, without a trailing slash. */
export function getBaseUrl(): string {
  return localStorage.getItem(STORAGE_KEY) ?? IN_PAGE_BASE_URL;
}

/** Whether requests are answered by the sandbox running in this page. */
export function isInPage(): boolean {
  return getBaseUrl() === IN_PAGE_BASE_URL;
}

/**
 * The base URL a copied snippet should use: the reader's server, or, in in-page mode, the URL a
 * server started with the default options listens on (the in-page sandbox cannot be reached from
 * a terminal).
 */
export function snippetBaseUrl(): string {
  return isInPage() ? LOCAL_SERVER_BASE_URL : getBaseUrl();
}

/** Saves the target and tells every widget; throws a readable error when it is not an http(s) URL. */
export function setBaseUrl(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`"${value}" is not a URL; expected something like ${LOCAL_SERVER_BASE_URL}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Use an http:// or https:// URL, not ${url.protocol}`);
  if (trimmed === IN_PAGE_BASE_URL) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, trimmed);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return trimmed;
}

/** Calls `listener` when the target changes, in this page or in another tab of the guide. */
export function onTargetChange(listener: () => void): void {
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  });
}
