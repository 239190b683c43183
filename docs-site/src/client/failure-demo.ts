/**
 * The behaviour of components/FailureDemo.astro, `<pleo-failure>`: one way to make the sandbox
 * fail, run live on a reader's click, with what happened written line by line.
 */
import { runFault } from "./fault-demo.ts";
import { armScenario, hitRateLimit, readJournal } from "./failure-demos.ts";
import type { Demo, DemoConfig, LogLine } from "./failure-log.ts";
import { warmUpOnFirstTouch } from "./send.ts";
import { isInPage } from "./target.ts";
import { duplicateWebhook } from "./webhook-demo.ts";

const DEMOS: Record<string, Demo> = {
  scenario: armScenario,
  fault: runFault,
  "rate-limit": hitRateLimit,
  journal: readJournal,
  webhook: duplicateWebhook,
};

class FailureElement extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const form = this.querySelector<HTMLFormElement>("[data-form]")!;
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
    const log = this.querySelector<HTMLOListElement>("[data-log]")!;
    const error = this.querySelector<HTMLElement>("[data-error]")!;
    const demo = DEMOS[this.dataset.demo ?? ""];
    if (!demo) throw new Error(`<pleo-failure> has no demo called "${this.dataset.demo}".`);
    const config = JSON.parse(this.dataset.config!) as DemoConfig;
    warmUpOnFirstTouch(form);

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      log.replaceChildren();
      error.textContent = "";
      this.dataset.state = "running";
      button.disabled = true;
      const write = (line: LogLine) => log.append(lineItem(line));
      demo(config, new FormData(form), write)
        .then(() => write({ text: isInPage() ? "Answered by the sandbox in this page (in-page only)." : "Answered by your sandbox server." }))
        .catch((err: unknown) => (error.textContent = err instanceof Error ? err.message : String(err)))
        .finally(() => {
          button.disabled = false;
          this.dataset.state = "done";
        });
    });
  }
}

/** One log line as a list item; its data-* attributes carry what the line says, for tests. */
function lineItem(line: LogLine): HTMLLIElement {
  const item = document.createElement("li");
  item.textContent = line.text;
  if (line.outcome) item.dataset.outcome = line.outcome;
  for (const [name, value] of Object.entries(line.data ?? {})) item.dataset[name] = value;
  return item;
}

/** Registers `<pleo-failure>` once per page. */
export function defineFailure(): void {
  if (!customElements.get("pleo-failure")) customElements.define("pleo-failure", FailureElement);
}
