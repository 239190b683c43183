/** The behaviour of components/SandboxTarget.astro: `<pleo-sandbox-target>`. */
import { resetTarget } from "./send.ts";
import { forgetReaderKey } from "./tab-storage.ts";
import { getBaseUrl, IN_PAGE_BASE_URL, isInPage, onTargetChange, setBaseUrl } from "./target.ts";

const STATUS_TEXT: Record<string, string> = { starting: " · starting…", ready: " · ready", failed: " · could not start" };

class SandboxTargetElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>("[data-form]")!;
    const message = this.querySelector<HTMLElement>("[data-message]")!;
    const mode = this.querySelector<HTMLElement>("[data-mode]")!;
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const serverUrl = form.elements.namedItem("server-url") as HTMLInputElement;

    const show = () => {
      mode.textContent = isInPage() ? "the sandbox in this page (in-page only)" : getBaseUrl();
      status.textContent = isInPage() ? STATUS_TEXT[document.documentElement.dataset.sandbox ?? ""] ?? "" : "";
      form.querySelector<HTMLInputElement>(`input[value="${isInPage() ? "in-page" : "server"}"]`)!.checked = true;
      if (!isInPage()) serverUrl.value = getBaseUrl();
    };
    show();
    onTargetChange(show);
    window.addEventListener("pleo-sandbox:status", (event) => {
      show();
      const detail = (event as CustomEvent<{ status: string; message: string }>).detail;
      if (detail.status === "failed") message.textContent = detail.message;
    });
    // Typing a URL means the server is meant.
    serverUrl.addEventListener("input", () => (form.querySelector<HTMLInputElement>('input[value="server"]')!.checked = true));

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const target = (form.elements.namedItem("target") as RadioNodeList).value;
      try {
        const saved = setBaseUrl(target === "in-page" ? IN_PAGE_BASE_URL : serverUrl.value);
        message.textContent = saved === IN_PAGE_BASE_URL
          ? "Saved. The sandbox in this page answers from now on."
          : `Saved. This page's requests now go to ${saved}.`;
      } catch (err) {
        message.textContent = (err as Error).message;
      }
    });

    this.querySelector("[data-reset]")!.addEventListener("click", () => {
      message.textContent = "Resetting…";
      forgetReaderKey();
      // The sandbox code is only fetched now, and only for the in-page sandbox.
      void resetTarget().then(() => {
          message.textContent = "The sandbox is back to its seeded world; reloading the page.";
          location.reload();
        }, (err: Error) => (message.textContent = err.message));
    });
  }
}

/** Registers `<pleo-sandbox-target>` once per page. */
export function defineSandboxTarget(): void {
  if (!customElements.get("pleo-sandbox-target")) customElements.define("pleo-sandbox-target", SandboxTargetElement);
}
