/**
 * `pleo-sandbox/testing`: one isolated sandbox per test, with helpers to mint keys, move the clock,
 * force scenarios, read webhook deliveries, count calls and reset. For vitest, node:test, jest.
 */
export {
  createTestSandbox,
  durationMs,
  usePleoSandbox,
  type Delivery,
  type Hooks,
  type MintKeyOptions,
  type PerTestOptions,
  type TestKey,
  type TestSandbox,
  type TestSandboxOptions,
  type WebhookReceiver,
} from "../testing/kit.ts";
export { countCalls, expectCalls, findCalls, type CallFilter, type CallsTarget } from "../testing/expect-calls.ts";
