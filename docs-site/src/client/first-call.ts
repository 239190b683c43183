/**
 * The behaviour of components/FirstCall.astro, `<pleo-first-call>`: snippets that follow the key,
 * the language and the chosen sandbox, and Send for each CallStep inside it.
 */
import { basicAuthorization } from "../../../mock-server/core/http/basic-credential.ts";
import { snippet, type SnippetLanguage } from "../lib/snippets.ts";
import { copyButton } from "./copy.ts";
import { send, warmUpOnFirstTouch } from "./send.ts";
import { showFailure, showResponse } from "./show-response.ts";
import { getReaderKey } from "./tab-storage.ts";
import { getBaseUrl, isInPage, onTargetChange, snippetBaseUrl } from "./target.ts";

class FirstCallElement extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const keyInput = this.querySelector<HTMLInputElement>("[data-reader-key]")!;
    const form = this.querySelector<HTMLFormElement>("[data-key-form]")!;
    const steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    const companyInput = this.querySelector<HTMLInputElement>("[data-company-id]");
    const readyMade = [...this.querySelectorAll<HTMLButtonElement>("[data-use-key]")].map((b) => b.dataset.useKey!);
    keyInput.value = getReaderKey();

    const query = (step: HTMLElement): Record<string, string> =>
      step.dataset.step === "employees" && companyInput?.value.trim() ? { companyId: companyInput.value.trim(), limit: "5" } : {};

    const render = () => {
      const language = (form.elements.namedItem("language") as RadioNodeList).value as SnippetLanguage;
      const key = keyInput.value.trim();
      for (const step of steps) {
        step.querySelector("[data-snippet]")!.textContent = snippet(language, {
          baseUrl: snippetBaseUrl(), path: step.dataset.path!, query: query(step), key,
        });
      }
      const note = (name: string) => this.querySelector<HTMLElement>(`[data-note="${name}"]`)!;
      note("in-page").hidden = !isInPage();
      note("server").hidden = isInPage();
      this.querySelector("[data-server-url]")!.textContent = getBaseUrl();
      note("made-here").hidden = !isInPage() || key === "" || readyMade.includes(key);
    };

    const sendStep = async (step: HTMLElement) => {
      const view = step.querySelector<HTMLElement>("[data-response-view]")!;
      const key = keyInput.value.trim();
      const search = new URLSearchParams(query(step));
      try {
        const response = await send({
          method: "GET",
          path: `${step.dataset.path}${search.size > 0 ? `?${search}` : ""}`,
          headers: { accept: "application/json", ...(key ? { authorization: basicAuthorization(key) } : {}) },
        });
        showResponse(view, response);
        const resource = (response.json as { resource?: string } | undefined)?.resource;
        if (step.dataset.step === "installation" && companyInput && resource?.startsWith("urn:pleo:company:")) {
          companyInput.value = resource.slice("urn:pleo:company:".length);
          render();
        }
      } catch (err) {
        showFailure(view, err);
      }
    };

    warmUpOnFirstTouch(this);
    form.addEventListener("input", render);
    form.addEventListener("change", render);
    companyInput?.addEventListener("input", render);
    onTargetChange(render);
    for (const button of this.querySelectorAll<HTMLButtonElement>("[data-use-key]")) {
      button.addEventListener("click", () => {
        keyInput.value = button.dataset.useKey!;
        render();
      });
    }
    for (const step of steps) {
      step.querySelector("[data-send]")!.addEventListener("click", () => void sendStep(step));
      const pre = step.querySelector<HTMLElement>("[data-snippet]")!;
      copyButton(step.querySelector<HTMLButtonElement>("[data-copy]")!, () => pre.textContent ?? "");
    }
    render();
  }
}

/** Registers `<pleo-first-call>` once per page. */
export function defineFirstCall(): void {
  if (!customElements.get("pleo-first-call")) customElements.define("pleo-first-call", FirstCallElement);
}
