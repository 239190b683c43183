/**
 * An export job's items: `GET /v3/export-jobs/{jobId}/items` (export-jobs:read) and
 * `PUT /v3/export-jobs/{jobId}/items` (export-jobs:write), where the integration reports each
 * entry's result, at most 100 per call. Per-item problems come back inside a 200, as Pleo does.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { syncEntry } from "./export-lifecycle.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { exportJobItemFailureReasonTypeValues, exportJobItemStatusValues, type ExportJob, type ExportJobItem, type Schemas } from "../../../openapi/types.ts";
import { echoParameters } from "../../http/query.ts";
import { visibleJob } from "./export-jobs.ts";
import { enumOf } from "../../http/enum-of.ts";


/** Pleo has no documented limit on this list; the sandbox pages it like every other (default 20, at most 100). */
export const jobItemsQuery = pagedQuery({ status: enumOf(exportJobItemStatusValues).optional() }, ["accountingEntryId", "status", "exportedAt"]);

export function listJobItems(ctx: OperationContext<z.infer<typeof jobItemsQuery>>): SandboxResponse | ApiError {
  const job = visibleJob(ctx, ctx.params.jobId ?? "");
  if ("reason" in job) return job;
  const items = ctx.world.exportJobItems.filter((i) => i.exportJobId === job.id && (ctx.query.status === undefined || i.status === ctx.query.status));
  return json(200, paginate(items, ctx.query, echoParameters(ctx.query, ["status"])));
}

/** Pleo's `UpdateExportJobItemV3`; the array's length is checked by the operation (413, not 400). */
export const updateItemsBody = z.array(
  z.object({
    accountingEntryId: z.uuid(),
    status: enumOf(exportJobItemStatusValues),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    externalId: z.string().optional(),
    externalUrl: z.string().optional(),
    failureReason: z.string().optional(),
    failureReasonType: enumOf(exportJobItemFailureReasonTypeValues).optional(),
  }),
);
type ItemUpdate = z.infer<typeof updateItemsBody>[number];

export const MAX_ITEM_UPDATES = 100;

/** Why the job takes no item updates now, or nothing. */
function refuseUpdates(job: ExportJob): ApiError | undefined {
  if (job.failureReasonType === "job_expired") {
    return errors.exportJobExpired("EXPORT_JOB_STATUS_UNPROCESSABLE", job.id, job.expiredAt!, job.lastUpdatedAt ?? job.createdAt);
  }
  if (job.status === "pending") return errors.exportJobNotStarted(job.id);
  if (job.status !== "in_progress") return errors.exportJobFinished(job.id, job.status);
  return undefined;
}

export function updateJobItems(ctx: OperationContext<undefined, ItemUpdate[]>): SandboxResponse | ApiError {
  const world = ctx.sandbox.state.world;
  const job = visibleJob({ ...ctx, world }, ctx.params.jobId ?? "");
  if ("reason" in job) return job;
  if (ctx.body.length > MAX_ITEM_UPDATES) return errors.exportItemsLimit(ctx.body.length);
  const refused = refuseUpdates(job);
  if (refused) return refused;

  const at = isoSeconds(ctx.now);
  const data: ExportJobItem[] = [];
  const problems: Schemas["ExportJobItemUpdateError"][] = [];
  for (const update of ctx.body) {
    const item = world.exportJobItems.find((i) => i.exportJobId === job.id && i.accountingEntryId === update.accountingEntryId);
    if (!item) {
      problems.push({
        accountingEntryId: update.accountingEntryId, type: "ACCOUNTING_ENTRY_DOES_NOT_EXIST",
        message: `Accounting entry ${update.accountingEntryId} is not in export job ${job.id}; GET /v3/export-jobs/${job.id}/items lists its entries.`,
      });
      continue;
    }
    Object.assign(item, {
      ...update,
      ...(update.status === "successful" && { exportedAt: update.exportedAt ? isoSeconds(new Date(update.exportedAt)) : at }),
    });
    syncEntry(world, item, true);
    data.push(item);
  }
  job.lastUpdatedAt = at;
  return json(200, { data, errors: problems });
}
