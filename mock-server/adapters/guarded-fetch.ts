/**
 * The fetch webhook deliveries use in Node servers: the webhook policy applied to the address a
 * name resolves to, at the moment of connecting (so a name that resolves, or rebinds, to a
 * metadata, link-local, private or the sandbox's own address is refused too). Plain node:http(s)
 * with a checking `lookup`; redirects are never followed.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { destinationProblem, type WebhookPolicy } from "../core/webhooks/endpoint-policy.ts";

/** Thrown (as a fetch failure's cause) when the policy refuses where a URL leads. */
export class WebhookDestinationRefused extends Error {
  override name = "WebhookDestinationRefused";
}

/** How names are resolved: node:dns's `lookup` with `all: true`, or a stand-in in tests. */
export type Resolve = (hostname: string, family: number) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname, family) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, family }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** A fetch for `createSandbox({ fetch })` that keeps to the sandbox's webhook policy, read at each call. */
export function createGuardedFetch(policy: () => WebhookPolicy, resolveName: Resolve = systemResolve): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
      const refused = destinationProblem(url.hostname, port, policy());
      if (refused !== undefined) return reject(failed(new WebhookDestinationRefused(`${url.hostname} ${refused}`)));
      if (url.protocol !== "http:" && url.protocol !== "https:") return reject(failed(new WebhookDestinationRefused(`${url.protocol} is not http or https`)));
      const send = url.protocol === "https:" ? httpsRequest : httpRequest;
      const headers = Object.fromEntries(new Headers(init.headers));
      const request = send(url, { method: init.method ?? "GET", headers, lookup: checkedLookup(port, policy, resolveName), signal: init.signal ?? undefined }, (res) =>
        collect(res).then(resolve, reject),
      );
      request.on("error", (cause) => reject(failed(cause)));
      request.end(typeof init.body === "string" ? init.body : undefined);
    });
}

/** A resolver that refuses the connection when any address of the name is one the policy refuses. */
function checkedLookup(port: number, policy: () => WebhookPolicy, resolveName: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolveName(hostname, options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : Number(options.family ?? 0)).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 0);
        for (const { address } of addresses) {
          const problem = destinationProblem(address, port, policy());
          if (problem !== undefined) return callback(new WebhookDestinationRefused(`${hostname} resolves to an address that ${problem}`), "", 0);
        }
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, "", 0),
    );
  };
}

function collect(res: IncomingMessage): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on("data", (chunk: Buffer) => chunks.push(chunk));
    res.on("error", reject);
    res.on("end", () => {
      try {
        const status = res.statusCode ?? 502;
        const body = [204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status }));
      } catch (cause) {
        reject(failed(cause));
      }
    });
  });
}

/** As fetch reports a failure: a TypeError whose cause says why. */
function failed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}
