/** Who a request acts as once its credential has passed every check, and what it is about. */
import type { StoredKey } from "../world/state.ts";

/** What company (or organisation) a request is about, and the parameter that said so. */
export interface Target {
  companyId?: string;
  organisationId?: string;
  /** Where the target came from, for messages: `company_id`, `companyId`, `the jobId's company`, ... */
  parameter: string;
}

export interface Access {
  key: StoredKey;
  target: Target;
  /** The companies this request may see: the target's, within what the key covers. */
  companyIds: string[];
}
