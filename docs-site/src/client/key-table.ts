/**
 * The key list's rows in the browser, as KeyTable.astro renders them at build time: one row per
 * key (the same row shape, from lib/key-rows.ts), or a line saying there are none.
 */
import { FOLD_SCOPES_OVER, keyRow, type KeySummary, type Names } from "../lib/key-rows.ts";

/** Replaces the rows of `rows` (a tbody) with `keys`. */
export function renderKeyRows(rows: HTMLElement, keys: KeySummary[], names: Names): void {
  rows.replaceChildren();
  if (keys.length === 0) {
    const empty = document.createElement("tr");
    empty.append(Object.assign(document.createElement("td"), { colSpan: 6, textContent: "No API keys yet." }));
    rows.append(empty);
  }
  for (const row of keys.map((key) => keyRow(key, names))) {
    const tr = document.createElement("tr");
    tr.dataset.keyId = row.id;
    tr.dataset.keyName = row.name;
    const cell = (text: string, className?: string) => {
      const td = Object.assign(document.createElement("td"), { textContent: text });
      if (className) td.className = className;
      return td;
    };
    const scopes = cell("", "scopes-cell");
    if (row.scopes.length <= FOLD_SCOPES_OVER) scopes.textContent = row.scopes.join(", ");
    else {
      const details = document.createElement("details");
      details.append(Object.assign(document.createElement("summary"), { textContent: `${row.scopes.length} scopes` }), row.scopes.join(", "));
      scopes.append(details);
    }
    const status = cell(row.status, "key-status");
    status.dataset.status = row.status;
    const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "Delete" });
    remove.dataset.delete = "";
    remove.setAttribute("aria-label", `Delete ${row.name}`);
    const actions = document.createElement("td");
    actions.append(remove);
    const name = cell(row.name);
    name.append(Object.assign(document.createElement("span"), { className: "created", textContent: `created ${row.created}` }));
    tr.append(name, cell(row.accessLevel), scopes, cell(row.expires, "date"), status, actions);
    rows.append(tr);
  }
}
