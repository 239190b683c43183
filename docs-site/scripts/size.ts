/// <reference types="node" />
/**
 * `npm run docs:size` (run by `npm run docs:build`): what JavaScript each built page loads before a
 * reader touches anything, gzipped, and what it fetches only on first use. Fails when a page
 * loads more than the budget before interaction, or when a page without an interactive piece
 * loads any of the sandbox's code.
 *
 * "Before interaction" counts every module script, what it imports statically, every inline
 * script, and every chunk those import dynamically (Starlight's search UI loads when the browser
 * is idle) except the in-page sandbox, which is fetched on a reader's first use of a widget.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 100 * 1024;
const DIST = resolve(process.argv[2] ?? new URL("../dist", import.meta.url).pathname);
/** Chunks that exist only for the sandbox, fetched on first use. */
const ON_FIRST_USE = /\/in-page-sandbox\.[\w-]+\.js$/;
/** The widgets' own code: never on a page without a widget. */
const WIDGET_CODE = /\/(send|in-page-sandbox)\.[\w-]+\.js$/;

const gzipped = new Map<string, number>();
const gz = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
  return gzipped.get(file)!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The files a module imports: static (`import … from "./x.js"`, `import "./x.js"`) and dynamic. */
function importsOf(file: string): { statics: string[]; dynamics: string[] } {
  const code = readFileSync(file, "utf8");
  const near = (spec: string) => resolve(file, "..", spec);
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => near(m[1]!));
  const dynamics = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)].map((m) => near(m[1]!));
  return { statics, dynamics };
}

/** Every file `entries` load, following static imports; dynamic imports are collected apart. */
function graph(entries: string[]): { loaded: Set<string>; dynamic: Set<string> } {
  const loaded = new Set<string>();
  const dynamic = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const { statics, dynamics } = importsOf(file);
    statics.forEach(visit);
    dynamics.forEach((d) => dynamic.add(d));
  };
  entries.forEach(visit);
  return { loaded, dynamic };
}

export interface PageWeight {
  page: string;
  interactive: boolean;
  /** Gzipped bytes of JavaScript before interaction. */
  beforeInteraction: number;
  files: string[];
  /** Gzipped bytes fetched on a reader's first use (the sandbox). */
  onFirstUse: number;
  problems: string[];
}

/** Weighs one built page. */
export function weigh(htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, "utf8");
  const page = `/${relative(DIST, htmlFile).replace(/index\.html$/, "")}`;
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)].map((m) => join(DIST, m[1]!));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((code) => code.trim() !== "");
  const eager = graph(srcs);
  // Chunks loaded dynamically without a reader's action (e.g. the search UI on idle) still count.
  const idle = graph([...eager.dynamic].filter((f) => !ON_FIRST_USE.test(f) && !eager.loaded.has(f)));
  const before = new Set([...eager.loaded, ...idle.loaded]);
  const firstUse = graph([...eager.dynamic, ...idle.dynamic].filter((f) => ON_FIRST_USE.test(f)));
  const beforeInteraction = [...before].reduce((sum, f) => sum + gz(f), 0) + inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  const onFirstUse = [...firstUse.loaded].filter((f) => !before.has(f)).reduce((sum, f) => sum + gz(f), 0);
  const interactive = /<pleo-[a-z-]+[\s>]/.test(html);
  const problems: string[] = [];
  if (beforeInteraction > BUDGET_BYTES) problems.push(`${page} loads ${kb(beforeInteraction)} of JavaScript before interaction; the budget is ${kb(BUDGET_BYTES)}.`);
  const widgetCode = [...before].filter((f) => WIDGET_CODE.test(f));
  if (!interactive && widgetCode.length > 0) problems.push(`${page} has no interactive piece but loads ${widgetCode.map((f) => relative(DIST, f)).join(", ")}.`);
  if ([...before].some((f) => ON_FIRST_USE.test(f))) problems.push(`${page} loads the sandbox before interaction.`);
  return { page, interactive, beforeInteraction, files: [...before].map((f) => relative(DIST, f)), onFirstUse, problems };
}

function main(): void {
  const pages = htmlFiles(DIST).sort().map(weigh);
  if (pages.length === 0) throw new Error(`No pages in ${DIST}: run npm run docs:build first.`);
  const world = readdirSync(join(DIST, "sandbox")).map((f) => statSync(join(DIST, "sandbox", f)).size).reduce((a, b) => a + b, 0);
  const width = Math.max(...pages.map((p) => p.page.length));
  console.log(`JavaScript per page, gzipped (budget before interaction: ${kb(BUDGET_BYTES)})\n`);
  console.log(`${"page".padEnd(width)}  before interaction  on first use`);
  for (const p of pages) {
    const later = p.interactive ? `${kb(p.onFirstUse)} + world ${kb(world)}` : "nothing";
    console.log(`${p.page.padEnd(width)}  ${kb(p.beforeInteraction).padStart(18)}  ${later}`);
  }
  const problems = pages.flatMap((p) => p.problems);
  if (problems.length > 0) {
    console.error(`\n${problems.join("\n")}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
