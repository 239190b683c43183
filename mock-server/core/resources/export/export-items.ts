/**
 * `GET /v3/export-items?job_id=` (scope export-items:read): the entries of a running export job, as
 * export items, page by page. Only pending and in_progress jobs give items (422 otherwise).
 */
import { z } from "zod";
import { errors, type ApiError } from "../../http/errors.ts";
import { isOpen, settleExpiredJobs } from "./export-lifecycle.ts";
import { toExportItem } from "./export-item.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { echoParameters } from "../../http/query.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import { visibleJob } from "./export-jobs.ts";

export const exportItemsQuery = pagedQuery({ job_id: z.uuid().optional() }, ["accountingEntryId", "date"]);

/**
 * With `job_id`, that job; without, the company's open job (the oldest), or an empty page if none.
 * Items keep the job's order, so paging is stable while the integration updates them.
 */
export async function listExportItems(ctx: OperationContext<z.infer<typeof exportItemsQuery>>): Promise<SandboxResponse | ApiError> {
  const { world, access, query, now } = ctx;
  settleExpiredJobs(world, now);
  let jobId = query.job_id;
  if (jobId === undefined) {
    requireExplicitTarget({ access: access }, query, ["job_id"]);
    jobId = world.exportJobs.find((j) => access.companyIds.includes(j.companyId) && isOpen(j))?.id;
  }
  const entryIds: string[] = [];
  if (jobId !== undefined) {
    const job = visibleJob(ctx, jobId);
    if ("reason" in job) return job;
    if (job.failureReasonType === "job_expired") {
      return errors.exportJobExpired("EXPORT_JOB_STATUS_UNPROCESSABLE", job.id, job.expiredAt!, job.lastUpdatedAt ?? job.createdAt);
    }
    if (!isOpen(job)) return errors.exportJobFinished(job.id, job.status);
    entryIds.push(...world.exportJobItems.filter((i) => i.exportJobId === job.id).map((i) => i.accountingEntryId));
  }
  const entries = entryIds.flatMap((id) => world.accountingEntries.filter((e) => e.id === id));
  const page = paginate(entries.map((e) => ({ ...e, date: e.bookkeepingDate ?? e.performedAt, accountingEntryId: e.id })), query, echoParameters(query, ["job_id"]));
  const data = await Promise.all(page.data.map(({ date: _date, accountingEntryId: _id, ...entry }) => toExportItem(world, entry, now)));
  return json(200, { ...page, data });
}
