/** This resource's operations, keyed by operationId. */
import { listExportItems } from "./export-items.ts";
import { getJobItemByEntry } from "./export-job-item-by-entry.ts";
import { listJobItems, updateJobItems } from "./export-job-items.ts";
import { createJob, createJobEvent, getJob, listJobs } from "./export-jobs.ts";

export const exportOperations = {
  getExportJobsListV3: listJobs,
  createExportJobV3: createJob,
  getExportJobByIdV3: getJob,
  getExportJobItemsV3: listJobItems,
  updateExportJobItemsV3: updateJobItems,
  createExportJobEventV3: createJobEvent,
  getExportItemsV3: listExportItems,
  getExportJobItemByAccountingEntryIdV3: getJobItemByEntry,
};
