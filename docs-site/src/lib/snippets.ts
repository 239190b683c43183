/**
 * Copy-paste snippets of one GET call with the reader's key filled in: curl, Node (fetch) and
 * Python (requests). Pure, so the page can rebuild them whenever the key or company changes.
 */

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
