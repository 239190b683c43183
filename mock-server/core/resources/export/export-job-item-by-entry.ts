/**
 * `GET /v3/export-job-items?accounting_entry_id=` (scope export-jobs:read): the export job item of
 * one accounting entry, from the newest job that holds it. An entry can be in several jobs (a failed
 * export is retried in a new one); the newest says where the entry stands.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { operation } from "../../pipeline/operation.ts";
import { settleExpiredJobs } from "./export-lifecycle.ts";

const itemByEntryQuery = z.object({
  company_id: z.uuid().optional(),
  accounting_entry_id: z.uuid({ error: "is required: the accounting entry whose export job item to get" }),
});

/** The item of the entry in the newest job of a company the request may see; 404 when no job holds it. */
export const getJobItemByEntry = operation("getExportJobItemByAccountingEntryIdV3", {
  query: itemByEntryQuery,
  run: ({ world, access, query, now }) => {
    settleExpiredJobs(world, now);
    const jobs = world.exportJobs
      .filter((j) => access.companyIds.includes(j.companyId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const job of jobs) {
      const item = world.exportJobItems.find((i) => i.exportJobId === job.id && i.accountingEntryId === query.accounting_entry_id);
      if (item) return json(200, { data: item });
    }
    throw errors.exportEntryNotFound(query.accounting_entry_id);
  },
});
