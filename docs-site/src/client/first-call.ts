/** The behaviour of components/FirstCall.astro: snippets that follow the key, and Send. */
import { basicAuthorization } from "../../../mock-server/core/scenarios/scenario-request.ts";
import { snippet, type SnippetLanguage } from "../lib/snippets.ts";
import { getBaseUrl } from "./base-url.ts";
import { getReaderKey } from "./reader-key.ts";
import { send } from "./send.ts";
import { showFailure, showResponse } from "./show-response.ts";

/** Wires the key field, language choice, both steps' snippets and their Send buttons. */
export function setupFirstCall(root: HTMLElement): void {
  const keyInput = root.querySelector<HTMLInputElement>("[data-reader-key]")!;
  const companyInput = root.querySelector<HTMLInputElement>("[data-company-id]")!;
  const form = root.querySelector<HTMLFormElement>("[data-key-form]")!;
  const steps = [...root.querySelectorAll<HTMLElement>("[data-step]")];
  keyInput.value = getReaderKey();

  const query = (step: HTMLElement): Record<string, string> =>
    step.dataset.step === "employees" && companyInput.value.trim() ? { companyId: companyInput.value.trim(), limit: "5" } : {};

  function renderSnippets() {
    const language = (form.elements.namedItem("language") as RadioNodeList).value as SnippetLanguage;
    for (const step of steps) {
      step.querySelector("[data-snippet]")!.textContent = snippet(language, {
        baseUrl: getBaseUrl(), path: step.dataset.path!, query: query(step), key: keyInput.value.trim(),
      });
    }
  }

  async function sendStep(step: HTMLElement) {
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
      if (step.dataset.step === "installation" && resource?.startsWith("urn:pleo:company:")) {
        companyInput.value = resource.slice("urn:pleo:company:".length);
        renderSnippets();
      }
    } catch (err) {
      showFailure(view, err);
    }
  }

  form.addEventListener("input", renderSnippets);
  form.addEventListener("change", renderSnippets);
  companyInput.addEventListener("input", renderSnippets);
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-use-key]")) {
    button.addEventListener("click", () => {
      keyInput.value = button.dataset.useKey!;
      renderSnippets();
    });
  }
  for (const step of steps) step.querySelector("[data-send]")!.addEventListener("click", () => void sendStep(step));
  renderSnippets();
}
