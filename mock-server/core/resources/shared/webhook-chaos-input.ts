/** The `chaos` of one event (test trigger, resend): how its delivery misbehaves. */
import { z } from "zod";
import { webhookChaosModeValues } from "../../../openapi/types.ts";
import { enumOf } from "../../http/enum-of.ts";

export const webhookChaosFields = {
  mode: enumOf(webhookChaosModeValues),
  delaySeconds: z.number().int().min(1).max(86_400).optional(),
  attempts: z.number().int().min(1).max(10).optional(),
};

export const webhookChaosSpec = z.object(webhookChaosFields).strict();
