/**
 * The export job's life, as domain rules (no HTTP): created pending; `started` makes it in_progress;
 * `completed`, `completed_with_errors` or `failed` end it; an open job expires an hour after its last
 * update by the sandbox clock. Entries follow: QUEUED in an open job, EXPORTING once started,
 * EXPORTED or NOT_EXPORTED when their item ends.
 */
import type { WorldEntry } from "../../world/accounting-world.ts";
import { isoSeconds } from "../../world/clock.ts";
import type { World } from "../../world/fixtures.ts";
import type { ExportJob, ExportJobItem, Schemas } from "../../../openapi/types.ts";

/** A job expires this long after `lastUpdatedAt`; also its `expiresIn`. */
export const EXPIRES_IN_SECONDS = 3600;

type ItemStatus = ExportJobItem["status"];
type EventType = Schemas["ExportJobEventType"];

export const isOpen = (job: ExportJob) => job.status === "pending" || job.status === "in_progress";

/** When an open job expires (or expired). */
export function expiryOf(job: ExportJob): Date {
  return new Date(Date.parse(job.lastUpdatedAt ?? job.createdAt) + EXPIRES_IN_SECONDS * 1000);
}

/** The export status an entry has while its item is in this state. */
function entryStatusFor(status: ItemStatus, jobStarted: boolean): WorldEntry["exportStatus"] {
  if (status === "successful") return "EXPORTED";
  if (status === "failed" || status === "abandoned") return "NOT_EXPORTED";
  return jobStarted ? "EXPORTING" : "QUEUED";
}

/** Sets an item's entry's export status to follow the item. */
export function syncEntry(world: World, item: ExportJobItem, jobStarted: boolean): void {
  const entry = world.accountingEntries.find((e) => e.id === item.accountingEntryId);
  if (entry) entry.exportStatus = entryStatusFor(item.status, jobStarted);
}

/** Items still waiting when the job ends are abandoned; their entries can be exported again. */
function abandonOpenItems(world: World, job: ExportJob): void {
  for (const item of world.exportJobItems) {
    if (item.exportJobId !== job.id || (item.status !== "pending" && item.status !== "in_progress")) continue;
    item.status = "abandoned";
    syncEntry(world, item, true);
  }
}

/** Fails every open job whose hour has passed (lazily, whenever an export operation runs). */
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
  }
}

/** Which events each status accepts, and what they lead to. */
const TRANSITIONS: Record<ExportJob["status"], Partial<Record<EventType, ExportJob["status"]>>> = {
  pending: { started: "in_progress", failed: "failed" },
  in_progress: { completed: "completed", completed_with_errors: "completed_with_errors", failed: "failed" },
  completed: {},
  completed_with_errors: {},
  failed: {},
};

/** The events a job in this status accepts, for messages. */
export function acceptedEvents(status: ExportJob["status"]): EventType[] {
  return Object.keys(TRANSITIONS[status]) as EventType[];
}

/** Applies an event; false when the job's status does not accept it. */
export function applyEvent(
  world: World,
  job: ExportJob,
  event: { event: EventType; failureReason?: string; failureReasonType?: ExportJob["failureReasonType"] },
  now: Date,
): boolean {
  const next = TRANSITIONS[job.status][event.event];
  if (next === undefined) return false;
  const at = isoSeconds(now);
  job.status = next;
  job.lastUpdatedAt = at;
  if (event.event === "started") {
    job.startedAt = at;
    for (const item of world.exportJobItems) if (item.exportJobId === job.id) syncEntry(world, item, true);
    return true;
  }
  job.completedAt = at;
  if (event.event === "failed") {
    job.failureReason = event.failureReason ?? "The integration reported a failure.";
    job.failureReasonType = event.failureReasonType ?? "integration_unusable";
  }
  abandonOpenItems(world, job);
  return true;
}
