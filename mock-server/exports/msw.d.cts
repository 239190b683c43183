/**
 * pleo-sandbox/msw's types for CommonJS files (a package without "type": "module"). The same API,
 * but msw's types are taken as a CommonJS file sees them, so the handlers fit that file's own
 * `setupServer` from "msw/node". Copied to dist by `npm run build`; test/package.test.ts
 * type-checks a CommonJS consumer against it.
 */
import type { HttpHandler } from "msw";
import type { Sandbox } from "./index.js";

export declare const DEFAULT_BASE_URL: string;
export declare const PLEO_API_HOSTS: readonly ["external.staging.pleo.io", "external.pleo.io"];
export declare const PLEO_BASE_URLS: readonly string[];

export interface HandlerOptions {
  /**
   * Where the sandbox answers (default https://external.staging.pleo.io), or several places; paths
   * below it are Pleo's (and /sandbox for the control plane).
   */
  baseUrl?: string | readonly string[];
}

/** MSW request handlers that answer every request under `baseUrl` from the sandbox. */
export declare function createHandlers(sandbox: Sandbox, options?: HandlerOptions): HttpHandler[];
