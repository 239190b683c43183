/**
 * Copy-paste snippets of one GET call with the reader's key filled in: curl, Node (fetch) and
 * Python (requests). Pure, so the page can rebuild them whenever the key or company changes.
 */
import { basicKeyOf } from "../../../mock-server/core/http/basic-credential.ts";

export type SnippetLanguage = "curl" | "node" | "python";

export const snippetLanguages: readonly { id: SnippetLanguage; label: string }[] = [
  { id: "curl", label: "curl" },
  { id: "node", label: "Node (fetch)" },
  { id: "python", label: "Python (requests)" },
];

export interface SnippetCall {
  baseUrl: string;
  path: string;
  query?: Record<string, string>;
  key: string;
}

const quoteShell = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const quoteJs = (text: string) => JSON.stringify(text);
const quotePython = (text: string) => JSON.stringify(text);

/** A snippet that makes the call in the given language. */
export function snippet(language: SnippetLanguage, call: SnippetCall): string {
  const query = new URLSearchParams(call.query ?? {});
  const url = `${call.baseUrl}${call.path}${query.size > 0 ? `?${query}` : ""}`;
  const key = call.key || "<your API key>";
  switch (language) {
    case "curl":
      // -u 'key:' sends Basic base64(key:): the key is the username, the password is empty.
      return `curl -u ${quoteShell(`${key}:`)} \\\n  ${quoteShell(url)}`;
    case "node":
      return [
        `const key = process.env.PLEO_API_KEY ?? ${quoteJs(key)};`,
        `const response = await fetch(${quoteJs(url)}, {`,
        "  headers: {",
        "    Authorization: `Basic ${Buffer.from(`${key}:`).toString(\"base64\")}`,",
        '    Accept: "application/json",',
        "  },",
        "});",
        "console.log(response.status, await response.json());",
      ].join("\n");
    case "python":
      return [
        "import os",
        "import requests",
        "",
        `key = os.environ.get("PLEO_API_KEY", ${quotePython(key)})`,
        "response = requests.get(",
        `    ${quotePython(`${call.baseUrl}${call.path}`)},`,
        ...(query.size > 0 ? [`    params=${pythonDict(call.query ?? {})},`] : []),
        '    auth=(key, ""),  # Basic base64(key:): the key is the username, the password is empty',
        "    timeout=30,",
        ")",
        "print(response.status_code, response.json())",
      ].join("\n");
  }
}

function pythonDict(values: Record<string, string>): string {
  return `{${Object.entries(values).map(([k, v]) => `${quotePython(k)}: ${quotePython(v)}`).join(", ")}}`;
}

/** A request as the guide shows it (see mock-server/core/scenarios/scenario-request.ts). */
export interface SnippetRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * One curl command for a request: `-u 'key:'` for a Basic key (what a reader would type), any
 * other Authorization as it is, and the body as JSON. `-i` prints the status and X-Sandbox-Reason.
 */
export function curlCommand(baseUrl: string, request: SnippetRequest, { quiet = false } = {}): string {
  const parts = [quiet ? "curl -s -o /dev/null" : "curl -i"];
  const hasBody = request.body !== undefined;
  if (request.method !== "GET" && !(request.method === "POST" && hasBody)) parts.push(`-X ${request.method}`);
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === "accept") continue; // the sandbox answers JSON either way
    const basicKey = lower === "authorization" ? shellSafeKey(basicKeyOf(value)) : undefined;
    if (basicKey !== undefined) parts.push(`-u ${quoteShell(`${basicKey}:`)}`);
    else parts.push(`-H ${quoteShell(`${headerName(lower)}: ${value}`)}`);
  }
  if (hasBody) parts.push(`--data ${quoteShell(request.body!)}`);
  parts.push(quoteShell(`${baseUrl}${request.path}`));
  return wrapShell(parts);
}

/**
 * The curl commands that reproduce a scenario on a sandbox server: the reset and setup steps a
 * state scenario needs (their output dropped), then the request whose answer the page shows.
 */
export function scenarioCurl(baseUrl: string, request: SnippetRequest, setup: readonly SnippetRequest[], freshWorld: boolean): string {
  const lines: string[] = [];
  if (freshWorld) {
    lines.push("# Back to the seeded world first: keys you made on this server are gone.");
    lines.push(curlCommand(baseUrl, { method: "POST", path: "/sandbox/reset", headers: {} }, { quiet: true }));
  }
  for (const step of setup) lines.push(curlCommand(baseUrl, step, { quiet: true }));
  lines.push(curlCommand(baseUrl, request));
  return lines.join("\n");
}

/** A Basic header's key, if curl's `-u key:` can carry it as it is (printable, no spaces). */
const shellSafeKey = (key: string | undefined) => (key !== undefined && /^[\x21-\x7e]+$/.test(key) ? key : undefined);

const headerName = (lower: string) =>
  lower.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);

/** Continues long commands on the next line, as people write them. */
function wrapShell(parts: string[]): string {
  return parts.join(" ").length <= 72 ? parts.join(" ") : parts.join(" \\\n  ");
}
