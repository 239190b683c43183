/** What the tag-group dimension and dimension-value routes accept, checked with zod. */
import { z } from "zod";
import type { Schemas } from "../../../openapi/types.ts";

const code = z.string().min(1, "must not be empty: it is the dimension's id in the ERP");

export const dimensionCreateBody = z.object({
  code,
  name: z.string(),
  visible: z.boolean(),
  displayOrder: z.int32().nullish(), // deprecated by Pleo: a new dimension always comes last
}) satisfies z.ZodType<Schemas["TagGroupDimensionCreateRequest"]>;
export type DimensionCreateBody = z.infer<typeof dimensionCreateBody>;

export const dimensionUpdateBody = z.object({
  code,
  name: z.string(),
  visible: z.boolean(),
  displayOrder: z.int32(),
}) satisfies z.ZodType<Schemas["TagGroupDimensionUpdateRequest"]>;
export type DimensionUpdateBody = z.infer<typeof dimensionUpdateBody>;

export const dimensionValueBody = z.object({ value: z.string() }) satisfies z.ZodType<Schemas["TagDimensionValueRequest"]>;
export type DimensionValueBody = z.infer<typeof dimensionValueBody>;
