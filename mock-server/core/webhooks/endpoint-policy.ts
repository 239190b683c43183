/**
 * Where the sandbox will post webhooks: http(s) URLs without credentials in them, never a
 * link-local, cloud-metadata or reserved address, never the sandbox itself, and private ranges only
 * when allowed. Loopback stays allowed: it is where a partner's receiver runs. Checked when a
 * subscription is saved (from the URL as written) and again before each attempt (from the address
 * a name resolves to, where the adapter can resolve names: adapters/guarded-fetch.ts).
 */
import { LIMITS } from "../http/limits.ts";
import { shown } from "../http/shown.ts";
import { addressKind } from "./addresses.ts";

export interface WebhookPolicy {
  /** Private ranges (RFC 1918, carrier-grade NAT, IPv6 unique-local) as receivers. Default false. */
  allowPrivateNetworks: boolean;
  /** Origins that are this sandbox (an MSW base URL): refused whatever the path. */
  readonly ownOrigins: string[];
  /** Ports this sandbox listens on: a loopback address (or one of `ownAddresses`) with one of them is the sandbox. */
  readonly ownPorts: number[];
  /** This machine's other addresses, when a server listens on them. */
  readonly ownAddresses: string[];
}

export function createWebhookPolicy({ allowPrivateNetworks = false } = {}): WebhookPolicy {
  return { allowPrivateNetworks, ownOrigins: [], ownPorts: [], ownAddresses: [] };
}

/** Why the sandbox will not post to `text` (a phrase to follow "endpointUrl "), or undefined when it will. */
export function endpointProblem(text: string, policy: WebhookPolicy): string | undefined {
  if (text.length > LIMITS.endpointUrlChars) return `is ${text.length} characters long; at most ${LIMITS.endpointUrlChars} are accepted`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be an absolute http(s) URL such as https://example.com/webhooks/pleo";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `must use http or https, not ${shown(url.protocol.slice(0, -1), 20)}`;
  if (url.username !== "" || url.password !== "") {
    return "must not hold a user name or password (user:pass@); send credentials with endpointAuth, which is never shown in activities";
  }
  if (policy.ownOrigins.includes(url.origin)) return "is this sandbox itself; a webhook cannot call the sandbox";
  const port = url.port !== "" ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return destinationProblem(url.hostname, port, policy);
}

/** Why the sandbox will not connect to `host` (a name or an address) on `port`, or undefined. */
export function destinationProblem(host: string, port: number, policy: WebhookPolicy): string | undefined {
  const kind = addressKind(host);
  if (kind === "metadata") return "points at a cloud metadata service, which the sandbox never calls";
  if (kind === "link-local") return "is a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services answer; the sandbox never calls it";
  if (kind === "reserved") return "is an address no receiver can have (unspecified, multicast, broadcast or reserved)";
  if (kind === "private" && !policy.allowPrivateNetworks) {
    return "is in a private network range (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), which the sandbox calls only when started with --allow-private-webhooks";
  }
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if ((kind === "loopback" || policy.ownAddresses.includes(bare)) && policy.ownPorts.includes(port)) {
    return "is this sandbox itself; a webhook cannot call the sandbox";
  }
  return undefined;
}

/** The endpoint as an activity may show it: scheme, host, port and path; never credentials or the query. */
export function endpointShown(text: string): string {
  try {
    const url = new URL(text);
    const shownUrl = `${url.origin}${url.pathname}${url.search === "" ? "" : "?…"}`;
    return shownUrl.length > 200 ? `${shownUrl.slice(0, 200)}…` : shownUrl;
  } catch {
    return "(an unreadable URL)";
  }
}
