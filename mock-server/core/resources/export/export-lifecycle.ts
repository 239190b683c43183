/**
 * The export job's life, as domain rules (no HTTP): created pending, one open job per company;
 * `started` makes it in_progress; `completed`, `completed_with_errors` or `failed` end it; an open
 * job expires an hour after its last update by the sandbox clock, settled lazily whenever an export
 * operation runs. Entries follow their items (entry-export-status.ts). A rule that refuses throws
 * its refusal (errors.ts).
 */
import { errors } from "../../http/errors.ts";
import { isoSeconds } from "../../world/clock.ts";
import type { World } from "../../world/fixtures.ts";
import { worldChanged } from "../../world/revision.ts";
import type { ExportJob, Schemas } from "../../../openapi/types.ts";
import { syncEntry } from "./entry-export-status.ts";

/** A job expires this long after `lastUpdatedAt`; also its `expiresIn`. */
const EXPIRES_IN_SECONDS = 3600;

/** What a new job gets for a setting the request leaves out or sends as null (Pleo's defaults). */
export const JOB_DEFAULTS = { isInteractive: true, vendorBasedBookkeeping: false } as const;

type EventType = Schemas["ExportJobEventType"];

/** Whether the job still runs (pending or in_progress). */
const isOpen = (job: ExportJob) => job.status === "pending" || job.status === "in_progress";

/** When an open job expires (or expired). */
function expiryOf(job: ExportJob): Date {
  return new Date(Date.parse(job.lastUpdatedAt ?? job.createdAt) + EXPIRES_IN_SECONDS * 1000);
}

/** Fails every open job whose hour has passed; every export operation calls it before reading jobs. */
export function settleExpiredJobs(world: World, now: Date): void {
  for (const job of world.exportJobs) {
    if (!isOpen(job) || now.getTime() < expiryOf(job).getTime()) continue;
    Object.assign(job, {
      status: "failed",
      failureReasonType: "job_expired",
      failureReason: `No update for ${EXPIRES_IN_SECONDS} seconds.`,
      expiredAt: isoSeconds(expiryOf(job)),
    } satisfies Partial<ExportJob>);
    abandonOpenItems(world, job);
    worldChanged(world);
  }
}

/** Items still waiting when the job ends are abandoned; their entries can be exported again. */
function abandonOpenItems(world: World, job: ExportJob): void {
  for (const item of world.exportJobItems) {
    if (item.exportJobId !== job.id || (item.status !== "pending" && item.status !== "in_progress")) continue;
    item.status = "abandoned";
    syncEntry(world, item, true);
  }
}

/** The first open job of these companies (a company has at most one). Settle expiry first. */
export function openJobOf(world: World, companyIds: readonly string[]): ExportJob | undefined {
  return world.exportJobs.find((j) => companyIds.includes(j.companyId) && isOpen(j));
}

/**
 * A new pending job of the entries, each a pending item whose entry is QUEUED. Throws 409 while the
 * company has an open job, 400 for an entry it cannot export or an employee not of the company.
 */
export function createExportJob(world: World, request: Schemas["CreateExportJob"], now: Date): ExportJob {
  settleExpiredJobs(world, now);
  const open = openJobOf(world, [request.companyId]);
  if (open) throw errors.exportAlreadyInProgress(open.id, open.status, isoSeconds(expiryOf(open)));
  requireExportableEntries(world, request.companyId, request.accountingEntryIds);
  if (request.employeeId && !world.employees.some((e) => e.id === request.employeeId && e.companyId === request.companyId)) {
    throw errors.invalidRequest(`employeeId: no employee ${request.employeeId} in company ${request.companyId}.`);
  }
  const ids = [...new Set(request.accountingEntryIds)];
  const at = isoSeconds(now);
  const job: ExportJob = {
    id: crypto.randomUUID(), companyId: request.companyId, status: "pending", numberOfItems: ids.length,
    isInteractive: request.isInteractive ?? JOB_DEFAULTS.isInteractive,
    vendorBasedBookkeeping: request.options?.vendorBasedBookkeeping ?? JOB_DEFAULTS.vendorBasedBookkeeping,
    expiresIn: EXPIRES_IN_SECONDS, createdAt: at, lastUpdatedAt: at, ...(request.employeeId && { createdBy: request.employeeId }),
  };
  world.exportJobs.push(job);
  for (const accountingEntryId of ids) {
    const item = { accountingEntryId, exportJobId: job.id, status: "pending" as const };
    world.exportJobItems.push(item);
    syncEntry(world, item, false);
  }
  return job;
}

/** Only the company's live (not deleted) entries can be exported; throws 400 naming the others. */
function requireExportableEntries(world: World, companyId: string, entryIds: readonly string[]): void {
  const unknown = entryIds.filter((id) => !world.accountingEntries.some((e) => e.id === id && e.companyId === companyId && e.deletedAt === undefined));
  if (unknown.length === 0) return;
  throw errors.invalidRequest(`accountingEntryIds: no live entries of company ${companyId} with ids ${unknown.join(", ")}. POST /v1/accounting-entries:search finds them.`);
}

/** An expired job refuses everything further; `type` is the error type of the refusing operation. */
function refuseIfExpired(job: ExportJob, type: Parameters<typeof errors.exportJobExpired>[0]): void {
  if (job.failureReasonType !== "job_expired") return;
  throw errors.exportJobExpired(type, job.id, job.expiredAt!, job.lastUpdatedAt ?? job.createdAt);
}

/** Only an in_progress job takes item results; throws 422 for a pending, finished or expired one. */
export function requireItemsUpdatable(job: ExportJob): void {
  refuseIfExpired(job, "EXPORT_JOB_STATUS_UNPROCESSABLE");
  if (job.status === "pending") throw errors.exportJobNotStarted(job.id);
  if (job.status !== "in_progress") throw errors.exportJobFinished(job.id, job.status);
}

/** Only an open job gives export items; throws 422 for a finished or expired one. */
export function requireItemsReadable(job: ExportJob): void {
  refuseIfExpired(job, "EXPORT_JOB_STATUS_UNPROCESSABLE");
  if (!isOpen(job)) throw errors.exportJobFinished(job.id, job.status);
}

/** Which events each status accepts, and what they lead to. */
const TRANSITIONS: Record<ExportJob["status"], Partial<Record<EventType, ExportJob["status"]>>> = {
  pending: { started: "in_progress", failed: "failed" },
  in_progress: { completed: "completed", completed_with_errors: "completed_with_errors", failed: "failed" },
  completed: {},
  completed_with_errors: {},
  failed: {},
};

/** Applies an event; throws 422 when the job expired or its status does not accept the event. */
export function applyEvent(world: World, job: ExportJob, event: Omit<Schemas["CreateExportJobEvent"], "jobId">, now: Date): void {
  refuseIfExpired(job, "INVALID_EXPORT_JOB_STATUS_CHANGE");
  const next = TRANSITIONS[job.status][event.event];
  if (next === undefined) throw errors.invalidStatusChange(job.id, job.status, event.event, acceptedEventsHint(job.status));
  const at = isoSeconds(now);
  job.status = next;
  job.lastUpdatedAt = at;
  if (event.event === "started") {
    job.startedAt = at;
    for (const item of world.exportJobItems) if (item.exportJobId === job.id) syncEntry(world, item, true);
    return;
  }
  job.completedAt = at;
  if (event.event === "failed") {
    job.failureReason = event.failureReason ?? "The integration reported a failure.";
    job.failureReasonType = event.failureReasonType ?? "integration_unusable";
  }
  abandonOpenItems(world, job);
}

/** The events a job in this status accepts, as the refusal tells them. */
function acceptedEventsHint(status: ExportJob["status"]): string {
  const accepted = Object.keys(TRANSITIONS[status]);
  return accepted.length > 0 ? `It accepts: ${accepted.join(", ")}.` : "It is finished and accepts no more events; create a new job.";
}
