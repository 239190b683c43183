/**
 * Conformance with Pleo's own OpenAPI documents (../shared/pleo-openapi beside the repository): every
 * sandbox.yaml operation outside /sandbox and /oauth names its source with `x-pleo-source: <file>.yml`, and must
 * match that document's operation: same path and method, same parameter names, places and
 * `required`, same enums on parameters and request bodies, same required request and response
 * fields, and no field Pleo's schema does not have. A deliberate difference is declared on the
 * operation with `x-pleo-differences: [<path>]` (and explained in the README); a parameter Pleo has
 * and the sandbox does not support, with `x-pleo-unsupported-parameters`. An operation marked
 * `x-sandbox-unmodelled` answers 501 instead of a success, so only its inputs are compared.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = Record<string, unknown>;
interface Doc { paths: Record<string, Record<string, Json>>; components?: Json }

/** Pleo's documents: $PLEO_OPENAPI_DIR, or shared/pleo-openapi beside the repository (as CI lays it out). */
const PLEO_DIR = process.env.PLEO_OPENAPI_DIR
  ? pathToFileURL(process.env.PLEO_OPENAPI_DIR.replace(/\/?$/, "/"))
  : new URL("../../shared/pleo-openapi/", import.meta.url);
const HAVE_DOCS = existsSync(PLEO_DIR);
const sandbox = parse(readFileSync(new URL("../mock-server/openapi/sandbox.yaml", import.meta.url), "utf8")) as Doc;
const METHODS = ["get", "put", "post", "delete", "patch"];

const pleoDocs = new Map<string, Doc>();
function pleoDoc(file: string): Doc {
  if (!pleoDocs.has(file)) pleoDocs.set(file, parse(readFileSync(new URL(file, PLEO_DIR), "utf8")) as Doc);
  return pleoDocs.get(file)!;
}

/** Follows `$ref`s and merges `allOf`, so both documents' schemas can be compared as plain objects. */
function resolve(doc: Doc, node: unknown): Json {
  let current = (node ?? {}) as Json;
  for (let hops = 0; typeof current.$ref === "string" && hops < 20; hops++) {
    current = (current.$ref as string).slice(2).split("/").reduce<Json>((at, part) => at[part] as Json, doc as unknown as Json);
  }
  if (Array.isArray(current.allOf)) {
    const parts = (current.allOf as unknown[]).map((p) => resolve(doc, p));
    const { allOf: _allOf, ...rest } = current;
    return Object.assign({}, ...parts, rest, {
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), rest.properties ?? {}),
      required: [...parts.flatMap((p) => (p.required as string[] | undefined) ?? []), ...((rest.required as string[] | undefined) ?? [])],
    });
  }
  return current;
}

const isArray = (schema: Json) => schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"));
const sorted = (values: unknown) => [...((values as unknown[] | undefined) ?? [])].map(String).sort();

/**
 * Differences between our schema and Pleo's at `path`. `request` mode wants equal enums; in responses
 * our enum may name a subset of Pleo's (or Pleo may have none, documenting values only in prose).
 */
function compareSchemas(ours: unknown, theirs: unknown, pleo: Doc, path: string, mode: "request" | "response", depth = 0): string[] {
  if (depth > 10) return [];
  const a = resolve(sandbox, ours);
  const b = resolve(pleo, theirs);
  const problems: string[] = [];
  if (isArray(b)) {
    if (!isArray(a)) return [`${path}: Pleo has an array, the sandbox does not`];
    return compareSchemas(a.items, b.items, pleo, `${path}[]`, mode, depth + 1);
  }
  if (Array.isArray(b.enum) || Array.isArray(a.enum)) {
    const theirsEnum = sorted(b.enum);
    const oursEnum = sorted(a.enum);
    if (mode === "request" && JSON.stringify(oursEnum) !== JSON.stringify(theirsEnum)) problems.push(`${path}: enum ${oursEnum.join(",")} is not Pleo's ${theirsEnum.join(",")}`);
    if (mode === "response" && theirsEnum.length > 0 && oursEnum.some((v) => !theirsEnum.includes(v))) problems.push(`${path}: enum values ${oursEnum.filter((v) => !theirsEnum.includes(v)).join(",")} are not Pleo's`);
  }
  if (JSON.stringify(sorted(a.required)) !== JSON.stringify(sorted(b.required))) {
    problems.push(`${path}: required [${sorted(a.required).join(", ")}] is not Pleo's [${sorted(b.required).join(", ")}]`);
  }
  const theirsProps = (b.properties ?? {}) as Json;
  for (const [name, schema] of Object.entries((a.properties ?? {}) as Json)) {
    if (!(name in theirsProps)) problems.push(`${path}.${name}: not in Pleo's schema`);
    else problems.push(...compareSchemas(schema, theirsProps[name], pleo, `${path}.${name}`, mode, depth + 1));
  }
  return problems;
}

interface Parameter { name: string; in: string; required?: boolean; schema?: unknown }

function parameters(doc: Doc, operation: Json, pathItem: Json): Parameter[] {
  const list = [...((pathItem.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])];
  return list.map((p) => resolve(doc, p) as unknown as Parameter);
}

function jsonSchemaOf(body: unknown, doc: Doc): unknown {
  const content = (resolve(doc, body).content ?? {}) as Record<string, { schema?: unknown }>;
  return Object.values(content)[0]?.schema;
}

/** Pleo's success responses: its 2xx statuses, or `default` where it declares no 2xx. */
function successes(responses: Json): string[] {
  const twoXx = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
  return twoXx.length > 0 ? twoXx : "default" in responses ? ["default"] : [];
}

const operations = Object.entries(sandbox.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ path, method, pathItem: item as Json, operation: item[method] as Json })),
);
// Pleo documents its authorization server (/oauth/) in prose, not in an OpenAPI document (pleo-api-facts.md §2).
const pleoOperations = operations.filter((o) => !o.path.startsWith("/sandbox") && !o.path.startsWith("/oauth/") && !(o.operation.tags as string[] | undefined)?.includes("Tooling"));

describe("conformance with Pleo's OpenAPI documents", () => {
  it("has Pleo's documents beside the repository", () => {
    expect(HAVE_DOCS, `Pleo's OpenAPI documents are not at ${PLEO_DIR.pathname}: put shared/pleo-openapi beside the repository (as CI does) or set PLEO_OPENAPI_DIR`).toBe(true);
  });

  it("names a source document for every operation outside /sandbox", () => {
    const untagged = pleoOperations.filter((o) => typeof o.operation["x-pleo-source"] !== "string").map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(untagged).toEqual([]);
  });

  const tagged = pleoOperations.filter((o) => typeof o.operation["x-pleo-source"] === "string");

  it("serves every operation Pleo publishes (neither x-exclude nor deprecated), none of them as 501", () => {
    const files = readdirSync(PLEO_DIR).filter((f) => f.endsWith(".yml"));
    const published = files.flatMap((file) =>
      Object.entries(pleoDoc(file).paths).flatMap(([path, item]) =>
        METHODS.filter((m) => item[m] && !item[m]["x-exclude"] && !item[m].deprecated).map((method) => ({ file, path, method })),
      ),
    );
    expect(published.length).toBeGreaterThan(100);
    // Some operations are in two documents (tags in Gjoll's and in the Tags API's); ours names one of them.
    const sources = (path: string, method: string) => files.filter((file) => pleoDoc(file).paths[path]?.[method] !== undefined);
    const unserved = published.filter(({ path, method }) => {
      const ours = sandbox.paths[path]?.[method];
      return ours === undefined || !sources(path, method).includes(String(ours["x-pleo-source"])) || ours["x-sandbox-unmodelled"] === true;
    });
    expect(unserved.map(({ file, path, method }) => `${file}: ${method.toUpperCase()} ${path}`)).toEqual([]);
  });

  it("leaves unmodelled only operations Pleo keeps out of its public reference (x-exclude)", () => {
    const live = tagged.filter((o) => o.operation["x-sandbox-unmodelled"] === true && !(pleoDoc(String(o.operation["x-pleo-source"])).paths[o.path]?.[o.method] as Json | undefined)?.["x-exclude"]);
    expect(live.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual([]);
  });
  // Without the documents only the test above runs (and fails, saying where to put them).
  describe.each((HAVE_DOCS ? tagged : []).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s", (_name, { path, method, pathItem, operation }) => {
    const file = String(operation["x-pleo-source"]);
    const unsupported = new Set((operation["x-pleo-unsupported-parameters"] as string[] | undefined) ?? []);
    /** Deliberate differences, each named by the path a problem starts with (and listed in the README). */
    const declared = (operation["x-pleo-differences"] as string[] | undefined) ?? [];
    const undeclared = (problems: string[]) => problems.filter((p) => !declared.some((d) => p.startsWith(`${d}:`)));
    const doc = () => pleoDoc(file);
    const theirs = () => doc().paths[path]?.[method] as Json | undefined;

    it(`exists in ${file}`, () => {
      expect(theirs(), `${method.toUpperCase()} ${path} in ${file}`).toBeDefined();
    });

    it("has Pleo's parameters: names, places, required and enums", () => {
      const ours = parameters(sandbox, operation, pathItem).filter((p) => !(p.in === "header" && p.name.startsWith("X-Sandbox-")));
      const pleo = parameters(doc(), theirs()!, doc().paths[path] as Json).filter((p) => !unsupported.has(p.name));
      const describe = (list: Parameter[]) => list.map((p) => `${p.in}:${p.name}${p.required ? "!" : ""}`).sort();
      expect(describe(ours)).toEqual(describe(pleo));
      const enumProblems = ours.flatMap((p) => {
        const match = pleo.find((q) => q.name === p.name && q.in === p.in)!;
        const [a, b] = [resolve(sandbox, p.schema), resolve(doc(), match.schema)];
        const [ea, eb] = isArray(b) ? [resolve(sandbox, a.items).enum, resolve(doc(), b.items).enum] : [a.enum, b.enum];
        return JSON.stringify(sorted(ea)) === JSON.stringify(sorted(eb)) ? [] : [`${p.name}: enum ${sorted(ea)} is not Pleo's ${sorted(eb)}`];
      });
      expect(undeclared(enumProblems), undeclared(enumProblems).join("; ")).toEqual([]);
    });

    it("has Pleo's request body: required fields, enums, no fields Pleo lacks", () => {
      const pleoBody = theirs()!.requestBody;
      expect(operation.requestBody !== undefined, "request body declared alike").toBe(pleoBody !== undefined);
      if (pleoBody === undefined) return;
      const problems = undeclared(compareSchemas(jsonSchemaOf(operation.requestBody, sandbox), jsonSchemaOf(pleoBody, doc()), doc(), "body", "request"));
      expect(problems, problems.join("; ")).toEqual([]);
    });

    it("has Pleo's success responses: status, required fields, no fields Pleo lacks", () => {
      const ourResponses = operation.responses as Json;
      if (operation["x-sandbox-unmodelled"] === true) {
        // Not modelled: it answers 501 instead of any success, so there is no body to compare.
        expect(Object.keys(ourResponses).filter((s) => /^2/.test(s) || s === "501")).toEqual(["501"]);
        return;
      }
      const problems = successes(theirs()!.responses as Json).flatMap((status) => {
        const ourStatus = status === "default" ? successes(ourResponses)[0]! : status;
        if (!(ourStatus in ourResponses)) return [`status ${status} is not declared`];
        const pleoSchema = jsonSchemaOf((theirs()!.responses as Json)[status], doc());
        const ourSchema = jsonSchemaOf(ourResponses[ourStatus], sandbox);
        if ((pleoSchema === undefined) !== (ourSchema === undefined)) return [`${status}: one side has a body, the other not`];
        return pleoSchema === undefined ? [] : compareSchemas(ourSchema, pleoSchema, doc(), `${status}`, "response");
      });
      expect(undeclared(problems), undeclared(problems).join("; ")).toEqual([]);
    });
  });
});
