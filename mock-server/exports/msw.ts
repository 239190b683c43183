/**
 * `pleo-sandbox/msw`: MSW 2 request handlers answering from a sandbox, for `setupServer` (Node)
 * and `setupWorker` (browsers).
 */
export { createHandlers, DEFAULT_BASE_URL, PLEO_API_HOSTS, PLEO_BASE_URLS, type HandlerOptions } from "../adapters/msw.ts";
