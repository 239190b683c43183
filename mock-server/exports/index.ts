/**
 * `pleo-sandbox`: make a sandbox and answer requests with it, in any JavaScript runtime (Node, a
 * browser tab, a worker). Node-only entry points live in `pleo-sandbox/express`,
 * `pleo-sandbox/register` and `pleo-sandbox/testing`; MSW handlers in `pleo-sandbox/msw`.
 */
import { createFetch } from "../adapters/fetch.ts";
import { createSandbox as createCoreSandbox, type CreateSandboxOptions, type Sandbox } from "../core/world/state.ts";

export { createFetch, type FetchOptions } from "../adapters/fetch.ts";
export { DEFAULT_BASE_URL, PLEO_API_HOSTS, PLEO_BASE_URLS } from "../adapters/hosts.ts";
export { resetSandbox, type CreateSandboxOptions, type Sandbox, type SandboxState, type StoredKey } from "../core/world/state.ts";
export { handle } from "../core/handle.ts";
export type { SandboxRequest, SandboxResponse } from "../core/http/http.ts";
export type { Fixtures, ReadyMadeKey, World } from "../core/world/fixtures.ts";
export { scenarios, type Scenario } from "../core/scenarios/scenarios.ts";
export type { AccessLevel, Scope, SandboxReason, ExceptionInfo } from "../openapi/types.ts";

/** A sandbox with its own in-process fetch. */
export interface PleoSandbox extends Sandbox {
  /**
   * A fetch answering from this sandbox directly (no MSW, no network): pass it to openapi-fetch,
   * ky or axios. Relative URLs resolve against https://external.staging.pleo.io.
   */
  readonly fetch: typeof fetch;
}

/** Makes a sandbox serving the given (or default) fixtures, with its `fetch`. Rejects fixtures that do not validate. */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<PleoSandbox> {
  const sandbox = await createCoreSandbox(options);
  return Object.assign(sandbox, { fetch: createFetch(sandbox) });
}
