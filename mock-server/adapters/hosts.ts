/**
 * Pleo's hosts, in one place: what `pleo-sandbox/register` intercepts and what the MSW handlers
 * answer by default. (The OAuth hosts, auth.staging.pleo.io and auth.pleo.io, join when OAuth does.)
 */

/** The external API: staging first, then production. */
export const PLEO_API_HOSTS = ["external.staging.pleo.io", "external.pleo.io"] as const;

/** Every Pleo host the sandbox answers for, as base URLs. */
export const PLEO_BASE_URLS: readonly string[] = PLEO_API_HOSTS.map((host) => `https://${host}`);

/** Where the MSW handlers answer unless told otherwise. */
export const DEFAULT_BASE_URL = PLEO_BASE_URLS[0]!;
