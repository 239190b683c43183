/**
 * The behaviour of components/KeyManager.astro, `<pleo-key-manager>`: list, create and delete keys
 * through the control plane as the chosen web-app user, and reveal a new key's secret once.
 * Every instance keeps its own state and finds its parts inside itself.
 */
import { type KeySummary, type Names } from "../lib/key-rows.ts";
import { renderKeyRows } from "./key-table.ts";
import { copyText } from "./copy.ts";
import { controlHeaders, send, warmUpOnFirstTouch, type ShownResponse } from "./send.ts";
import { setReaderKey, tabHasSandboxState } from "./tab-storage.ts";
import { isInPage, onTargetChange } from "./target.ts";

interface Person {
  name: string;
  role: string;
  company: { id: string; name: string; organisationId: string };
  organisation: { id: string; name: string };
}

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const errorText = (r: ShownResponse) => {
  const body = r.json as { type?: string; message?: string } | undefined;
  return `${r.status} ${body?.type ?? ""}: ${body?.message ?? r.body}`;
};

class KeyManagerElement extends HTMLElement {
  #people: Record<string, Person> = {};
  #names: Names = { companies: {}, organisations: {} };
  #started = false;
  /** Counts refreshes, so an answer that arrives after a newer request's is dropped. */
  #refreshes = 0;

  #part<T extends Element = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`<pleo-key-manager> is missing ${selector}.`);
    return found;
  }

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.#people = JSON.parse(this.dataset.people!) as Record<string, Person>;
    this.#names = JSON.parse(this.dataset.names!) as Names;
    const form = this.#part<HTMLFormElement>("[data-create-key]");
    const expires = form.elements.namedItem("expires") as HTMLInputElement;
    expires.min = isoDate(new Date(Date.now() + DAY_MS));
    expires.value = isoDate(new Date(Date.now() + 90 * DAY_MS));

    warmUpOnFirstTouch(this);

    this.#part("[data-acting-user]").addEventListener("change", () => void this.#refresh());
    form.addEventListener("submit", (event) => void this.#create(event, form));
    this.#part("[data-key-rows]").addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("[data-delete]");
      const row = button?.closest<HTMLElement>("tr[data-key-id]");
      if (row) void this.#delete(row.dataset.keyId!, row.dataset.keyName!);
    });
    this.#part("[data-all-scopes]").addEventListener("click", () => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="scopes"]')) box.checked = true;
    });
    this.#part("[data-copy-secret]").addEventListener("click", async () => {
      const secret = this.#part<HTMLInputElement>("[data-secret]").value;
      this.#part("[data-copy-status]").textContent = (await copyText(secret))
        ? "Copied to the clipboard. Paste it where your integration reads its key."
        : "Your browser refused the clipboard: select the key above and press Ctrl+C (⌘C).";
    });
    this.#part("[data-close-dialog]").addEventListener("click", () => this.#part<HTMLDialogElement>("[data-secret-dialog]").close());
    onTargetChange(() => void this.#refresh());

    // The built list is the seeded world's. When this tab's sandbox has already answered (or a
    // server answers), it may hold other keys: ask it as soon as the list can be seen.
    if (tabHasSandboxState() || !isInPage()) {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.#refresh();
      });
      observer.observe(this);
    }
  }

  get #userId(): string {
    return this.#part<HTMLSelectElement>("[data-acting-user]").value;
  }

  /** Shows the page as the acting user would see it, or why they cannot see it. */
  async #refresh(): Promise<void> {
    const ticket = ++this.#refreshes;
    const person = this.#people[this.#userId]!;
    for (const el of this.querySelectorAll("[data-company-name]")) el.textContent = person.company.name;
    for (const el of this.querySelectorAll("[data-organisation-name]")) el.textContent = person.organisation.name;
    const notice = this.#part("[data-access-notice]");
    const page = this.#part("[data-key-page]");
    let response: ShownResponse;
    try {
      response = await send({ method: "GET", path: "/sandbox/api-keys", headers: controlHeaders(this.#userId) });
    } catch (err) {
      if (ticket === this.#refreshes) this.#part("[data-list-message]").textContent = (err as Error).message;
      return;
    }
    if (ticket !== this.#refreshes) return; // the reader has since picked someone else
    if (response.status === 200) {
      notice.hidden = true;
      page.hidden = false;
      renderKeyRows(this.#part("[data-key-rows]"), (response.json as { data: KeySummary[] }).data, this.#names);
      return;
    }
    page.hidden = true;
    notice.hidden = false;
    const body = response.json as { type?: string; message?: string } | undefined;
    const seen = body?.type === "FEATURE_NOT_ENABLED"
      ? `${person.name} opens Settings and finds no API Keys entry: API keys are not enabled for ${person.company.name}.`
      : `${person.name} opens Settings and finds no API Keys entry: employees cannot manage keys.`;
    const said = document.createElement("p");
    said.append("The sandbox answered ", Object.assign(document.createElement("code"), { textContent: `${response.status} ${body?.type ?? ""}` }),
      ": ", Object.assign(document.createElement("q"), { textContent: body?.message ?? response.body }));
    notice.replaceChildren(Object.assign(document.createElement("p"), { textContent: seen }), said);
  }

  async #delete(keyId: string, name: string): Promise<void> {
    const message = this.#part("[data-list-message]");
    try {
      const response = await send({ method: "DELETE", path: `/sandbox/api-keys/${keyId}`, headers: controlHeaders(this.#userId) });
      message.textContent = response.status === 204
        ? `Deleted "${name}". From now on every call with it is refused with 401 (key_revoked).`
        : errorText(response);
    } catch (err) {
      message.textContent = (err as Error).message;
      return;
    }
    await this.#refresh();
  }

  async #create(event: SubmitEvent, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const person = this.#people[this.#userId]!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const level = (form.elements.namedItem("access-level") as RadioNodeList).value;
    const body = {
      name: field("name").value,
      // An empty date is sent as is, so the sandbox explains what it expected.
      expiresAt: field("expires").value ? `${field("expires").value}T23:59:59Z` : "",
      accessLevel: level === "company" ? { type: "company", companyId: person.company.id } : { type: "organisation", organisationId: person.organisation.id },
      scopes: [...form.querySelectorAll<HTMLInputElement>('input[name="scopes"]:checked')].map((box) => box.value),
    };
    const error = this.#part("[data-create-error]");
    let response: ShownResponse;
    try {
      response = await send({ method: "POST", path: "/sandbox/api-keys", headers: controlHeaders(this.#userId), body: JSON.stringify(body) });
    } catch (err) {
      error.textContent = (err as Error).message;
      return;
    }
    if (response.status !== 201) {
      error.textContent = errorText(response);
      return;
    }
    error.textContent = "";
    const secret = (response.json as { data: { key: string } }).data.key;
    setReaderKey(secret);
    const secretField = this.#part<HTMLInputElement>("[data-secret]");
    secretField.value = secret;
    this.#part("[data-copy-status]").textContent = "";
    this.#part<HTMLDialogElement>("[data-secret-dialog]").showModal();
    secretField.select();
    form.reset();
    field("expires").value = isoDate(new Date(Date.now() + 90 * DAY_MS));
    await this.#refresh();
  }
}

/** Registers `<pleo-key-manager>` once per page. */
export function defineKeyManager(): void {
  if (!customElements.get("pleo-key-manager")) customElements.define("pleo-key-manager", KeyManagerElement);
}
