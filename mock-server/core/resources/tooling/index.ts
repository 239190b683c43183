/**
 * GET /healthz, /openapi.json and /openapi.yaml: for tools (CI wait loops, API clients), not Pleo's.
 * The served contract names this instance in `servers`, so it imports into Postman, Insomnia or
 * Bruno, or feeds openapi-typescript, as it is.
 */
import { json } from "../../http/http.ts";
import { operation } from "../../pipeline/operation.ts";

export const YAML_CONTENT_TYPE = "application/yaml";

export const toolingOperations = {
  /** Reads no state: answering at all is the signal. */
  getHealth: operation("getHealth", {
    run: () => json(200, { status: "ok" as const }),
  }),

  getOpenApiJson: operation("getOpenApiJson", {
    run: async ({ headers }) => {
      const document = await parsedContract();
      const here = instanceUrl(headers);
      return json(200, here === undefined ? document : { ...document, servers: [{ url: here, description: "This sandbox" }] });
    },
  }),

  getOpenApiYaml: operation("getOpenApiYaml", {
    run: async ({ headers }) => {
      const here = instanceUrl(headers);
      const servers = here === undefined ? await defaultServersYaml() : `servers:\n  - url: ${JSON.stringify(here)}\n    description: This sandbox\n`;
      const { contractYamlHead, contractYamlTail } = await contractText();
      return { status: 200 as const, headers: { "content-type": YAML_CONTENT_TYPE }, body: contractYamlHead + servers + contractYamlTail };
    },
  }),
};

type Document = { openapi: string; info: Record<string, unknown>; servers: { url: string; description?: string }[]; paths: Record<string, unknown> };

/** The contract's text (large), loaded when first asked for: most runs never ask, and start faster without it. */
let text: Promise<typeof import("../../../openapi/contract.ts")> | undefined;
const contractText = () => (text ??= import("../../../openapi/contract.ts"));

let parsed: Promise<Document> | undefined;
/** The contract, parsed once (it is a constant of the build, not sandbox state). */
function parsedContract(): Promise<Document> {
  return (parsed ??= contractText().then(({ contractJson }) => JSON.parse(contractJson) as Document));
}

async function defaultServersYaml(): Promise<string> {
  const { servers } = await parsedContract();
  return `servers:\n${servers.map((s) => `  - url: ${JSON.stringify(s.url)}\n` + (s.description ? `    description: ${JSON.stringify(s.description)}\n` : "")).join("")}`;
}

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const PREFIX = /^(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*\/?$/;

/**
 * Where the request reached this sandbox: `X-Forwarded-Proto`/`-Host`/`-Prefix` when a proxy (or an
 * adapter that is not HTTP, like MSW) says so, else the Host header over http. Undefined without a
 * usable host, e.g. when handle() is called directly with no headers.
 */
export function instanceUrl(headers: Record<string, string | undefined>): string | undefined {
  const first = (name: string) => headers[name]?.split(",")[0]?.trim() || undefined;
  const host = first("x-forwarded-host") ?? first("host");
  if (host === undefined || !HOST.test(host)) return undefined;
  const proto = first("x-forwarded-proto")?.toLowerCase();
  const scheme = proto === "https" || proto === "http" ? proto : "http";
  const prefix = first("x-forwarded-prefix") ?? "";
  return `${scheme}://${host}${PREFIX.test(prefix) ? prefix.replace(/\/$/, "") : ""}`;
}
