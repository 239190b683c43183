/**
 * The terminal lines of a page in docs/: the ```console blocks under one of its `## ` headings
 * (its `###` subsections included). The guide shows them as they are written there, so the curl
 * lines on a guide page are the ones test/docs-make-it-fail.test.ts runs.
 */

/** The console blocks under `## heading` in `markdown`; throws when there is no such heading or block. */
export function consoleBlocks(markdown: string, heading: string): string[] {
  const sections = markdown.split(/^(?=## )/m);
  const section = sections.find((s) => s.startsWith(`## ${heading}\n`));
  if (section === undefined) throw new Error(`No "## ${heading}" section in the page.`);
  const blocks = [...section.matchAll(/^```console\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.replace(/\n$/, ""));
  if (blocks.length === 0) throw new Error(`No console block under "## ${heading}".`);
  return blocks;
}
