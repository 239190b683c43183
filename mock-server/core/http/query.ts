/** Small pieces query schemas are made of, and the `parameters` echo of Pleo's pagination object. */
import { z } from "zod";

/** A query flag sent as `true` or `false`. */
export const queryFlag = z.enum(["true", "false"]).transform((value) => value === "true");

/** A query parameter that may repeat (`tag_group_id=a&tag_group_id=b`, Pleo's `style: form, explode: true`). */
export const queryList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : [v].flat()), z.array(item).optional());

/** The `parameters` echo of Pleo's pagination object: every named filter that was sent. */
export function echoParameters(query: object, names: readonly string[]): Record<string, string[]> {
  const values = query as Record<string, unknown>;
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = values[name];
      return value === undefined ? [] : [[name, [value].flat().map(String)]];
    }),
  );
}
