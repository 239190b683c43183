/**
 * The hand-written docs cannot drift from the code silently. The reference (docs/reference.md) is
 * generated and checked in test/generated.test.ts; this file checks the rest:
 * - docs/differences.md names (in backticks) only operations, scenario ids, reasons and other names
 *   the code has;
 * - no ready-made key's secret is copied by hand, except the one the README's Quick start shows,
 *   which must be the fixtures' `full-access` key;
 * - the README says how to run the tests (`npm test`: CI runs the command the README gives);
 * - every `METHOD /path` the README and the guides name is served, and their relative links resolve.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scenarios } from "../mock-server/core/scenarios/scenarios.ts";
import { routeTable } from "../mock-server/openapi/routes.ts";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** Links to these may point at files another change adds; once a file exists, its links are checked like any other. */
const MAY_NOT_EXIST_YET = new Set(["docs/using-the-package.md"]);

const readme = read("README.md");
const differences = read("docs/differences.md");
/** Hand-written Markdown: the README and every docs/*.md except the generated reference. */
const handWritten = [
  "README.md",
  ...readdirSync(new URL("docs/", root)).filter((f) => f.endsWith(".md") && f !== "reference.md").sort().map((f) => `docs/${f}`),
];
const world = JSON.parse(read("fixtures/world.json")) as { readyMadeKeys: { slug: string; secret: string }[] };

/** The text of a Markdown file without its fenced code blocks. */
const prose = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
/** Every inline code span of a Markdown file (outside fenced blocks). */
const spans = (markdown: string) => [...prose(markdown).matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2]!.trim());
/** A `## Heading` section of a Markdown file, up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

// Names the contract has besides operations and reasons: parameter and property names, enum values.
const spec = parse(read("mock-server/openapi/sandbox.yaml")) as { components: { schemas: { SandboxReason: { enum: string[] } } } };
const specNames = new Set<string>();
(function collect(node: unknown, key?: string): void {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, key));
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "SandboxReason") continue; // reasons are checked against the enum alone
    specNames.add(k);
    if (k === "name" && typeof v === "string") specNames.add(v);
    if (k === "enum" && Array.isArray(v)) for (const e of v) specNames.add(String(e));
    if (k === "const" && typeof v === "string") specNames.add(v);
    if (k.startsWith("x-pleo-") && Array.isArray(v)) for (const e of v) specNames.add(String(e));
    collect(v, k);
  }
})(spec);
// Everything the sandbox's sources say, for names the contract does not model (headers, error types).
const sourceText = (function gather(dir: URL): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? gather(new URL(`${e.name}/`, dir)) : e.name.endsWith(".ts") ? readFileSync(new URL(e.name, dir), "utf8") : ""))
    .join("\n");
})(new URL("mock-server/", root));
const inSources = (word: string) => new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(sourceText);

/**
 * Names differences.md gives because the sandbox deliberately lacks them (Pleo has them). They must
 * stay absent: once the code has one, the page is out of date.
 */
const PLEO_ONLY = new Set<string>([]);

const operationIds = new Set<string>(routeTable.map((r) => r.operationId));
const scenarioIds = new Set(scenarios.map((s) => s.id));
const reasons = new Set<string>(spec.components.schemas.SandboxReason.enum);
const METHOD = /^(GET|PUT|POST|DELETE|PATCH) (\/\S*)/;

/** Whether `METHOD /path` (query string and anything after the path ignored) is an operation the sandbox serves. */
function isServed(span: string): boolean {
  const [, method, path] = METHOD.exec(span)!;
  return routeTable.some((r) => r.method === method && r.path === path!.replace(/\?.*$/, ""));
}

/** Why a backticked name of docs/differences.md is unknown to the code, or undefined when it is known. */
function unknownName(span: string): string | undefined {
  if (PLEO_ONLY.has(span)) return specNames.has(span) || inSources(span) ? "listed as missing from the sandbox, but the code has it now" : undefined;
  if (METHOD.test(span)) return isServed(span) ? undefined : "an operation the sandbox does not serve";
  if (/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(span)) return operationIds.has(span) || specNames.has(span) ? undefined : "neither an operationId nor a name in sandbox.yaml";
  if (/^[a-z]+(_[a-z]+)+$/.test(span)) return reasons.has(span) || specNames.has(span) ? undefined : "neither a SandboxReason nor a name in sandbox.yaml";
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(span)) return scenarioIds.has(span) || specNames.has(span) || inSources(span) ? undefined : "neither a scenario id nor a name the code uses";
  if (/^[A-Z]+(_[A-Z]+)*$/.test(span) && !METHOD.test(`${span} /`)) return specNames.has(span) || inSources(span) ? undefined : "a type or value the code never uses";
  return undefined; // prose, formats and examples (`v1,<base64>`, `https://…`) are not names
}

describe("docs/differences.md", () => {
  const names = [...new Set(spans(differences))];

  it("names in backticks only operations, scenario ids, reasons and other names the code has", () => {
    const unknown = names.flatMap((n) => (unknownName(n) ? [`\`${n}\`: ${unknownName(n)}`] : []));
    expect(unknown).toEqual([]);
  });

  it("is checked against the code at all: it names reasons and served operations", () => {
    expect(names.filter((n) => reasons.has(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => METHOD.test(n)).length).toBeGreaterThan(0);
  });
});

describe("ready-made keys' secrets", () => {
  const secrets = world.readyMadeKeys.map((k) => k.secret);
  const fullAccess = world.readyMadeKeys.find((k) => k.slug === "full-access")!.secret;

  it("the README's Quick start shows one, the fixtures' full-access key", () => {
    const quickStart = section(readme, "Quick start");
    expect(quickStart).toContain(`-u '${fullAccess}:'`);
    expect(secrets.filter((s) => quickStart.includes(s))).toEqual([fullAccess]);
  });

  it.each(handWritten)("%s copies no other secret by hand (the reference lists them)", (file) => {
    const text = file === "README.md" ? readme.replace(section(readme, "Quick start"), "") : read(file);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });
});

describe("the README", () => {
  it("tells how to run the tests: `npm test`", () => {
    expect(section(readme, "Quick start")).toMatch(/^npm test\b/m);
  });

  it("is the front door: quick start, the three ways in, then the reference", () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Quick start", "Explore with curl", "Test in CI", "Read the guide", "Reference", "Development"]);
  });
});

describe.each(handWritten)("%s", (file) => {
  const text = read(file);

  it("names only operations the sandbox serves", () => {
    const spansWithMethods = spans(text).filter((s) => METHOD.test(s));
    expect(spansWithMethods.filter((s) => !isServed(s))).toEqual([]);
  });

  it("links only to files (and headings) that exist", () => {
    const here = new URL(file, root);
    const broken = [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/.test(href))
      .filter((href) => {
        const [path, anchor] = href.split("#") as [string, string | undefined];
        const target = path ? new URL(path, here) : here;
        const relative = target.href.slice(root.href.length);
        if (!existsSync(target)) return !MAY_NOT_EXIST_YET.has(relative);
        if (!anchor || !relative.endsWith(".md")) return false;
        return !headingSlugs(readFileSync(target, "utf8")).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});

/** The anchors GitHub gives a Markdown file's headings. */
function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    let slug = heading!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
    for (let n = 1; slugs.has(slug); n++) slug = `${slug.replace(/-\d+$/, "")}-${n}`;
    slugs.add(slug);
  }
  return slugs;
}
