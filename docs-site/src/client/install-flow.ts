/**
 * The behaviour of components/InstallFlow.astro, `<pleo-install-flow>`: register, install, the
 * activation screen and uninstall, each sent with send() and shown; each step enables the next.
 */
import { basicAuthorization } from "../../../mock-server/core/http/basic-credential.ts";
import { controlHeaders, send, warmUpOnFirstTouch, type ShownResponse } from "./send.ts";
import { showFailure, showResponse } from "./show-response.ts";

class InstallFlowElement extends HTMLElement {
  #started = false;
  #clientId = "";
  #installationId = "";

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    warmUpOnFirstTouch(this);
    const runs: Record<string, () => Promise<boolean>> = {
      register: () => this.#register(),
      install: () => this.#install(),
      activate: () => this.#activate(),
      uninstall: () => this.#uninstall(),
    };
    for (const step of this.querySelectorAll<HTMLElement>("[data-flow-step]")) {
      const run = () =>
        runs[step.dataset.flowStep!]!().then(
          (ok) => ok && this.#enableAfter(step),
          (err: unknown) => showFailure(step.querySelector<HTMLElement>("[data-response-view]")!, err),
        );
      const form = step.querySelector("form");
      if (form) form.addEventListener("submit", (event) => (event.preventDefault(), void run()));
      else step.querySelector("[data-run]")!.addEventListener("click", () => void run());
    }
  }

  #enableAfter(step: HTMLElement): void {
    const steps = [...this.querySelectorAll<HTMLElement>("[data-flow-step]")];
    const next = steps[steps.indexOf(step) + 1];
    if (next) next.querySelector<HTMLButtonElement>("[data-run]")!.disabled = false;
  }

  #show(id: string, response: ShownResponse, index = 0, expected = (r: ShownResponse) => r.status < 400): boolean {
    showResponse(this.querySelectorAll<HTMLElement>(`[data-flow-step="${id}"] [data-response-view]`)[index]!, response);
    return expected(response);
  }

  #key(): string {
    return this.querySelector<HTMLInputElement>("[data-key]")!.value.trim();
  }

  async #register(): Promise<boolean> {
    const response = await send({
      method: "POST",
      path: "/sandbox/oauth-apps",
      headers: controlHeaders(this.dataset.admin!),
      body: JSON.stringify({ name: "My partner app", redirectUris: ["http://127.0.0.1:8976/callback"], scopes: ["users:read"] }),
    });
    this.#clientId = (response.json as { data?: { clientId: string } } | undefined)?.data?.clientId ?? "";
    return this.#show("register", response) && this.#clientId !== "";
  }

  async #install(): Promise<boolean> {
    const response = await send({
      method: "POST",
      path: "/sandbox/installations",
      headers: controlHeaders(this.dataset.admin!),
      body: JSON.stringify({ clientId: this.#clientId, companyId: this.dataset.companyId, scopes: ["users:read"] }),
    });
    const installed = (response.json as { data?: { id: string; key: string } } | undefined)?.data;
    this.#installationId = installed?.id ?? "";
    if (installed) this.querySelector<HTMLInputElement>("[data-key]")!.value = installed.key;
    return this.#show("install", response) && installed !== undefined;
  }

  async #activate(): Promise<boolean> {
    const headers = { accept: "application/json", authorization: basicAuthorization(this.#key()) };
    const me = await send({ method: "GET", path: "/v1/installations/me", headers });
    if (!this.#show("activate", me)) return false;
    const activated = await send({ method: "POST", path: "/v1/installations/me", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ status: "ACTIVATED", metadata: { activatedBy: "the guide's activation screen" } }) });
    return this.#show("activate", activated, 1);
  }

  async #uninstall(): Promise<boolean> {
    const removed = await send({ method: "DELETE", path: `/sandbox/installations/${this.#installationId}`, headers: controlHeaders(this.dataset.admin!) });
    if (!this.#show("uninstall", removed)) return false;
    const refused = await send({ method: "GET", path: "/v1/installations/me", headers: { accept: "application/json", authorization: basicAuthorization(this.#key()) } });
    return this.#show("uninstall", refused, 1, (r) => r.status === 401);
  }
}

/** Registers `<pleo-install-flow>` once per page. */
export function defineInstallFlow(): void {
  if (!customElements.get("pleo-install-flow")) customElements.define("pleo-install-flow", InstallFlowElement);
}
