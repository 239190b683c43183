/**
 * Pleo's hosts, answered inside this Node process: `node --import pleo-sandbox/register app.js`.
 * MSW's setupServer intercepts fetch and node:http/https (hence axios, got, superagent…) for
 * https://external.staging.pleo.io and https://external.pleo.io, and the `/oauth/` paths of
 * https://auth.staging.pleo.io and https://auth.pleo.io, only; every other request passes through
 * untouched. Answers come from an in-process sandbox, or, when PLEO_SANDBOX_URL is set,
 * from that running pleo-sandbox (so several processes share one world).
 */
import { syncBuiltinESMExports } from "node:module";
import { http, type HttpHandler } from "msw";
import { setupServer } from "msw/node";
import { createSandbox, type Sandbox } from "../core/world/state.ts";
import { PLEO_API_HOSTS, PLEO_AUTH_BASE_URLS, PLEO_AUTH_HOSTS, PLEO_BASE_URLS } from "./hosts.ts";
import { createHandlers } from "./msw.ts";

export interface Registration {
  /** `in-process`, or `forward` to PLEO_SANDBOX_URL. */
  mode: "in-process" | "forward";
  /** The in-process sandbox (in-process mode). */
  sandbox?: Sandbox;
  /** Where requests are forwarded (forward mode). */
  target?: string;
  /** Stops intercepting. */
  close(): void;
}

/** Starts intercepting Pleo's hosts in this process. */
export async function register(env: Record<string, string | undefined> = process.env): Promise<Registration> {
  const target = env.PLEO_SANDBOX_URL?.trim() || undefined;
  let sandbox: Sandbox | undefined;
  let handlers: HttpHandler[];
  if (target !== undefined) {
    handlers = forwardingHandlers(checkedTarget(target));
  } else {
    sandbox = await createSandbox();
    handlers = createHandlers(sandbox, { baseUrl: PLEO_BASE_URLS });
  }
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: "bypass" });
  // MSW patches node:http(s)'s functions; this makes ESM named imports (`import { get } from "node:https"`) see them too.
  syncBuiltinESMExports();
  return {
    mode: target === undefined ? "in-process" : "forward",
    ...(sandbox ? { sandbox } : {}),
    ...(target === undefined ? {} : { target }),
    close() {
      server.close();
      syncBuiltinESMExports();
    },
  };
}

function checkedTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`pleo-sandbox/register: PLEO_SANDBOX_URL must be a URL such as http://127.0.0.1:4010; got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`pleo-sandbox/register: PLEO_SANDBOX_URL must be http(s); got "${raw}".`);
  if ([...PLEO_API_HOSTS, ...PLEO_AUTH_HOSTS].includes(url.hostname as never)) throw new Error(`pleo-sandbox/register: PLEO_SANDBOX_URL must be a running pleo-sandbox, not Pleo itself (${url.hostname}).`);
  return url;
}

/** Hop-by-hop and length headers the forwarded exchange recomputes. */
const NOT_FORWARDED = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host", "upgrade"]);

/** Handlers sending each request for Pleo's hosts (the auth hosts' `/oauth/` paths) to the sandbox at `target`, as a proxy would. */
function forwardingHandlers(target: URL): HttpHandler[] {
  const prefix = target.pathname.replace(/\/$/, "");
  const patterns = [...PLEO_BASE_URLS.map((base) => `${base}/*`), ...PLEO_AUTH_BASE_URLS.map((base) => `${base}/oauth/*`)];
  return patterns.map((pattern) =>
    http.all(pattern, async ({ request }) => {
      const url = new URL(request.url);
      const headers = new Headers();
      for (const [name, value] of request.headers) if (!NOT_FORWARDED.has(name)) headers.set(name, value);
      // So the sandbox's answers (e.g. /openapi.json's servers) name the host the app called.
      headers.set("x-forwarded-host", url.host);
      headers.set("x-forwarded-proto", url.protocol.slice(0, -1));
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
      let answer: Response;
      try {
        answer = await fetch(`${target.origin}${prefix}${url.pathname}${url.search}`, { method: request.method, headers, body, redirect: "manual" });
      } catch (cause) {
        const reason = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
        console.error(`pleo-sandbox/register: cannot reach PLEO_SANDBOX_URL ${target.href} for ${request.method} ${url.href}: ${reason}`);
        return Response.error();
      }
      const answerHeaders = new Headers();
      for (const [name, value] of answer.headers) if (!NOT_FORWARDED.has(name)) answerHeaders.set(name, value);
      const text = [204, 205, 304].includes(answer.status) ? null : await answer.arrayBuffer();
      return new Response(text, { status: answer.status, statusText: answer.statusText, headers: answerHeaders });
    }),
  );
}
