/** This resource's operations, keyed by operationId. */
import { exportItemsQuery, listExportItems } from "./export-items.ts";
import { jobItemsQuery, listJobItems, updateItemsBody, updateJobItems } from "./export-job-items.ts";
import { createJob, createJobBody, createJobEvent, getJob, jobEventBody, listJobs, listJobsQuery } from "./export-jobs.ts";
import type { LegacyOperation } from "../../pipeline/operation.ts";

export const exportOperations: Record<string, LegacyOperation> = {
  getExportJobsListV3: { query: listJobsQuery, run: listJobs },
  createExportJobV3: { body: createJobBody, run: createJob },
  getExportJobByIdV3: { run: getJob },
  getExportJobItemsV3: { query: jobItemsQuery, run: listJobItems },
  updateExportJobItemsV3: { body: updateItemsBody, run: updateJobItems },
  createExportJobEventV3: { body: jobEventBody, run: createJobEvent },
  getExportItemsV3: { query: exportItemsQuery, run: listExportItems },
};
