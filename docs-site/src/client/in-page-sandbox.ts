/**
 * The sandbox core running in this page, loaded on a reader's first use (see send.ts): MSW's
 * service worker hands every request for the in-page origin to `createHandlers`, which answers
 * from a sandbox living in this tab. The seeded world is fetched gzipped, only now. The state is
 * kept in sessionStorage, so a key made on one page still works on the next; a new tab gets a new world.
 */
import { setupWorker } from "msw/browser";
import { createHandlers } from "../../../mock-server/adapters/msw.ts";
import { handle } from "../../../mock-server/core/handle.ts";
import { bodyText } from "../../../mock-server/core/http/http.ts";
import type { PlainRequest } from "../../../mock-server/core/scenarios/scenario-request.ts";
import { createSandbox, resetSandbox, type Sandbox, type SandboxState } from "../../../mock-server/core/world/state.ts";
import { receiverHandler } from "./in-page-receiver.ts";
import { SANDBOX_STATE_KEY } from "./tab-storage.ts";
import { IN_PAGE_BASE_URL } from "./target.ts";

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");
const WORKER_URL = `${BASE}mockServiceWorker.js`;
let started: Promise<Sandbox> | undefined;

/** The sandbox's progress, for whoever shows it: `<html data-sandbox>` and a window event. */
export type SandboxStatus = "starting" | "ready" | "failed";
function announce(status: SandboxStatus, message = ""): void {
  document.documentElement.dataset.sandbox = status;
  window.dispatchEvent(new CustomEvent("pleo-sandbox:status", { detail: { status, message } }));
}

/** Starts the worker once per page and resolves with the sandbox it serves. */
export function startInPageSandbox(): Promise<Sandbox> {
  started ??= start().then(
    (sandbox) => (announce("ready"), sandbox),
    (err: Error) => {
      announce("failed", err.message);
      started = undefined; // the next click tries again
      throw err;
    },
  );
  return started;
}

async function start(): Promise<Sandbox> {
  announce("starting");
  const sandbox = await createSandbox({ fixtures: await fetchWorld() });
  const saved = sessionStorage.getItem(SANDBOX_STATE_KEY);
  if (saved !== null) {
    try {
      sandbox.state = JSON.parse(saved) as SandboxState;
    } catch {
      sessionStorage.removeItem(SANDBOX_STATE_KEY); // A corrupt copy: start from the seeded world.
    }
  }
  await forgetStaleWorker();
  // The page's own webhook receiver answers the sandbox's deliveries (make-it-fail's webhook demo).
  const worker = setupWorker(...createHandlers(sandbox, { baseUrl: IN_PAGE_BASE_URL }), receiverHandler);
  // Keys made, deleted or a clock moved: remember it for the next page of the guide.
  worker.events.on("response:mocked", () => sessionStorage.setItem(SANDBOX_STATE_KEY, JSON.stringify(sandbox.state)));
  await worker.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: "bypass", quiet: true });
  await controlled();
  return sandbox;
}

/** The seeded world, gzipped by the build (src/pages/sandbox/[file].ts); a server may already have unpacked it. */
async function fetchWorld(): Promise<unknown> {
  const response = await fetch(`${BASE}sandbox/${__WORLD_FILE__}`);
  if (!response.ok) throw new Error(`The sandbox's world could not be loaded (${response.status}). Reload the page.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as unknown;
}

/**
 * MSW reloads a page that a registered worker does not control (a hard reload, or a page opened
 * while the previous page's worker was going away). Here that would throw away what the reader
 * just typed, so such a registration is dropped first and MSW registers a fresh one instead.
 */
async function forgetStaleWorker(): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const stale = registrations.filter((r) => [r.active, r.waiting, r.installing].some((w) => w?.scriptURL.endsWith(WORKER_URL)));
  await Promise.all(stale.map((r) => r.unregister()));
}

/** Resolves once the service worker controls this page: until then a fetch would go to the network. */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("The sandbox could not take control of this page. Reload the page to try again.")),
      10_000,
    );
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Back to the seeded world and the real clock, in this page and for the next. */
export async function resetInPageSandbox(): Promise<void> {
  const sandbox = await startInPageSandbox();
  await resetSandbox(sandbox);
  sessionStorage.removeItem(SANDBOX_STATE_KEY);
}

/**
 * Answers `request` from the core itself rather than through the service worker, so a redirect
 * comes back as it is (302 and its Location) instead of being followed to the app's callback.
 */
export async function answerInPage(request: PlainRequest): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const sandbox = await startInPageSandbox();
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const response = await handle({ method: request.method, url: request.path, headers, body: request.body }, sandbox, sandbox.clock());
  sessionStorage.setItem(SANDBOX_STATE_KEY, JSON.stringify(sandbox.state));
  return { status: response.status, headers: response.headers, text: bodyText(response) ?? "" };
}
