/**
 * Where the guide's requests go: the in-page sandbox (the default, answered by the MSW service
 * worker without touching the network) or a sandbox the reader runs with `npm start`.
 */
import { DEFAULT_BASE_URL } from "../../../mock-server/adapters/msw.ts";

export const IN_PAGE_BASE_URL = DEFAULT_BASE_URL;
export const LOCAL_SERVER_BASE_URL = "http://127.0.0.1:4010";
const STORAGE_KEY = "pleo-sandbox-guide:base-url";

/** The base URL the reader chose, without a trailing slash. */
export function getBaseUrl(): string {
  return localStorage.getItem(STORAGE_KEY) ?? IN_PAGE_BASE_URL;
}

/** Whether requests are answered by the sandbox running in this page. */
export function isInPage(): boolean {
  return getBaseUrl() === IN_PAGE_BASE_URL;
}

/** Saves the base URL; throws a readable error when it is not an http(s) URL. */
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
  return trimmed;
}
