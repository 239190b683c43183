/**
 * An export job's items as Export v2 serves them: `GET /v2/export-jobs/{jobId}/items`
 * (export-jobs:read) and `PUT /v2/export-jobs/{jobId}/items` (export-jobs:write). The results are
 * recorded by the same rules as v3's (export-item-results.ts); v2 takes and shows only its own
 * failure reasons.
 */
import { recordItemResults } from "../export/export-item-results.ts";
import { itemUpdatesBody, jobItemsQuery, refuseTooManyUpdates } from "../export/export-job-items.ts";
import { visibleJob } from "../export/visible-job.ts";
import { json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import { echoParameters } from "../../http/query.ts";
import { operation } from "../../pipeline/operation.ts";
import { exportJobItemFailureReasonTypeV2Values } from "../../../openapi/types.ts";
import { refuseMultiCurrency, toJobItemV2 } from "./v2-view.ts";


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


/** 404 for a job the key cannot see, then 413 for too many updates, then 422 unless the job is in_progress. */
export const updateJobItemsV2 = operation("updateExportJobItemsV2", {
  body: itemUpdatesBody(exportJobItemFailureReasonTypeV2Values),
  run: (ctx) => {
    const { world } = ctx;
    const job = visibleJob(ctx, ctx.params.jobId);
    refuseMultiCurrency(world, [job.companyId]);
    refuseTooManyUpdates(ctx.body.length);
    const result = recordItemResults(world, job, ctx.body, ctx.now);
    return json(200, { data: result.data.map(toJobItemV2), errors: result.errors });
  },
});
