/**
 * The behaviour of components/KeyManager.astro: list, create and delete keys through the control
 * plane as the chosen web-app user, and reveal a new key's secret once.
 */
import { copyText } from "./copy-buttons.ts";
import { setReaderKey } from "./reader-key.ts";
import { controlHeaders, send, type ShownResponse } from "./send.ts";

interface Person {
  name: string;
  role: string;
  company: { id: string; name: string; organisationId: string };
  organisation: { id: string; name: string };
}
interface KeySummary {
  id: string;
  name: string;
  accessLevel: { type: "company"; companyId: string } | { type: "organisation"; organisationId: string };
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  status: string;
  prefix?: string;
}
type Names = { companies: Record<string, string>; organisations: Record<string, string> };

const DAY_MS = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const errorText = (r: ShownResponse) => {
  const body = r.json as { type?: string; message?: string } | undefined;
  return `${r.status} ${body?.type ?? ""}: ${body?.message ?? r.body}`;
};

/** Wires one KeyManager: its acting-user switch, key list, create form and secret dialog. */
export function setupKeyManager(root: HTMLElement): void {
  const people = JSON.parse(root.dataset.people!) as Record<string, Person>;
  const names = JSON.parse(root.dataset.names!) as Names;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const userSelect = $<HTMLSelectElement>("#acting-user");
  const form = $<HTMLFormElement>("[data-create-key]");
  const rows = $("[data-key-rows]");
  const dialog = $<HTMLDialogElement>("[data-secret-dialog]");
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  const expires = field("expires");
  expires.min = isoDate(new Date(Date.now() + DAY_MS));
  expires.value = isoDate(new Date(Date.now() + 90 * DAY_MS));

  const describeLevel = (level: KeySummary["accessLevel"]) =>
    level.type === "company" ? `Company: ${names.companies[level.companyId] ?? level.companyId}` : `Organisation: ${names.organisations[level.organisationId] ?? level.organisationId}`;

  function cell(text: string, className?: string): HTMLTableCellElement {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  /** A few scopes are listed; many are folded behind their count, as the list would grow too tall. */
  function scopesCell(scopes: string[]): HTMLTableCellElement {
    if (scopes.length <= 3) return cell(scopes.join(", "), "scopes-cell");
    const td = cell("", "scopes-cell");
    const details = document.createElement("details");
    details.append(Object.assign(document.createElement("summary"), { textContent: `${scopes.length} scopes` }), scopes.join(", "));
    td.append(details);
    return td;
  }

  function renderKeys(keys: KeySummary[]) {
    rows.replaceChildren();
    if (keys.length === 0) rows.append(Object.assign(document.createElement("tr"), { innerHTML: '<td colspan="7">No API keys yet.</td>' }));
    for (const key of keys) {
      const tr = document.createElement("tr");
      tr.dataset.keyId = key.id;
      const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "Delete" });
      remove.setAttribute("aria-label", `Delete ${key.name}`);
      remove.addEventListener("click", () => void deleteKey(key));
      const actions = document.createElement("td");
      actions.append(remove);
      tr.append(cell(key.name), cell(describeLevel(key.accessLevel)), scopesCell(key.scopes), cell(key.createdAt.slice(0, 10), "date"), cell(key.expiresAt.slice(0, 10), "date"), cell(key.status, `key-status ${key.status}`), actions);
      rows.append(tr);
    }
  }

  /** Shows the page as the acting user would see it, or why they cannot see it. */
  async function refresh() {
    const person = people[userSelect.value]!;
    for (const el of root.querySelectorAll("[data-company-name]")) el.textContent = person.company.name;
    for (const el of root.querySelectorAll("[data-organisation-name]")) el.textContent = person.organisation.name;
    const notice = $("[data-access-notice]");
    const page = $("[data-key-page]");
    const response = await send({ method: "GET", path: "/sandbox/api-keys", headers: controlHeaders(userSelect.value) });
    if (response.status === 200) {
      notice.hidden = true;
      page.hidden = false;
      renderKeys((response.json as { data: KeySummary[] }).data);
      return;
    }
    page.hidden = true;
    notice.hidden = false;
    const body = response.json as { type?: string; message?: string } | undefined;
    const seen = body?.type === "FEATURE_NOT_ENABLED"
      ? `${person.name} opens Settings and finds no API Keys entry: API keys are not enabled for ${person.company.name}.`
      : `${person.name} opens Settings and finds no API Keys entry: employees cannot manage keys.`;
    notice.innerHTML = "<p></p><p>The sandbox answered <code></code>: <q></q></p>";
    notice.querySelector("p")!.textContent = seen;
    notice.querySelector("code")!.textContent = `${response.status} ${body?.type ?? ""}`;
    notice.querySelector("q")!.textContent = body?.message ?? response.body;
  }

  async function deleteKey(key: KeySummary) {
    const response = await send({ method: "DELETE", path: `/sandbox/api-keys/${key.id}`, headers: controlHeaders(userSelect.value) });
    $("[data-list-message]").textContent = response.status === 204
      ? `Deleted "${key.name}". From now on every call with it is refused with 401 (key_revoked).`
      : errorText(response);
    await refresh();
  }

  async function createKey(event: SubmitEvent) {
    event.preventDefault();
    const person = people[userSelect.value]!;
    const level = (form.elements.namedItem("access-level") as RadioNodeList).value;
    const body = {
      name: field("name").value,
      // An empty date is sent as is, so the sandbox explains what it expected.
      expiresAt: expires.value ? `${expires.value}T23:59:59Z` : "",
      accessLevel: level === "company" ? { type: "company", companyId: person.company.id } : { type: "organisation", organisationId: person.organisation.id },
      scopes: [...form.querySelectorAll<HTMLInputElement>('input[name="scopes"]:checked')].map((box) => box.value),
    };
    const error = $("[data-create-error]");
    const response = await send({ method: "POST", path: "/sandbox/api-keys", headers: controlHeaders(userSelect.value), body: JSON.stringify(body) });
    if (response.status !== 201) {
      error.textContent = errorText(response);
      return;
    }
    error.textContent = "";
    const secret = (response.json as { data: { key: string } }).data.key;
    setReaderKey(secret);
    $<HTMLInputElement>("[data-secret]").value = secret;
    $("[data-copy-status]").textContent = "";
    dialog.showModal();
    $<HTMLInputElement>("[data-secret]").select();
    form.reset();
    expires.value = isoDate(new Date(Date.now() + 90 * DAY_MS));
    await refresh();
  }

  userSelect.addEventListener("change", () => void refresh());
  form.addEventListener("submit", (event) => void createKey(event));
  $("[data-all-scopes]").addEventListener("click", () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="scopes"]')) box.checked = true;
  });
  $("[data-copy-secret]").addEventListener("click", async () => {
    const secret = $<HTMLInputElement>("[data-secret]").value;
    $("[data-copy-status]").textContent = (await copyText(secret))
      ? "Copied to the clipboard. Paste it where your integration reads its key."
      : "Your browser refused the clipboard: select the key above and press Ctrl+C (⌘C).";
  });
  $("[data-close-dialog]").addEventListener("click", () => dialog.close());
  void refresh().catch((err: Error) => (rows.innerHTML = `<tr><td colspan="7"></td></tr>`, (rows.querySelector("td")!.textContent = err.message)));
}
