/**
 * An export job's items: `GET /v3/export-jobs/{jobId}/items` (export-jobs:read) and
 * `PUT /v3/export-jobs/{jobId}/items` (export-jobs:write), where the integration reports each
 * entry's result, at most 100 per call. Per-item problems come back inside a 200, as Pleo does.
 * The rules are in export-item-results.ts; this module translates HTTP.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { operation } from "../../pipeline/operation.ts";
import { exportJobItemFailureReasonTypeValues, exportJobItemStatusValues } from "../../../openapi/types.ts";
import { echoParameters } from "../../http/query.ts";
import { enumOf } from "../../http/enum-of.ts";
import { recordItemResults } from "./export-item-results.ts";
import { visibleJob } from "./visible-job.ts";

/** Pleo's document gives `limit` a minimum of 0 and no maximum; the sandbox defaults to 20. */
export const jobItemsQuery = pagedQuery({ status: enumOf(exportJobItemStatusValues).optional() });

/** The items of a job the key can see, in the job's order, optionally only those in one status. */
export const listJobItems = operation("getExportJobItemsV3", {
  query: jobItemsQuery,
  run: (ctx) => {
    const { world, query } = ctx;
    const job = visibleJob(ctx, ctx.params.jobId);
    const items = world.exportJobItems.filter((i) => i.exportJobId === job.id && (query.status === undefined || i.status === query.status));
    return json(200, paginate(items, query, echoParameters(query, ["status"])));
  },
});

/** Pleo's `UpdateExportJobItem` list, with the failure reasons of its API version; the length is checked by the operation (413, not 400). */
export function itemUpdatesBody<R extends string>(failureReasons: readonly R[]) {
  return z.array(
    z.object({
      accountingEntryId: z.uuid(),
      status: enumOf(exportJobItemStatusValues),
      exportedAt: z.iso.datetime({ offset: true }).optional(),
      externalId: z.string().optional(),
      externalUrl: z.string().optional(),
      failureReason: z.string().optional(),
      failureReasonType: enumOf(failureReasons).optional(),
    }),
  );
}

const MAX_ITEM_UPDATES = 100;

/** Pleo takes at most 100 item updates per call: 413 beyond. */
export function refuseTooManyUpdates(count: number): void {
  if (count > MAX_ITEM_UPDATES) throw errors.exportItemsLimit(count);
}

/** 404 for a job the key cannot see, then 413 for too many updates, then 422 unless the job is in_progress. */
export const updateJobItems = operation("updateExportJobItemsV3", {
  body: itemUpdatesBody(exportJobItemFailureReasonTypeValues),
  run: (ctx) => {
    const { world } = ctx;
    const job = visibleJob(ctx, ctx.params.jobId);
    refuseTooManyUpdates(ctx.body.length);
    return json(200, recordItemResults(world, job, ctx.body, ctx.now));
  },
});
