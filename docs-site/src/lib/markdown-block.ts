/**
 * The first fenced code block under a heading of a Markdown document: how the guide shows text
 * that docs/*.md holds (and tests run), without a second copy that could drift.
 */
export function codeBlockUnder(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`No heading "${heading}" in the document.`);
  const fence = /\n```[a-z]*\n([\s\S]*?)\n```\n/.exec(markdown.slice(start));
  if (!fence) throw new Error(`No code block under "${heading}".`);
  return fence[1]!;
}
