/**
 * Export API v3 jobs: list and create (`/v3/export-jobs`), get one, and the job's events
 * (`/v3/export-job-events`). Scopes export-jobs:read and export-jobs:write. The rules are in
 * export-lifecycle.ts; this module translates HTTP.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { acceptedEvents, applyEvent, expiryOf, EXPIRES_IN_SECONDS, isOpen, settleExpiredJobs, syncEntry } from "./export-lifecycle.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { exportJobEventTypeValues, exportJobFailureReasonTypeValues, exportJobStatusValues, type ExportJob } from "../../../openapi/types.ts";
import { echoParameters } from "../../http/query.ts";
import { requireExplicitTarget } from "../shared/access-rules.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { enumOf } from "../../http/enum-of.ts";
import { findJob } from "../../world/records.ts";

const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? undefined : [v].flat()), z.array(item).optional());

/** The job by id if the request may see it (after expiry has been settled), or 404. */
export function visibleJob({ world, access, now }: OperationContext<unknown, unknown>, id: string): ExportJob | ApiError {
  settleExpiredJobs(world, now);
  const job = findJob(world, id);
  return job && access.companyIds.includes(job.companyId) ? job : errors.exportNotFound(id);
}

export const listJobsQuery = pagedQuery(
  { company_id: z.uuid().optional(), statuses: list(enumOf(exportJobStatusValues)) },
  ["createdAt", "lastUpdatedAt", "status", "id"],
);

/** Oldest first, so the first pending job is the one to process next. */
export function listJobs(ctx: OperationContext<z.infer<typeof listJobsQuery>>): SandboxResponse | ApiError {
  const { world, access, query, now } = ctx;
  requireExplicitTarget({ access: access }, query, ["company_id"]);
  settleExpiredJobs(world, now);
  const jobs = world.exportJobs
    .filter((j) => access.companyIds.includes(j.companyId) && (query.statuses === undefined || query.statuses.includes(j.status)))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return json(200, paginate(jobs, query, echoParameters(query, ["company_id", "statuses"])));
}

export function getJob(ctx: OperationContext): SandboxResponse | ApiError {
  const job = visibleJob(ctx, ctx.params.jobId ?? "");
  return dataOr(job);
}

/** Pleo's `CreateExportJob`. */
export const createJobBody = z.object({
  companyId: z.uuid(),
  accountingEntryIds: z.array(z.uuid()).min(1, "list at least one accounting entry to export"),
  employeeId: z.uuid().nullish(),
  isInteractive: z.boolean().nullish(),
  options: z.object({ vendorBasedBookkeeping: z.boolean().nullish() }).nullish(),
});

/** A new pending job, unless the company already has an open one (409). */
export function createJob(ctx: OperationContext<undefined, z.infer<typeof createJobBody>>): SandboxResponse | ApiError {
  const { sandbox, body, now } = ctx;
  const world = sandbox.state.world;
  settleExpiredJobs(world, now);
  const open = world.exportJobs.find((j) => j.companyId === body.companyId && isOpen(j));
  if (open) return errors.exportAlreadyInProgress(open.id, open.status, isoSeconds(expiryOf(open)));

  const unknown = body.accountingEntryIds.filter(
    (id) => !world.accountingEntries.some((e) => e.id === id && e.companyId === body.companyId && e.deletedAt === undefined),
  );
  if (unknown.length > 0) return errors.invalidRequest(`accountingEntryIds: no live entries of company ${body.companyId} with ids ${unknown.join(", ")}. POST /v1/accounting-entries:search finds them.`);
  if (body.employeeId && !world.employees.some((e) => e.id === body.employeeId && e.companyId === body.companyId)) {
    return errors.invalidRequest(`employeeId: no employee ${body.employeeId} in company ${body.companyId}.`);
  }
  const ids = [...new Set(body.accountingEntryIds)];
  const at = isoSeconds(now);
  const job: ExportJob = {
    id: crypto.randomUUID(), companyId: body.companyId, status: "pending", numberOfItems: ids.length,
    isInteractive: body.isInteractive ?? true, vendorBasedBookkeeping: body.options?.vendorBasedBookkeeping ?? false,
    expiresIn: EXPIRES_IN_SECONDS, createdAt: at, lastUpdatedAt: at, ...(body.employeeId && { createdBy: body.employeeId }),
  };
  world.exportJobs.push(job);
  for (const accountingEntryId of ids) {
    const item = { accountingEntryId, exportJobId: job.id, status: "pending" as const };
    world.exportJobItems.push(item);
    syncEntry(world, item, false);
  }
  emitEvent(sandbox, { companyId: job.companyId, eventType: "v1.export-job.created", data: job }); // not awaited: never holds up the answer
  return json(201, { data: job });
}

/** Pleo's `CreateExportJobEvent`. */
export const jobEventBody = z.object({
  jobId: z.uuid(),
  event: enumOf(exportJobEventTypeValues),
  failureReason: z.string().optional(),
  failureReasonType: enumOf(exportJobFailureReasonTypeValues).optional(),
});

/** Moves the job along its lifecycle: 202, or 422 when its status does not accept the event. */
export function createJobEvent(ctx: OperationContext<undefined, z.infer<typeof jobEventBody>>): SandboxResponse | ApiError {
  const { body, now } = ctx;
  const world = ctx.sandbox.state.world;
  const job = visibleJob({ ...ctx, world }, body.jobId);
  if ("reason" in job) return job;
  if (job.failureReasonType === "job_expired") {
    return errors.exportJobExpired("INVALID_EXPORT_JOB_STATUS_CHANGE", job.id, job.expiredAt!, job.lastUpdatedAt ?? job.createdAt);
  }
  if (!applyEvent(world, job, body, now)) {
    const accepted = acceptedEvents(job.status);
    const allowed = accepted.length > 0 ? `It accepts: ${accepted.join(", ")}.` : "It is finished and accepts no more events; create a new job.";
    return errors.invalidStatusChange(job.id, job.status, body.event, allowed);
  }
  return empty(202);
}
