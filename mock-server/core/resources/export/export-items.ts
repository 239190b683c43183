/**
 * `GET /v3/export-items?job_id=` (scope export-items:read): the entries of a running export job, as
 * export items, page by page. Only pending and in_progress jobs give items (422 otherwise), and only
 * once the company's wallets have contra accounts (400). The rules are in export-lifecycle.ts and
 * contra-accounts.ts; this module translates HTTP.
 */
import { z } from "zod";
import { openJobOf, requireItemsReadable, settleExpiredJobs } from "./export-lifecycle.ts";
import { toExportItem } from "./export-item.ts";
import { json } from "../../http/http.ts";
import { pagedQuery } from "../../http/pagination.ts";
import { paginateBuilt } from "../../http/built-page.ts";
import { jobEntries } from "./job-entries.ts";
import { operation, type OperationContext } from "../../pipeline/operation.ts";
import type { ExportJob } from "../../../openapi/types.ts";
import { echoParameters } from "../../http/query.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import { requireContraAccounts } from "./contra-accounts.ts";
import { visibleJob } from "./visible-job.ts";

const exportItemsQuery = pagedQuery({ job_id: z.uuid().optional() });

/**
 * With `job_id`, that job; without, the company's open job (the oldest), or an empty page if none.
 * Items keep the job's order, so paging is stable while the integration updates them.
 */
export const listExportItems = operation("getExportItemsV3", {
  query: exportItemsQuery,
  run: async (ctx) => {
    const { world, query, now } = ctx;
    const job = jobToExport(ctx);
    // Only the page is built, unless a sort names a field of the built items (http/built-page.ts).
    const page = await paginateBuilt(jobEntries(world, job), (entry) => toExportItem(world, entry, now), query, echoParameters(query, ["job_id"]));
    return json(200, page);
  },
});

/**
 * The job whose items to give: the one named (404 if unseen, 422 unless open), else the open one, if
 * any; 400 when its company has a wallet without a contra account.
 */
function jobToExport(ctx: OperationContext<"getExportItemsV3", z.infer<typeof exportItemsQuery>, never>): ExportJob | undefined {
  const { world, access, query, now } = ctx;
  settleExpiredJobs(world, now);
  if (query.job_id === undefined) {
    requireExplicitTarget({ access }, query, ["job_id"]);
    const open = openJobOf(world, access.companyIds);
    if (open) requireContraAccounts(world, [open.companyId]);
    return open;
  }
  const job = visibleJob(ctx, query.job_id);
  requireContraAccounts(world, [job.companyId]);
  requireItemsReadable(job);
  return job;
}
