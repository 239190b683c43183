/** Refusals of Pleo's resources: export jobs, installations, master data, tags and dimensions, subscriptions, accounting entries. */
import { refusal } from "../api-error.ts";

export const resourceRefusals = {
  exportNotFound: (jobId: string) =>
    refusal(404, "EXPORT_NOT_FOUND", "not_found", `No export job with id ${jobId} in the companies this key covers. GET /v3/export-jobs lists them.`),

  exportAlreadyInProgress: (jobId: string, status: string, expiresAt: string) =>
    refusal(409, "EXPORT_ALREADY_IN_PROGRESS", "export_already_in_progress",
      `Export job ${jobId} is still ${status} for this company, and a company has one open export at a time. Finish it (POST /v3/export-job-events with completed, completed_with_errors or failed) or let it expire (at ${expiresAt}), then create the new job.`),

  exportItemsLimit: (sent: number) =>
    refusal(413, "EXPORT_JOB_ITEMS_UPDATE_LIMIT", "export_items_limit",
      `The body updates ${sent} items; at most 100 items can be updated per request. Send them in batches of 100.`),

  exportJobFinished: (jobId: string, status: string) =>
    refusal(422, "EXPORT_JOB_STATUS_UNPROCESSABLE", "export_job_finished",
      `Export job ${jobId} is finished (${status}) and can no longer be processed. Only pending and in_progress jobs can be; GET /v3/export-jobs?statuses=pending finds the next one.`),

  exportJobExpired: (type: "EXPORT_JOB_STATUS_UNPROCESSABLE" | "INVALID_EXPORT_JOB_STATUS_CHANGE", jobId: string, expiredAt: string, lastUpdatedAt: string) =>
    refusal(422, type, "export_job_expired",
      `Export job ${jobId} expired at ${expiredAt}, an hour after its last update (${lastUpdatedAt}), and is now failed (job_expired). Its entries can be exported again in a new job. Keep a job alive by updating it at least once an hour.`),

  exportJobNotStarted: (jobId: string) =>
    refusal(422, "EXPORT_JOB_STATUS_UNPROCESSABLE", "export_job_not_started",
      `Export job ${jobId} is pending: claim it first with POST /v3/export-job-events {"jobId": "${jobId}", "event": "started"}, then update its items.`),

  invalidStatusChange: (jobId: string, status: string, event: string, allowed: string) =>
    refusal(422, "INVALID_EXPORT_JOB_STATUS_CHANGE", "invalid_status_change",
      `Export job ${jobId} is ${status}; the event "${event}" cannot apply to it. ${allowed}`),

  installationNotFound: (companyId: string) =>
    refusal(404, "INSTALLATION_NOT_FOUND", "not_found",
      `This key's installation in company ${companyId} was deleted (DELETE /v1/installations/me). Create it again with POST /v1/installations/me.`),

  notFound: (type: string, what: string, id: string) =>
    refusal(404, type, "not_found", `No ${what} with id ${id} in the companies this key covers.`),

  companyMismatch: (what: string, id: string, owner: string, sent: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `The body's companyId ${sent} is not the company of ${what} ${id}, which belongs to ${owner}. A ${what} cannot move between companies; send companyId ${owner}.`),

  unknownTaxCodeExternalId: (sent: string, companyId: string, known: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `taxCodeExternalId "${sent}" is not the code of any tax code of company ${companyId}; known codes: ${known.join(", ") || "none"}. Create the tax code first (POST /v0/tax-codes) or send one of those.`),

  externalIdTaken: (externalId: string, companyId: string, existingId: string) =>
    refusal(409, "EXTERNAL_ID_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has account ${existingId} with externalId "${externalId}", holding different values. Update it with PUT /v1/chart-of-accounts/${existingId}, or send the same values to get it back with 200.`),

  vendorExists: (externalId: string, companyId: string, existingId: string) =>
    refusal(409, "VENDOR_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has vendor ${existingId} with externalId "${externalId}". Update it with PUT /v1/vendors/${existingId} instead of creating it again.`),

  vendorUpdateConflict: (externalId: string, otherId: string) =>
    refusal(409, "CONFLICTING_VENDOR_UPDATE", "conflict",
      `externalId "${externalId}" already belongs to vendor ${otherId} of the same company. Each vendor's externalId is unique within its company.`),

  tagCodeTaken: (code: string, groupId: string, existingId: string) =>
    refusal(409, "TAG_ALREADY_EXISTS", "conflict",
      `Tag group ${groupId} already has tag ${existingId} with code "${code}". Codes are unique within a tag group; update that tag with PUT /v0/tags/${existingId} or pick another code.`),

  tagGroupCodeTaken: (code: string, companyId: string, existingId: string) =>
    refusal(409, "TAG_GROUP_ALREADY_EXISTS", "conflict",
      `Company ${companyId} already has tag group ${existingId} with code "${code}". Codes are unique within a company; update that group with PUT /v0/tag-groups/${existingId} or pick another code.`),

  dimensionNotFound: (dimensionId: string, groupId: string) =>
    refusal(404, "TAG_GROUP_DIMENSION_NOT_FOUND", "not_found",
      `Tag group ${groupId} has no dimension with id ${dimensionId}. GET /v0/tag-groups/${groupId}/dimensions lists its dimensions.`),

  dimensionCodeTaken: (code: string, groupId: string, existingId: string) =>
    refusal(409, "TAG_GROUP_DIMENSION_ALREADY_EXISTS", "conflict",
      `Tag group ${groupId} already has dimension ${existingId} with code "${code}". Codes are unique within a tag group; update that dimension with PUT /v0/tag-groups/${groupId}/dimensions/${existingId} or pick another code.`),

  dimensionValueNotFound: (tagId: string, dimensionId: string) =>
    refusal(404, "TAG_DIMENSION_VALUE_NOT_FOUND", "not_found",
      `Tag ${tagId} has no value for dimension ${dimensionId}. Give it one with POST /v0/tags/${tagId}/dimensions/${dimensionId}.`),

  dimensionValueExists: (tagId: string, dimensionId: string) =>
    refusal(409, "TAG_DIMENSION_VALUE_ALREADY_EXISTS", "conflict",
      `Tag ${tagId} already has a value for dimension ${dimensionId} (a tag gets an empty one for every dimension its group has when it is created). Change it with PUT /v0/tags/${tagId}/dimensions/${dimensionId}.`),

  tagsNotFound: (ids: string[], companyId: string) =>
    refusal(404, "TAG_NOT_FOUND", "not_found",
      `No tag with id ${ids.join(", ")} in company ${companyId}, so no tag was changed. Send only ids of that company's tags (POST /v0/tags:search lists them).`),

  tagsInUse: (used: { id: string; entries: number }[]) =>
    refusal(409, "RESOURCE_IN_USE", "conflict",
      `Accounting entries use ${used.map((u) => `tag ${u.id} (${u.entries} ${u.entries === 1 ? "entry" : "entries"})`).join(", ")}, so no tag was deleted. Archive those instead (POST /v0/tags/archive with "archived": true) and delete the others without them.`),

  inUse: (what: string, id: string, entries: number, archiveWith: string) =>
    refusal(409, "RESOURCE_IN_USE", "conflict",
      `${what} ${id} is used by ${entries} accounting ${entries === 1 ? "entry" : "entries"}, so it cannot be deleted. Archive it instead (${archiveWith} with "archived": true).`),

  subscriptionNotFound: (id: string, owner: string) =>
    refusal(404, "SUBSCRIPTION_NOT_FOUND", "not_found",
      `No subscription with id ${id} is registered for ${owner}, the key's access level. Subscriptions belong to the company (or organisation) whose key created them; GET /v1/subscriptions lists yours.`),

  subscriptionInactive: (id: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `Subscription ${id} is INACTIVE, so it receives no events. Set "status": "ACTIVE" with PUT /v1/subscriptions/${id} first.`),

  subscriptionLacksEventType: (id: string, sent: string, listed: string[]) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `Subscription ${id} does not subscribe to ${sent}; it lists ${listed.join(", ")}. Send one of those as eventType, or omit it.`),

  missingContraAccounts: (companyName: string, companyId: string, unmapped: string[]) =>
    refusal(400, "MISSING_CONTRA_ACCOUNTS", "missing_contra_accounts",
      `Contra accounts are not fully configured for company "${companyName}" (${companyId}): ${unmapped.join(", ")} ${unmapped.length === 1 ? "has" : "have"} no contra account in the ERP. Map every Pleo account to a contra account in the Accounting settings, then export again.`),

  unsupportedApiVersion: (companyName: string, companyId: string, currencies: string[]) =>
    refusal(400, "UNSUPPORTED_API_VERSION", "unsupported_api_version",
      `Upgrade to Export API v3 or higher: company "${companyName}" (${companyId}) has wallets in several currencies (${currencies.join(", ")}), which Export API v2 cannot export. Use the same call under /v3.`),

  exportEntryNotFound: (accountingEntryId: string) =>
    refusal(404, "EXPORT_ENTRY_NOT_FOUND", "not_found",
      `Accounting entry ${accountingEntryId} is in no export job of the companies this key covers. Entries get an item when a job exports them (POST /v3/export-jobs).`),
};
