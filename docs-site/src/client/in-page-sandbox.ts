/**
 * The sandbox core running in this page: MSW's service worker hands every request for the in-page
 * base URL to `createHandlers`, which answers from a sandbox living in this tab. Its state is kept
 * in sessionStorage so a key made on one page still works on the next; a new tab gets a new world.
 */
import { setupWorker } from "msw/browser";
import { createHandlers } from "../../../mock-server/adapters/msw.ts";
import { createSandbox, resetSandbox, type Sandbox, type SandboxState } from "../../../mock-server/core/world/state.ts";
import { IN_PAGE_BASE_URL } from "./base-url.ts";

const STATE_KEY = "pleo-sandbox-guide:state";
const RELOADED_KEY = "pleo-sandbox-guide:reloaded-for-worker";
let started: Promise<Sandbox> | undefined;

/** Starts the worker once per page and resolves with the sandbox it serves. */
export function startInPageSandbox(): Promise<Sandbox> {
  started ??= start();
  return started;
}

async function start(): Promise<Sandbox> {
  const sandbox = await createSandbox();
  const saved = sessionStorage.getItem(STATE_KEY);
  if (saved !== null) {
    try {
      sandbox.state = JSON.parse(saved) as SandboxState;
    } catch {
      sessionStorage.removeItem(STATE_KEY); // A corrupt copy: start from the seeded world.
    }
  }
  const worker = setupWorker(...createHandlers(sandbox, { baseUrl: IN_PAGE_BASE_URL }));
  // Keys made, deleted or a clock moved: remember it for the next page of the guide.
  worker.events.on("response:mocked", () => sessionStorage.setItem(STATE_KEY, JSON.stringify(sandbox.state)));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}mockServiceWorker.js` },
    onUnhandledRequest: "bypass",
    quiet: true,
  });
  await controlled();
  document.documentElement.dataset.sandbox = "ready";
  return sandbox;
}

/**
 * Resolves once the service worker controls this page: until then a fetch would go to the real
 * network. A page opened while the previous page's worker was unregistering starts uncontrolled;
 * MSW then reloads it, or the first activation claims it. As a last resort, reload once ourselves.
 */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) {
    sessionStorage.removeItem(RELOADED_KEY);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (sessionStorage.getItem(RELOADED_KEY) === null) {
        sessionStorage.setItem(RELOADED_KEY, "1");
        location.reload();
      } else {
        reject(new Error("The in-page sandbox could not take control of this page. Reload the page to try again."));
      }
    }, 3000);
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      clearTimeout(timer);
      sessionStorage.removeItem(RELOADED_KEY);
      resolve();
    }, { once: true });
  });
}

/** Back to the seeded world and the real clock, in this page and for the next. */
export async function resetInPageSandbox(): Promise<void> {
  const sandbox = await startInPageSandbox();
  await resetSandbox(sandbox);
  sessionStorage.removeItem(STATE_KEY);
}
