/**
 * Pleo's hosts, in one place: what `pleo-sandbox/register` intercepts and what the MSW handlers
 * answer by default: the external API, and the authorization server's `/oauth/` paths on the auth hosts.
 */

/** The external API: staging first, then production. */
export const PLEO_API_HOSTS = ["external.staging.pleo.io", "external.pleo.io"] as const;

/** The external API's hosts as base URLs. */
export const PLEO_BASE_URLS: readonly string[] = PLEO_API_HOSTS.map((host) => `https://${host}`);

/** Where the MSW handlers answer unless told otherwise. */
export const DEFAULT_BASE_URL = PLEO_BASE_URLS[0]!;

/** The authorization server (pleo-api-facts.md §1): staging first, then production; only their `/oauth/` paths are answered. */
export const PLEO_AUTH_HOSTS = ["auth.staging.pleo.io", "auth.pleo.io"] as const;

/** The auth hosts as base URLs. */
export const PLEO_AUTH_BASE_URLS: readonly string[] = PLEO_AUTH_HOSTS.map((host) => `https://${host}`);
