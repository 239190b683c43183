/**
 * A free-form `metadata` object as the sandbox stores it: any JSON object, within
 * LIMITS.metadataBytes and LIMITS.metadataDepth, so what is stored can always be served back.
 */
import { z } from "zod";
import { jsonLimitProblem } from "../../http/json-limits.ts";
import { LIMITS } from "../../http/limits.ts";

/** Why a metadata object is too big to keep, or undefined when it fits. */
export function metadataProblem(value: Record<string, unknown>): string | undefined {
  const shape = jsonLimitProblem(value, { depth: LIMITS.metadataDepth, arrayItems: LIMITS.arrayItems, objectKeys: LIMITS.objectKeys, stringChars: LIMITS.stringChars });
  if (shape !== undefined) return shape;
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  return bytes > LIMITS.metadataBytes ? `is ${bytes} bytes as JSON; at most ${LIMITS.metadataBytes} are kept` : undefined;
}

/** A zod refinement refusing metadata over the limits, for any metadata schema. */
export function withinMetadataLimits(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const problem = metadataProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
}

/** Any JSON object that fits the metadata limits. */
export const boundedMetadata = z.record(z.string(), z.unknown()).superRefine(withinMetadataLimits);
