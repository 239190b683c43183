/** A zod enum from one of the value lists generated from sandbox.yaml, so every enum exists once. */
import { z } from "zod";

/** `z.enum` over a generated `...Values` list (which openapi-typescript types as a plain readonly array). */
export function enumOf<T extends string>(values: readonly T[], message?: string) {
  return z.enum(values as unknown as [T, ...T[]], message === undefined ? undefined : { message });
}
