/**
 * `GET /v2/export-items?job_id=` (scope export-items:read): the entries of a running export job as
 * Export v2 items, page by page: v3's items of the same entries in v2's shape (v2-view.ts). Only
 * pending and in_progress jobs give items (422 otherwise); v2 checks no contra accounts.
 */
import { z } from "zod";
import { openJobOf, requireItemsReadable, settleExpiredJobs } from "../export/export-lifecycle.ts";
import { toExportItem } from "../export/export-item.ts";
import { visibleJob } from "../export/visible-job.ts";
import { json } from "../../http/http.ts";
import { pagedQuery } from "../../http/pagination.ts";
import { paginateBuilt } from "../../http/built-page.ts";
import type { WorldEntry } from "../../world/accounting-world.ts";
import { jobEntries } from "../export/job-entries.ts";
import { echoParameters } from "../../http/query.ts";
import { operation, type OperationContext } from "../../pipeline/operation.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import type { ExportJob } from "../../../openapi/types.ts";
import { refuseMultiCurrency, toExportItemV2 } from "./v2-view.ts";

const exportItemsQuery = pagedQuery({ job_id: z.uuid().optional() });

/** With `job_id`, that job; without, the company's open job, or an empty page if none. Items keep the job's order. */
export const listExportItemsV2 = operation("getExportItemsV2", {
  query: exportItemsQuery,
  run: async (ctx) => {
    const { world, query, now } = ctx;
    const job = jobToExport(ctx);
    // Only the page is built, unless a sort names a field of the built items (http/built-page.ts).
    const build = async (entry: WorldEntry) => toExportItemV2(await toExportItem(world, entry, now));
    return json(200, await paginateBuilt(jobEntries(world, job), build, query, echoParameters(query, ["job_id"])));
  },
});

/** The job whose items to give: the one named (404 if unseen, 422 unless open), else the open one, if any. */
function jobToExport(ctx: OperationContext<"getExportItemsV2", z.infer<typeof exportItemsQuery>, never>): ExportJob | undefined {
  const { world, access, query, now } = ctx;
  settleExpiredJobs(world, now);
  if (query.job_id === undefined) {
    requireExplicitTarget({ access }, query, ["job_id"]);
    refuseMultiCurrency(world, access.companyIds);
    return openJobOf(world, access.companyIds);
  }
  const job = visibleJob(ctx, query.job_id);
  refuseMultiCurrency(world, [job.companyId]);
  requireItemsReadable(job);
  return job;
}
