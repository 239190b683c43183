/**
 * Vendors (/v1/vendors, scope vendors:read|write). A vendor with an `externalId` is in the ERP
 * (ACTIVE); one without is a DRAFT until `:activate` gives it one. Creating a vendor emits
 * `v1.vendor.created` to the company's webhook subscribers.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, json } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Vendor } from "../../../openapi/types.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { visibleOr } from "../shared/access-rules.ts";
import { applyChanges } from "../shared/master-data.ts";
import type { VendorActivateBody, VendorCreateBody, VendorSearchBody, VendorSearchQuery, VendorUpdateBody } from "./vendor-input.ts";
import { findVendor, type WorldVendor } from "../../world/records.ts";

/** The vendor with id `vendorId` if this request may see it; otherwise throws VENDOR_NOT_FOUND. */
function visibleVendor(ctx: { world: World; access: Access }, vendorId: string): WorldVendor {
  return visibleOr(ctx, findVendor(ctx.world, vendorId), () => errors.notFound("VENDOR_NOT_FOUND", "vendor", vendorId));
}

/** The company's vendor holding `externalId` (other than `except`), if any; none when no externalId is given. */
function withExternalId(world: World, companyId: string, externalId: string | undefined, except?: string): WorldVendor | undefined {
  return externalId === undefined ? undefined : world.vendors.find((v) => v.companyId === companyId && v.externalId === externalId && v.id !== except);
}

/** Applies `changes` to the vendor and stamps `updatedAt` with sandbox time. */
function changeVendor(vendor: WorldVendor, changes: Record<string, unknown>, now: Date): void {
  applyChanges(vendor, { ...changes, updatedAt: isoSeconds(now) });
}

/** 201 with the new vendor; 409 when the company already has a vendor with that externalId. */
export function createVendor({ world, sandbox, now, body }: OperationContext<"postVendor", never, VendorCreateBody>): Reply<"postVendor"> {
  const existing = withExternalId(world, body.companyId, body.externalId);
  if (existing) throw errors.vendorExists(body.externalId!, body.companyId, existing.id);
  const at = isoSeconds(now);
  const vendor = { id: crypto.randomUUID(), state: body.externalId === undefined ? "DRAFT" : "ACTIVE", createdAt: at, updatedAt: at } as WorldVendor;
  applyChanges(vendor, body);
  world.vendors.push(vendor);
  emitEvent(sandbox, { companyId: vendor.companyId, eventType: "v1.vendor.created", data: vendor }); // not awaited
  return json(201, { data: vendor });
}

/** One vendor the key may see. */
export function getVendor(ctx: OperationContext<"getVendorById", never, never>): Reply<"getVendorById"> {
  return json(200, { data: visibleVendor(ctx, ctx.params.id) });
}

/** Optional fields left out keep their value. */
export function updateVendor(ctx: OperationContext<"updateVendor", never, VendorUpdateBody>): Reply<"updateVendor"> {
  const vendor = visibleVendor(ctx, ctx.params.id);
  const { body } = ctx;
  if (body.companyId !== vendor.companyId) throw errors.companyMismatch("vendor", vendor.id, vendor.companyId, body.companyId);
  const other = withExternalId(ctx.world, vendor.companyId, body.externalId, vendor.id);
  if (other) throw errors.vendorUpdateConflict(body.externalId, other.id);
  changeVendor(vendor, body, ctx.now);
  return json(200, { data: vendor });
}

/** The vendor now exists in the ERP under `externalId` (and `code`). */
export function activateVendor(ctx: OperationContext<"activateVendor", never, VendorActivateBody>): Reply<"activateVendor"> {
  changeVendor(visibleVendor(ctx, ctx.params.id), { ...ctx.body, state: "ACTIVE" }, ctx.now);
  return empty(204);
}

/** The vendor's state becomes ARCHIVED. */
export function archiveVendor(ctx: OperationContext<"archiveVendorById", never, never>): Reply<"archiveVendorById"> {
  changeVendor(visibleVendor(ctx, ctx.params.id), { state: "ARCHIVED" }, ctx.now);
  return empty(204);
}

/** Whether a list filter lets `value` through: not sent, or sent and listing it. */
const oneOf = (values: string[] | undefined, value: string | undefined) => values === undefined || (value !== undefined && values.includes(value));

/** Every list filter must match when sent; `name` matches case-insensitively as a substring. */
export function searchVendors({ world, query, body }: OperationContext<"searchVendors", VendorSearchQuery, VendorSearchBody>): Reply<"searchVendors"> {
  const name = body.name?.toLowerCase();
  const matches = world.vendors.filter(
    (v) =>
      v.companyId === query.company_id &&
      oneOf(body.ids, v.id) &&
      oneOf(body.externalIds, v.externalId) &&
      oneOf(body.codes, v.code) &&
      oneOf(body.countries, v.country) &&
      oneOf(body.states, v.state) &&
      oneOf(body.taxRegistrationNumbers, v.taxRegistrationNumber) &&
      // World vendors hold no accountingSystem, so this filter, when sent, matches none.
      oneOf(body.accountingSystems, (v as Vendor).accountingSystem) &&
      (name === undefined || v.name.toLowerCase().includes(name)),
  );
  return json(200, paginate(matches, query, { company_id: [query.company_id] }));
}
