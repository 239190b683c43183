/** This resource's operations, keyed by operationId: Export API v2 over the jobs v3 runs. */
import { listExportItemsV2 } from "./export-items-v2.ts";
import { listJobItemsV2, updateJobItemsV2 } from "./export-job-items-v2.ts";
import { createJobEventV2, createJobV2, getJobV2, listJobsV2 } from "./export-jobs-v2.ts";

export const exportV2Operations = {
  getExportJobsListV2: listJobsV2,
  createExportJobV2: createJobV2,
  getExportJobByIdV2: getJobV2,
  getExportJobItemsV2: listJobItemsV2,
  updateExportJobItemsV2: updateJobItemsV2,
  createExportJobEventV2: createJobEventV2,
  getExportItemsV2: listExportItemsV2,
};
