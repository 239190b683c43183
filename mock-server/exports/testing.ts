/**
 * `pleo-sandbox/testing`: one isolated sandbox per test, with helpers to mint keys, move the clock,
 * force scenarios, read webhook deliveries, count calls and reset. For vitest, node:test, jest.
 */
export { createTestSandbox, usePleoSandbox } from "../testing/kit.ts";
export { durationMs } from "../testing/duration.ts";
export type { Delivery, Hooks, MintKeyOptions, PerTestOptions, TestKey, TestSandbox, TestSandboxOptions, WebhookReceiver } from "../testing/types.ts";
export { countCalls, expectCalls, findCalls, type CallFilter, type CallsTarget } from "../testing/expect-calls.ts";
