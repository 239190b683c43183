/**
 * What a sandbox keeps for driving it from outside: armed scenarios and faults, the rate limit and
 * its windows, the request journal, and the webhook delivery rules. Part of the sandbox's state,
 * so a reset clears it (the rate limit goes back to the sandbox's setting).
 */
import type { ArmedFault, ArmedScenario } from "./armed-rules.ts";
import { createJournal, type Journal } from "./journal.ts";
import { createRateLimit, type RateLimitSettings, type RateLimitState } from "./rate-limit.ts";
import { createWebhookChaos, type WebhookChaosState } from "../webhooks/webhook-chaos.ts";
import type { Sandbox } from "../world/state.ts";

/** What a sandbox is made with and a reset returns to. */
export interface ChaosSettings {
  rateLimit: RateLimitSettings;
  /** How many entries the request journal keeps. */
  journalSize: number;
}

export interface ChaosState {
  scenarios: ArmedScenario[];
  faults: ArmedFault[];
  rateLimit: RateLimitState;
  journal: Journal;
  webhooks: WebhookChaosState;
}

export function createChaosState(settings: ChaosSettings): ChaosState {
  return {
    scenarios: [],
    faults: [],
    rateLimit: createRateLimit(settings.rateLimit),
    journal: createJournal(settings.journalSize),
    webhooks: createWebhookChaos(),
  };
}

/**
 * Makes Pleo's rate limit on (or off) by default for `sandbox`: now, after its resets, and in the
 * workspaces made from now on. The HTTP server turns it on; in-process sandboxes start with it off.
 */
export function setRateLimitDefault(sandbox: Sandbox, enabled: boolean): void {
  sandbox.settings.rateLimit.enabled = enabled;
  sandbox.state.chaos.rateLimit.enabled = enabled;
}
