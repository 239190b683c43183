/**
 * Renders mock-server/openapi/routes.ts: the route table the router and the checks read, taken
 * from sandbox.yaml's operations and their `x-sandbox-scope` / `x-sandbox-target` extensions.
 * Refuses a document whose extensions name an unknown scope, parameter or resource.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
/** What a target may name besides a company or an organisation: the record whose company decides. */
/** How an operation's refusals are written besides Pleo's `{type, message}` (`x-sandbox-errors`). */
const ERROR_SHAPES = ["oauth", "page"];
const RESOURCES = ["employee", "accountingEntry", "exportJob", "tagGroup", "tag", "taxCode", "account", "vendor"];

interface Parameter { name?: string; in?: string; $ref?: string }
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { $ref?: string; properties?: object } }> };
  "x-sandbox-scope"?: string;
  "x-sandbox-target"?: { in: string; name: string; is: string }[];
  "x-sandbox-unmodelled"?: boolean;
  responses?: Record<string, unknown>;
  "x-sandbox-errors"?: string;
}
interface Document {
  security?: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, { properties?: object; enum?: string[] }> };
}

/** The text routes.ts should hold for the sandbox.yaml at `specUrl`. */
export async function renderRouteTable(specUrl: URL): Promise<string> {
  const doc = parse(await readFile(specUrl, "utf8")) as Document;
  const scopes = doc.components.schemas.Scope?.enum ?? [];
  const rows: string[] = [];
  const open: string[] = [];
  const unmodelled: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = op.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const where = `${id} (${method.toUpperCase()} ${path})`;
      const credential = (op.security ?? doc.security ?? []).length > 0;
      if (!credential) open.push(id);
      const scope = op["x-sandbox-scope"];
      if (scope !== undefined && !scopes.includes(scope)) throw new Error(`${where}: x-sandbox-scope ${scope} is not a Scope`);
      const target = op["x-sandbox-target"] ?? [];
      for (const t of target) checkTarget(t, op, doc, where);
      const body = op.requestBody ? (op.requestBody.required ? "required" : "optional") : "none";
      if (op["x-sandbox-unmodelled"] === true) {
        if (!credential) throw new Error(`${where}: x-sandbox-unmodelled is for Pleo's operations, which have a credential`);
        if (!op.responses?.["501"] || Object.keys(op.responses).some((s) => /^2/.test(s))) throw new Error(`${where}: an unmodelled operation declares 501 and no 2xx`);
        unmodelled.push(id);
      }
      const form = Object.keys(op.requestBody?.content ?? {})[0] === "application/x-www-form-urlencoded";
      const errorShape = op["x-sandbox-errors"];
      if (errorShape !== undefined && !ERROR_SHAPES.includes(errorShape)) throw new Error(`${where}: x-sandbox-errors must be ${ERROR_SHAPES.join(" or ")}`);
      const fields = [
        `operationId: ${JSON.stringify(id)}`,
        `method: ${JSON.stringify(method.toUpperCase())}`,
        `path: ${JSON.stringify(path)}`,
        `credential: ${credential}`,
        ...(scope === undefined ? [] : [`scope: ${JSON.stringify(scope)}`]),
        `target: [${target.map((t) => `{ in: ${JSON.stringify(t.in)}, name: ${JSON.stringify(t.name)}, is: ${JSON.stringify(t.is)} }`).join(", ")}]`,
        `body: ${JSON.stringify(body)}`,
        ...(unmodelled.includes(id) ? ["unmodelled: true"] : []),
        ...(form ? ["form: true"] : []),
        ...(errorShape === undefined ? [] : [`errors: ${JSON.stringify(errorShape)}`]),
      ];
      rows.push(`  { ${fields.join(", ")} },`);
    }
  }
  return `${HEADER}${PREAMBLE}export const routeTable = [\n${rows.join("\n")}\n] as const satisfies readonly RouteSpec[];\n\n` +
    `/** Operations answered without a Pleo credential (the sandbox's control plane). */\n` +
    `export type OpenOperationId = ${open.map((id) => JSON.stringify(id)).join(" | ") || "never"};\n\n` +
    `/** Operations Pleo documents that the sandbox does not model (\`x-sandbox-unmodelled\`): they answer 501 after the checks. */\n` +
    `export type UnmodelledOperationId = ${unmodelled.map((id) => JSON.stringify(id)).join(" | ") || "never"};\n`;
}

function checkTarget(t: { in: string; name: string; is: string }, op: Operation, doc: Document, where: string): void {
  if (!["query", "path", "body"].includes(t.in)) throw new Error(`${where}: x-sandbox-target in must be query, path or body`);
  if (!["company", "organisation", ...RESOURCES].includes(t.is)) throw new Error(`${where}: x-sandbox-target is ${t.is} is unknown`);
  if (t.in === "body") {
    const ref = Object.values(op.requestBody?.content ?? {})[0]?.schema?.$ref;
    const properties = ref ? doc.components.schemas[ref.split("/").pop()!]?.properties : undefined;
    if (!properties || !(t.name in properties)) throw new Error(`${where}: the body has no property ${t.name}`);
    return;
  }
  const declared = (op.parameters ?? []).map((p) => (p.$ref ? doc.components.parameters[p.$ref.split("/").pop()!] : p));
  if (!declared.some((p) => p?.in === t.in && p.name === t.name)) throw new Error(`${where}: no ${t.in} parameter ${t.name}`);
}

const HEADER = "/* eslint-disable */\n// Generated from sandbox.yaml by `npm run generate`. Do not edit by hand.\n\n";

const PREAMBLE = `import type { components } from "./schema.ts";

/** Where a request names the company it is about: a company, an organisation, or a record whose company decides. */
export interface TargetSpec {
  in: "query" | "path" | "body";
  name: string;
  is: "company" | "organisation" | ${RESOURCES.map((r) => JSON.stringify(r)).join(" | ")};
}

/** One operation of sandbox.yaml as the router and the checks see it. */
export interface RouteSpec {
  operationId: string;
  method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  path: string;
  /** False for operations whose \`security\` is empty: no Pleo credential is checked. */
  credential: boolean;
  /** The scope the key must hold (\`x-sandbox-scope\`). */
  scope?: components["schemas"]["Scope"];
  /** Where the company is named (\`x-sandbox-target\`), first match wins; none means the key's own. */
  target: readonly TargetSpec[];
  body: "required" | "optional" | "none";
  /** \`x-sandbox-unmodelled\`: Pleo documents it, the sandbox answers 501 after the credential checks. */
  unmodelled?: true;
  /** The body is \`application/x-www-form-urlencoded\` (OAuth's endpoints), not JSON. */
  form?: true;
  /** Refusals as RFC 6749's \`{error, error_description}\` (\`oauth\`) or as an HTML page (\`page\`) instead of Pleo's \`{type, message}\`. */
  errors?: ${ERROR_SHAPES.map((s) => JSON.stringify(s)).join(" | ")};
}

`;
