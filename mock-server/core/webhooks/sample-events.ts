/**
 * Realistic `data` snapshots for the control plane's test trigger, shaped like Pleo's ExportJob and
 * Vendor as their GET endpoints return them. Real export jobs and vendors emit their own resources.
 */
import { isoSeconds } from "../world/clock.ts";
import type { WorldCompany } from "../world/fixtures.ts";
import type { WebhookEventType } from "../../openapi/types.ts";

const LOCAL = {
  DK: { currency: "DKK", vendor: "Kontorforsyning ApS" },
  SE: { currency: "SEK", vendor: "Kontorsmaterial Sverige AB" },
  NO: { currency: "NOK", vendor: "Kontorrekvisita Norge AS" },
  GB: { currency: "GBP", vendor: "Office Supplies Ltd" },
} as const satisfies Record<string, { currency: string; vendor: string }>;

/** A sample resource for `eventType` in `company`, created now by `userId`. */
export function sampleEventData(eventType: WebhookEventType, company: WorldCompany, userId: string, now: Date): Record<string, unknown> {
  const at = isoSeconds(now);
  if (eventType === "v1.export-job.created") {
    // A job the user just started with the Export button: pending, one hour to be claimed.
    return {
      id: crypto.randomUUID(),
      companyId: company.id,
      status: "pending",
      numberOfItems: 3,
      isInteractive: true,
      vendorBasedBookkeeping: false,
      expiresIn: 3600,
      createdAt: at,
      createdBy: userId,
      lastUpdatedAt: at,
    };
  }
  const local = LOCAL[company.address.country as keyof typeof LOCAL] ?? { currency: "EUR", vendor: "Sample Supplier" };
  return {
    id: crypto.randomUUID(),
    companyId: company.id,
    name: local.vendor,
    defaultCurrency: local.currency,
    state: "ACTIVE",
    country: company.address.country,
    createdAt: at,
    updatedAt: at,
  };
}
