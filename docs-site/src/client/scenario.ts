/** The behaviour of components/ScenarioCard.astro, `<pleo-scenario>`: Reproduce, live. */
import type { PlainRequest } from "../../../mock-server/core/scenarios/scenario-request.ts";
import { send, warmUpOnFirstTouch } from "./send.ts";
import { showFailure, showResponse } from "./show-response.ts";

class ScenarioElement extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const view = this.querySelector<HTMLElement>("[data-response-view]")!;
    const button = this.querySelector<HTMLButtonElement>("[data-reproduce]")!;
    warmUpOnFirstTouch(button, "focus");
    button.addEventListener("click", () => {
      this.#reproduce().then((response) => showResponse(view, response), (err: unknown) => showFailure(view, err));
    });
  }

  /** A state scenario starts from the seeded world, then its setup steps (their answers are not shown). */
  async #reproduce() {
    const request = JSON.parse(this.dataset.request!) as PlainRequest;
    const setup = JSON.parse(this.dataset.setup ?? "[]") as PlainRequest[];
    if (this.dataset.freshWorld) await send({ method: "POST", path: "/sandbox/reset", headers: {} });
    for (const step of setup) await send(step);
    return send(request);
  }
}

/** Registers `<pleo-scenario>` once per page. */
export function defineScenario(): void {
  if (!customElements.get("pleo-scenario")) customElements.define("pleo-scenario", ScenarioElement);
}
