/**
 * Our typed Pleo client: openapi-fetch with the types openapi-typescript generated from the
 * sandbox's served contract (`npm run generate` writes src/pleo-api.d.ts from /openapi.json).
 */
import createClient from "openapi-fetch";
import type { paths } from "./pleo-api.js";

export const PLEO_API = "https://external.staging.pleo.io";

export interface PleoClientOptions {
  /** A Standalone API Key: sent as the Basic username with an empty password. */
  apiKey: string;
  /** Pleo's staging API unless told otherwise. */
  baseUrl?: string;
  /** The global fetch unless told otherwise (tests inject the sandbox's). */
  fetch?: typeof globalThis.fetch;
}

export function createPleoClient({ apiKey, baseUrl = PLEO_API, fetch }: PleoClientOptions) {
  return createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: { authorization: `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}` },
  });
}

export type PleoClient = ReturnType<typeof createPleoClient>;
