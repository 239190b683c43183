/**
 * Export API v3 jobs: list and create (`/v3/export-jobs`), get one, and the job's events
 * (`/v3/export-job-events`). Scopes export-jobs:read and export-jobs:write. The rules are in
 * export-lifecycle.ts; this module translates HTTP.
 */
import { z } from "zod";
import { applyEvent, createExportJob, JOB_DEFAULTS, settleExpiredJobs } from "./export-lifecycle.ts";
import { empty, json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { operation } from "../../pipeline/operation.ts";
import { exportJobEventTypeValues, exportJobFailureReasonTypeValues, exportJobStatusValues } from "../../../openapi/types.ts";
import { echoParameters, queryList } from "../../http/query.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { enumOf } from "../../http/enum-of.ts";
import { requireContraAccounts } from "./contra-accounts.ts";
import { visibleJob } from "./visible-job.ts";

const listJobsQuery = pagedQuery({ company_id: z.uuid().optional(), statuses: queryList(enumOf(exportJobStatusValues)) });

/** Oldest first, so the first pending job is the one to process next. */
export const listJobs = operation("getExportJobsListV3", {
  query: listJobsQuery,
  run: ({ world, access, query, now }) => {
    requireExplicitTarget({ access }, query, ["company_id"]);
    settleExpiredJobs(world, now);
    const jobs = world.exportJobs
      .filter((j) => access.companyIds.includes(j.companyId) && (query.statuses === undefined || query.statuses.includes(j.status)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return json(200, paginate(jobs, query, echoParameters(query, ["company_id", "statuses"])));
  },
});

/** One job the key can see, with expiry settled (an expired job reads as failed, job_expired). */
export const getJob = operation("getExportJobByIdV3", {
  run: (ctx) => json(200, { data: visibleJob(ctx, ctx.params.jobId) }),
});

/** Pleo's `CreateExportJob`, with the defaults it documents for settings left out. */
export const createJobBody = z.object({
  companyId: z.uuid(),
  accountingEntryIds: z.array(z.uuid()).min(1, "list at least one accounting entry to export"),
  employeeId: z.uuid().nullish(),
  isInteractive: z.boolean().nullish().default(JOB_DEFAULTS.isInteractive),
  options: z.object({ vendorBasedBookkeeping: z.boolean().nullish().default(JOB_DEFAULTS.vendorBasedBookkeeping) }).nullish(),
});

/**
 * A new pending job (201), announced to webhook subscribers; 400 while a wallet of the company has no
 * contra account, 409 while the company has an open job.
 */
export const createJob = operation("createExportJobV3", {
  body: createJobBody,
  run: ({ sandbox, world, body, now }) => {
    requireContraAccounts(world, [body.companyId]);
    const job = createExportJob(world, body, now);
    emitEvent(sandbox, { companyId: job.companyId, eventType: "v1.export-job.created", data: job }); // not awaited: never holds up the answer
    return json(201, { data: job });
  },
});

/** Pleo's `CreateExportJobEvent`. */
export const jobEventBody = z.object({
  jobId: z.uuid(),
  event: enumOf(exportJobEventTypeValues),
  failureReason: z.string().optional(),
  failureReasonType: enumOf(exportJobFailureReasonTypeValues).optional(),
});

/** Moves the job along its lifecycle: 202, or 422 when its status does not accept the event. */
export const createJobEvent = operation("createExportJobEventV3", {
  body: jobEventBody,
  run: (ctx) => {
    applyEvent(ctx.world, visibleJob(ctx, ctx.body.jobId), ctx.body, ctx.now);
    return empty(202);
  },
});
