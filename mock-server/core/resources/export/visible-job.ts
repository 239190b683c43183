/** The export job a request names, as every export route looks it up. */
import { errors } from "../../http/errors.ts";
import type { Access } from "../../pipeline/access.ts";
import type { World } from "../../world/fixtures.ts";
import { findJob } from "../../world/records.ts";
import type { ExportJob } from "../../../openapi/types.ts";
import { visibleOr } from "../shared/access-rules.ts";
import { settleExpiredJobs } from "./export-lifecycle.ts";

/** The job by id if the request may see it, after expiry has been settled; otherwise throws 404. */
export function visibleJob({ world, access, now }: { world: World; access: Access; now: Date }, id: string): ExportJob {
  settleExpiredJobs(world, now);
  return visibleOr({ access }, findJob(world, id), () => errors.exportNotFound(id));
}
