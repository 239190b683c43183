/**
 * Renders mock-server/openapi/contract.ts: sandbox.yaml as the core serves it at /openapi.yaml and
 * /openapi.json. The core reads no files, so the document travels as text: the YAML split around
 * its top-level `servers:` block (the core puts this instance's address there) and the JSON.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

const HEADER = "/* eslint-disable */\n// Generated from sandbox.yaml by `npm run generate`. Do not edit by hand.\n\n";

/** The text contract.ts should hold for the sandbox.yaml at `specUrl`. */
export async function renderContract(specUrl: URL): Promise<string> {
  const text = await readFile(specUrl, "utf8");
  // The top-level `servers:` key and its indented (or blank) lines, up to the next top-level key.
  const blocks = [...text.matchAll(/^servers:[^\n]*\n(?:(?:[ \t][^\n]*)?\n)*/gm)];
  if (blocks.length !== 1) throw new Error(`sandbox.yaml must have exactly one top-level servers: block; found ${blocks.length}`);
  const block = blocks[0]!;
  const trailingBlank = /\n*$/.exec(block[0])![0].length - 1;
  const head = text.slice(0, block.index);
  const tail = "\n".repeat(trailingBlank) + text.slice(block.index + block[0].length);
  const document = parse(text) as Record<string, unknown>;
  return (
    HEADER +
    `/** sandbox.yaml up to its top-level \`servers:\` block. */\nexport const contractYamlHead = ${literal(head)};\n\n` +
    `/** sandbox.yaml after its top-level \`servers:\` block. */\nexport const contractYamlTail = ${literal(tail)};\n\n` +
    `/** sandbox.yaml as JSON. */\nexport const contractJson = ${literal(JSON.stringify(document, null, 2) + "\n")};\n`
  );
}

/** A template literal holding `text` line by line, so diffs of the generated file stay readable. */
function literal(text: string): string {
  return "`" + text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}
