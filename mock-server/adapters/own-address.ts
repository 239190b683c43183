/**
 * Tells the webhook policy where this server listens, so no webhook can be pointed back at the
 * sandbox: its port on loopback, and the machine's own addresses when it listens on them.
 */
import { networkInterfaces } from "node:os";
import type { WebhookPolicy } from "../core/webhooks/endpoint-policy.ts";

/** Adds `port` and, for an address other than loopback, the addresses it answers on. */
export function registerOwnAddress(policy: WebhookPolicy, host: string, port: number): void {
  if (!policy.ownPorts.includes(port)) policy.ownPorts.push(port);
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  const addresses = bare === "0.0.0.0" || bare === "::" ? interfaceAddresses() : [bare];
  for (const address of addresses) if (!policy.ownAddresses.includes(address)) policy.ownAddresses.push(address);
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((info) => info.address.toLowerCase()));
}
