/** Markdown pieces of the reference: code spans, table rows, a scenario's request, a world id's name. */
import type { RequestSpec } from "../../mock-server/core/scenarios/scenarios.ts";
import type { Fixtures } from "../../mock-server/core/world/fixtures.ts";

/** A scenario's request as a reader would send it: method, path and query, body, and which credential. */
export function request(r: RequestSpec): string {
  const query = Object.entries(r.query ?? {}).map(([k, v]) => `${k}=${v}`).join("&");
  const form = r.form === undefined ? "" : ` ${new URLSearchParams(r.form)}`;
  const body = r.body === undefined || r.credential !== null ? form : ` ${JSON.stringify(r.body)}`;
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => ` with ${code(`${k}: ${v}`)}`).join("");
  const c = r.credential;
  const credential =
    c === null ? ""
    : "key" in c ? ` with ${code(c.key)}${c.scheme === "basic" ? "" : ` (${c.scheme === "raw" ? "the raw key" : "as a Bearer token"})`}`
    : "secret" in c ? " with a key the sandbox never issued"
    : ` with ${code(`Authorization: ${c.header}`)}`;
  return `${code(`${r.method} ${r.path}${query ? `?${query}` : ""}${body}`)}${credential}${headers}`;
}

export function nameOf(world: Fixtures, id: string): string {
  return world.companies.find((c) => c.id === id)?.name ?? world.organisations.find((o) => o.id === id)?.name ?? id;
}

export function code(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

export function row(...cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\n/g, " ").replace(/(?<!\\)\|/g, "\\|")).join(" | ")} |`;
}
