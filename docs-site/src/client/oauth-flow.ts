/**
 * The behaviour of components/OAuthFlow.astro, `<pleo-oauth-flow>`: each step sends its requests
 * with send() and shows the answer; what a step learns (client, code, tokens) feeds the next.
 */
import { s256 } from "../../../mock-server/core/oauth/pkce.ts";
import { consentForm, formRequest, randomVerifier } from "./oauth-requests.ts";
import { controlHeaders, send, warmUpOnFirstTouch, type ShownResponse } from "./send.ts";
import { showFailure, showResponse } from "./show-response.ts";
import { isInPage, onTargetChange } from "./target.ts";

interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

class OAuthFlowElement extends HTMLElement {
  #started = false;
  #client = { clientId: "", clientSecret: "" };
  #verifier = "";
  #code = "";
  #companyId = "";
  #first?: Tokens;
  #second?: Tokens;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    warmUpOnFirstTouch(this);
    const note = this.querySelector<HTMLElement>("[data-server-note]")!;
    const showNote = () => (note.hidden = isInPage());
    onTargetChange(showNote);
    showNote();
    const runs: Record<string, () => Promise<boolean>> = {
      register: () => this.#register(),
      consent: () => this.#consent(),
      exchange: () => this.#exchange(),
      call: async () => this.#show("call", await this.#employees(this.#first!.access_token)),
      expire: () => this.#expire(),
      refresh: () => this.#refresh(),
      reuse: () => this.#reuse(),
    };
    for (const step of this.#steps()) {
      step.querySelector<HTMLButtonElement>("[data-run]")!.addEventListener("click", () => {
        runs[step.dataset.flowStep!]!().then(
          (ok) => ok && this.#enableAfter(step),
          (err: unknown) => showFailure(step.querySelector<HTMLElement>("[data-response-view]")!, err),
        );
      });
    }
  }

  #steps(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>("[data-flow-step]")];
  }

  #enableAfter(step: HTMLElement): void {
    const steps = this.#steps();
    const next = steps[steps.indexOf(step) + 1];
    if (next) next.querySelector<HTMLButtonElement>("[data-run]")!.disabled = false;
  }

  /** Shows an answer in the step's (first, or `index`th) response view; true when it is the one the flow expects. */
  #show(id: string, response: ShownResponse, index = 0, expected = (r: ShownResponse) => r.status < 400): boolean {
    const view = this.querySelectorAll<HTMLElement>(`[data-flow-step="${id}"] [data-response-view]`)[index]!;
    showResponse(view, response);
    return expected(response);
  }

  async #register(): Promise<boolean> {
    const { admin, callback } = this.dataset;
    const response = await send({
      method: "POST",
      path: "/sandbox/oauth-apps",
      headers: controlHeaders(admin!),
      body: JSON.stringify({ name: "My OAuth app", redirectUris: [callback], scopes: ["users:read"] }),
    });
    const app = (response.json as { data?: { clientId: string; clientSecret: string } } | undefined)?.data;
    if (app) this.#client = { clientId: app.clientId, clientSecret: app.clientSecret };
    return this.#show("register", response) && app !== undefined;
  }

  async #consent(): Promise<boolean> {
    this.#verifier = randomVerifier();
    const query = new URLSearchParams({
      response_type: "code", client_id: this.#client.clientId, redirect_uri: this.dataset.callback!, scope: "users:read",
      state: "guide-1", code_challenge: await s256(this.#verifier), code_challenge_method: "S256",
    });
    const page = await send({ method: "GET", path: `/oauth/authorize?${query}`, headers: {} });
    const holder = this.querySelector<HTMLElement>("[data-consent]")!;
    const form = consentForm(page.body, holder, { user: this.dataset.admin!, resource: this.dataset.companyId! });
    if (!form) return this.#show("consent", page, 0, () => false);
    holder.hidden = false;
    return new Promise<boolean>((resolve) => {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const fields = new FormData(form, event.submitter);
        void send(formRequest("/oauth/authorize", fields)).then((answer) => {
          const location = new URL(answer.headers.find(([name]) => name === "location")?.[1] ?? "about:blank");
          this.#code = location.searchParams.get("code") ?? "";
          this.#companyId = companyOf(String(fields.get("resource")), JSON.parse(this.dataset.firstCompanyOf!) as Record<string, string>);
          resolve(this.#show("consent", answer, 0, () => this.#code !== ""));
        }, (err: unknown) => showFailure(this.querySelector<HTMLElement>('[data-flow-step="consent"] [data-response-view]')!, err));
      });
    });
  }

  async #exchange(): Promise<boolean> {
    const response = await send(formRequest("/oauth/token", {
      grant_type: "authorization_code", code: this.#code, redirect_uri: this.dataset.callback!, code_verifier: this.#verifier,
      client_id: this.#client.clientId, client_secret: this.#client.clientSecret,
    }));
    this.#first = response.status === 200 ? (response.json as Tokens) : undefined;
    return this.#show("exchange", response) && this.#first !== undefined;
  }

  #employees(accessToken: string): Promise<ShownResponse> {
    const query = new URLSearchParams({ companyId: this.#companyId, limit: "2" });
    return send({ method: "GET", path: `/v2/employees?${query}`, headers: { accept: "application/json", authorization: `Bearer ${accessToken}` } });
  }

  async #expire(): Promise<boolean> {
    const moved = await send({ method: "POST", path: "/sandbox/clock", headers: controlHeaders(this.dataset.admin!), body: JSON.stringify({ advanceSeconds: this.#first!.expires_in + 1 }) });
    if (moved.status !== 200) return this.#show("expire", moved, 0, () => false);
    return this.#show("expire", await this.#employees(this.#first!.access_token), 0, (r) => r.status === 401);
  }

  async #refresh(): Promise<boolean> {
    const response = await send(formRequest("/oauth/token", {
      grant_type: "refresh_token", refresh_token: this.#first!.refresh_token, client_id: this.#client.clientId, client_secret: this.#client.clientSecret,
    }));
    this.#second = response.status === 200 ? (response.json as Tokens) : undefined;
    return this.#show("refresh", response) && this.#second !== undefined;
  }

  async #reuse(): Promise<boolean> {
    const reused = await send(formRequest("/oauth/token", {
      grant_type: "refresh_token", refresh_token: this.#first!.refresh_token, client_id: this.#client.clientId, client_secret: this.#client.clientSecret,
    }));
    this.#show("reuse", reused, 0, (r) => r.status === 400);
    return this.#show("reuse", await this.#employees(this.#second!.access_token), 1, (r) => r.status === 401);
  }
}

/** The company an approval for `resource` (a company or an organisation id) lets the app read. */
function companyOf(resource: string, firstCompanyOf: Record<string, string>): string {
  return firstCompanyOf[resource] ?? resource;
}

/** Registers `<pleo-oauth-flow>` once per page. */
export function defineOAuthFlow(): void {
  if (!customElements.get("pleo-oauth-flow")) customElements.define("pleo-oauth-flow", OAuthFlowElement);
}
