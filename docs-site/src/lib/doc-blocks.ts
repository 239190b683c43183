/**
 * Code blocks of a page in docs/, as the guide shows them: the page holds the text (and the tests
 * run it), the guide reads it at build time instead of keeping a copy that could drift.
 */

/**
 * The ````language` blocks under `heading` (written with its hashes, e.g. "### GitLab CI"), up to
 * the next heading of the same or a higher level; throws when there is no such heading or block.
 */
export function codeBlocks(markdown: string, heading: string, language: string): string[] {
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  if (level === 0 || start < 0) throw new Error(`No "${heading}" section in the page.`);
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  const section = lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm");
  const blocks = [...section.matchAll(fence)].map((m) => m[1]!.replace(/\n$/, ""));
  if (blocks.length === 0) throw new Error(`No ${language} block under "${heading}".`);
  return blocks;
}

/** The terminal lines under `## heading` (its subsections included): what the console tests run. */
export const consoleBlocks = (markdown: string, heading: string): string[] => codeBlocks(markdown, `## ${heading}`, "console");
