/**
 * An export job's items as Export v2 serves them: `GET /v2/export-jobs/{jobId}/items`
 * (export-jobs:read) and `PUT /v2/export-jobs/{jobId}/items` (export-jobs:write). The results are
 * recorded by the same rules as v3's (export-item-results.ts); v2 takes and shows only its own
 * failure reasons.
 */
import { z } from "zod";
import { recordItemResults } from "../export/export-item-results.ts";
import { visibleJob } from "../export/visible-job.ts";
import { errors } from "../../http/errors.ts";
import { enumOf } from "../../http/enum-of.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { echoParameters } from "../../http/query.ts";
import { operation } from "../../pipeline/operation.ts";
import { exportJobItemFailureReasonTypeV2Values, exportJobItemStatusValues } from "../../../openapi/types.ts";
import { refuseMultiCurrency, toJobItemV2 } from "./v2-view.ts";

const jobItemsQuery = pagedQuery({ status: enumOf(exportJobItemStatusValues).optional() });

/** The items of a job the key can see, in the job's order, optionally only those in one status. */
export const listJobItemsV2 = operation("getExportJobItemsV2", {
  query: jobItemsQuery,
  run: (ctx) => {
    const { world, query } = ctx;
    const job = visibleJob(ctx, ctx.params.jobId);
    refuseMultiCurrency(world, [job.companyId]);
    const items = world.exportJobItems.filter((i) => i.exportJobId === job.id && (query.status === undefined || i.status === query.status)).map(toJobItemV2);
    return json(200, paginate(items, query, echoParameters(query, ["status"])));
  },
});

/** Pleo's `UpdateExportJobItem` (v2); the array's length is checked by the operation (413, not 400). */
const updateItemsBody = z.array(
  z.object({
    accountingEntryId: z.uuid(),
    status: enumOf(exportJobItemStatusValues),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    externalId: z.string().optional(),
    externalUrl: z.string().optional(),
    failureReason: z.string().optional(),
    failureReasonType: enumOf(exportJobItemFailureReasonTypeV2Values).optional(),
  }),
);

const MAX_ITEM_UPDATES = 100;

/** 404 for a job the key cannot see, then 413 for too many updates, then 422 unless the job is in_progress. */
export const updateJobItemsV2 = operation("updateExportJobItemsV2", {
  body: updateItemsBody,
  run: (ctx) => {
    const { world } = ctx;
    const job = visibleJob(ctx, ctx.params.jobId);
    refuseMultiCurrency(world, [job.companyId]);
    if (ctx.body.length > MAX_ITEM_UPDATES) throw errors.exportItemsLimit(ctx.body.length);
    const result = recordItemResults(world, job, ctx.body, ctx.now);
    return json(200, { data: result.data.map(toJobItemV2), errors: result.errors });
  },
});
