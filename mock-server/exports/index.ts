/**
 * `pleo-sandbox`: make a sandbox and answer requests with it, in any JavaScript runtime (Node, a
 * browser tab, a worker). Node-only entry points live in `pleo-sandbox/express`,
 * `pleo-sandbox/register` and `pleo-sandbox/testing`; MSW handlers in `pleo-sandbox/msw`.
 */
export { createSandbox, resetSandbox, type CreateSandboxOptions, type Sandbox, type SandboxState, type StoredKey } from "../core/world/state.ts";
export { handle } from "../core/handle.ts";
export type { SandboxRequest, SandboxResponse } from "../core/http/http.ts";
export type { Fixtures, ReadyMadeKey, World } from "../core/world/fixtures.ts";
export { scenarios, type Scenario } from "../core/scenarios/scenarios.ts";
export type { AccessLevel, Scope, SandboxReason, ExceptionInfo } from "../openapi/types.ts";
