/** What the error builders answer, by reason: statuses and Pleo types, read from the builders and their callers. */
import { readdir, readFile } from "node:fs/promises";
import { errors, type ApiError } from "../../mock-server/core/http/errors.ts";
import { oauthErrors } from "../../mock-server/core/http/refusals/oauth.ts";

const sourceUrl = new URL("../../mock-server/", import.meta.url);

/**
 * Status and `type` per reason, from every builder in `errors`. A builder whose `type` is an argument
 * (e.g. notFound) contributes the literal types the sources pass it (`errors.notFound("TAG_NOT_FOUND", …)`).
 */
export async function refusalsByReason(): Promise<Map<string, { statuses: Set<number>; types: Set<string> }>> {
  const passed = await typesPassedToBuilders();
  const byReason = new Map<string, { statuses: Set<number>; types: Set<string> }>();
  for (const [name, build] of Object.entries({ ...errors, ...oauthErrors })) {
    const err = (build as (...args: unknown[]) => ApiError)([], [], [], [], []);
    const entry = byReason.get(err.reason) ?? { statuses: new Set<number>(), types: new Set<string>() };
    entry.statuses.add(err.status);
    for (const type of typeof err.type === "string" ? [err.type] : passed.get(name) ?? []) entry.types.add(type);
    byReason.set(err.reason, entry);
  }
  return byReason;
}

/**
 * The literal types handed to builders that take their `type` as an argument: from the builder's own
 * signature in core/http/refusals/ when it is a union of literals (`(type: "A" | "B", …) =>`), and from every
 * call in the sources that passes one (`errors.notFound("TAG_NOT_FOUND", …)`).
 */
async function typesPassedToBuilders(): Promise<Map<string, string[]>> {
  const files = (await readdir(sourceUrl, { recursive: true })).filter((f) => f.endsWith(".ts")).sort();
  const found = new Map<string, Set<string>>();
  const add = (builder: string, types: string[]) => found.set(builder, new Set([...(found.get(builder) ?? []), ...types]));
  for (const file of files) {
    const text = await readFile(new URL(file, sourceUrl), "utf8");
    for (const [, builder, type] of text.matchAll(/errors\.(\w+)\(\s*"([A-Z][A-Z0-9_]*)"/g)) add(builder!, [type!]);
    if (file.replace(/\\/g, "/").startsWith("core/http/refusals/")) {
      for (const [, builder, union] of text.matchAll(/^\s*(\w+): \(type: ((?:"[A-Z][A-Z0-9_]*"(?: \| )?)+)/gm)) {
        add(builder!, [...union!.matchAll(/"([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]!));
      }
    }
  }
  return new Map([...found].map(([builder, types]) => [builder, [...types].sort()]));
}
