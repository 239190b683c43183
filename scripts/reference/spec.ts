/** Reading sandbox.yaml for the reference: operations, their parameters, bodies and answers. */
import type { RouteSpec, TargetSpec } from "../../mock-server/openapi/routes.ts";
import { code } from "./markdown.ts";
import { RESOURCE_NAMES } from "./notes.ts";

export interface Parameter { name?: string; in?: string; required?: boolean; $ref?: string }
export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  items?: Schema;
  enum?: string[];
}
export interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
  "x-pleo-source"?: string;
  "x-pleo-differences"?: string[];
  "x-pleo-unsupported-parameters"?: string[];
}
export interface Document {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

export function operationOf(doc: Document, route: RouteSpec): Operation {
  const op = doc.paths[route.path]?.[route.method.toLowerCase()];
  if (!op || op.operationId !== route.operationId) throw new Error(`${route.operationId} (${route.method} ${route.path}) is not in sandbox.yaml: run \`npm run generate\``);
  return op;
}

export function tagsInOrder(doc: Document, ops: Operation[]): { name: string; description?: string }[] {
  const used = new Set(ops.map((op) => op.tags?.[0] ?? "Other"));
  const declared = (doc.tags ?? []).filter((t) => used.has(t.name));
  const undeclared = [...used].filter((name) => !declared.some((t) => t.name === name)).sort().map((name) => ({ name }));
  return [...declared, ...undeclared];
}

export function parametersOf(op: Operation, doc: Document): Parameter[] {
  return (op.parameters ?? []).map((p) => (p.$ref ? doc.components.parameters[p.$ref.split("/").pop()!] ?? p : p));
}

export function takesHeader(op: Operation, doc: Document, name: string): boolean {
  return parametersOf(op, doc).some((p) => p.in === "header" && p.name === name);
}

export function resolve(schema: Schema | undefined, doc: Document): Schema | undefined {
  return schema?.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()!], doc) : schema;
}

export function bodySchema(op: Operation, doc: Document): Schema | undefined {
  return resolve(Object.values(op.requestBody?.content ?? {})[0]?.schema, doc);
}

export function companyFrom(route: RouteSpec, op: Operation, doc: Document): string {
  if (route.target.length === 0) return "the key's own";
  return route.target.map((t: TargetSpec) => {
    const where = `${t.in} ${code(t.name)}`;
    const required = t.in === "query" && parametersOf(op, doc).some((p) => p.in === "query" && p.name === t.name && p.required);
    const said = t.is === "company" ? where : t.is === "organisation" ? `${where} (an organisation)` : `${RESOURCE_NAMES[t.is] ?? t.is} (${where})`;
    return required ? `${said}, required` : said;
  }).join(" or ");
}

export function answers(op: Operation): string {
  return Object.keys(op.responses ?? {}).sort().join(", ");
}

export function bodyOf(op: Operation, doc: Document): string {
  const schema = bodySchema(op, doc);
  if (!schema) return "";
  const shape = (s: Schema): string =>
    s.oneOf
      ? s.oneOf.map((alt) => shape(resolve(alt, doc) ?? alt)).join(" \\| ")
      : `{${Object.keys(s.properties ?? {}).map((k) => (s.required?.includes(k) ? k : `${k}?`)).join(", ")}}`;
  return code(shape(schema));
}

export function reasonsOf(doc: Document): string[] {
  const reasons = doc.components.schemas.SandboxReason?.enum;
  if (!reasons?.length) throw new Error("sandbox.yaml has no SandboxReason enum");
  return reasons;
}
