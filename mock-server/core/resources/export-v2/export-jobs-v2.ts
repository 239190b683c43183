/**
 * Export API v2 jobs: list and create (`/v2/export-jobs`), get one, and the job's events
 * (`/v2/export-job-events`): the jobs v3 serves, run by the same lifecycle (export-lifecycle.ts),
 * refused for a company with wallets in several currencies (v2-view.ts).
 */
import { z } from "zod";
import { applyEvent, createExportJob, settleExpiredJobs } from "../export/export-lifecycle.ts";
import { visibleJob } from "../export/visible-job.ts";
import { empty, json } from "../../http/http.ts";
import { enumOf } from "../../http/enum-of.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { echoParameters, queryList } from "../../http/query.ts";
import { operation } from "../../pipeline/operation.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import { exportJobStatusValues } from "../../../openapi/types.ts";
import { refuseMultiCurrency } from "./v2-view.ts";
import { createJobBody, jobEventBody } from "../export/export-jobs.ts";

const listJobsQuery = pagedQuery({
  company_id: z.uuid().optional(),
  status: enumOf(exportJobStatusValues).optional(),
  statuses: queryList(enumOf(exportJobStatusValues)),
});

/** Oldest first; the deprecated `status` and `statuses` together list a job matching either. */
export const listJobsV2 = operation("getExportJobsListV2", {
  query: listJobsQuery,
  run: ({ world, access, query, now }) => {
    requireExplicitTarget({ access }, query, ["company_id"]);
    refuseMultiCurrency(world, access.companyIds);
    settleExpiredJobs(world, now);
    const wanted = query.status === undefined && query.statuses === undefined ? undefined : [...(query.statuses ?? []), ...(query.status ? [query.status] : [])];
    const jobs = world.exportJobs
      .filter((j) => access.companyIds.includes(j.companyId) && (wanted === undefined || wanted.includes(j.status)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return json(200, paginate(jobs, query, echoParameters(query, ["company_id", "status", "statuses"])));
  },
});

/** One job the key can see, with expiry settled. */
export const getJobV2 = operation("getExportJobByIdV2", {
  run: (ctx) => {
    const job = visibleJob(ctx, ctx.params.jobId);
    refuseMultiCurrency(ctx.world, [job.companyId]);
    return json(200, { data: job });
  },
});


/** A new pending job (201), announced to webhook subscribers; 409 while the company has an open one. v2 checks no contra accounts. */
export const createJobV2 = operation("createExportJobV2", {
  body: createJobBody,
  run: ({ sandbox, world, body, now }) => {
    refuseMultiCurrency(world, [body.companyId]);
    const job = createExportJob(world, body, now);
    emitEvent(sandbox, { companyId: job.companyId, eventType: "v1.export-job.created", data: job }); // not awaited: never holds up the answer
    return json(201, { data: job });
  },
});


/** Moves the job along its lifecycle: 202, or 422 when its status does not accept the event. */
export const createJobEventV2 = operation("createExportJobEventV2", {
  body: jobEventBody,
  run: (ctx) => {
    const job = visibleJob(ctx, ctx.body.jobId);
    refuseMultiCurrency(ctx.world, [job.companyId]);
    applyEvent(ctx.world, job, ctx.body, ctx.now);
    return empty(202);
  },
});
