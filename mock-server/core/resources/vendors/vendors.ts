/**
 * Vendors (/v1/vendors, scope vendors:read|write). A vendor with an `externalId` is in the ERP
 * (ACTIVE); one without is a DRAFT until `:activate` gives it one. Creating a vendor emits
 * `v1.vendor.created` to the company's webhook subscribers.
 */
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { empty, dataOr, json, type SandboxResponse } from "../../http/http.ts";
import { paginate } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { Vendor } from "../../../openapi/types.ts";
import { emitEvent } from "../../webhooks/emit-event.ts";
import { isVisible } from "../shared/access-rules.ts";
import { applyChanges } from "../shared/master-data.ts";
import type { VendorActivateBody, VendorCreateBody, VendorSearchBody, VendorSearchQuery, VendorUpdateBody } from "./vendor-input.ts";
import { findVendor, type WorldVendor } from "../../world/records.ts";


function visibleVendor(ctx: OperationContext<unknown, unknown>): WorldVendor | ApiError {
  const id = ctx.params.id ?? "";
  const vendor = findVendor(ctx.world, id);
  return vendor && isVisible(ctx, vendor) ? vendor : errors.notFound("VENDOR_NOT_FOUND", "vendor", id);
}

function withExternalId(world: World, companyId: string, externalId: string | undefined, except?: string): WorldVendor | undefined {
  return externalId === undefined ? undefined : world.vendors.find((v) => v.companyId === companyId && v.externalId === externalId && v.id !== except);
}

export function createVendor(ctx: OperationContext<unknown, VendorCreateBody>): SandboxResponse | ApiError {
  const { body } = ctx;
  const existing = withExternalId(ctx.world, body.companyId, body.externalId);
  if (existing) return errors.vendorExists(body.externalId!, body.companyId, existing.id);
  const at = isoSeconds(ctx.now);
  const vendor = { id: crypto.randomUUID(), state: body.externalId === undefined ? "DRAFT" : "ACTIVE", createdAt: at, updatedAt: at } as WorldVendor;
  applyChanges(vendor, body);
  ctx.world.vendors.push(vendor);
  emitEvent(ctx.sandbox, { companyId: vendor.companyId, eventType: "v1.vendor.created", data: vendor }); // not awaited
  return json(201, { data: vendor });
}

export function getVendor(ctx: OperationContext): SandboxResponse | ApiError {
  const vendor = visibleVendor(ctx);
  return dataOr(vendor);
}

/** Optional fields left out keep their value. */
export function updateVendor(ctx: OperationContext<unknown, VendorUpdateBody>): SandboxResponse | ApiError {
  const vendor = visibleVendor(ctx);
  if ("reason" in vendor) return vendor;
  const { body } = ctx;
  if (body.companyId !== vendor.companyId) return errors.companyMismatch("vendor", vendor.id, vendor.companyId, body.companyId);
  const other = withExternalId(ctx.world, vendor.companyId, body.externalId, vendor.id);
  if (other) return errors.vendorUpdateConflict(body.externalId, other.id);
  applyChanges(vendor, { ...body, updatedAt: isoSeconds(ctx.now) });
  return json(200, { data: vendor });
}

/** The vendor now exists in the ERP under `externalId` (and `code`). */
export function activateVendor(ctx: OperationContext<unknown, VendorActivateBody>): SandboxResponse | ApiError {
  const vendor = visibleVendor(ctx);
  if ("reason" in vendor) return vendor;
  applyChanges(vendor, { ...ctx.body, state: "ACTIVE", updatedAt: isoSeconds(ctx.now) });
  return empty(204);
}

export function archiveVendor(ctx: OperationContext): SandboxResponse | ApiError {
  const vendor = visibleVendor(ctx);
  if ("reason" in vendor) return vendor;
  applyChanges(vendor, { state: "ARCHIVED", updatedAt: isoSeconds(ctx.now) });
  return empty(204);
}

/** Every list filter must match when sent; `name` matches case-insensitively as a substring. */
export function searchVendors(ctx: OperationContext<VendorSearchQuery, VendorSearchBody>): SandboxResponse {
  const { body, query } = ctx;
  const oneOf = (values: string[] | undefined, value: string | undefined) => values === undefined || (value !== undefined && values.includes(value));
  const name = body.name?.toLowerCase();
  const matches = ctx.world.vendors.filter(
    (v) =>
      v.companyId === query.company_id &&
      oneOf(body.ids, v.id) &&
      oneOf(body.externalIds, v.externalId) &&
      oneOf(body.codes, v.code) &&
      oneOf(body.countries, v.country) &&
      oneOf(body.states, v.state) &&
      oneOf(body.taxRegistrationNumbers, v.taxRegistrationNumber) &&
      oneOf(body.accountingSystems, (v as Vendor).accountingSystem) &&
      (name === undefined || v.name.toLowerCase().includes(name)),
  );
  return json(200, paginate(matches, query, { company_id: [query.company_id] }));
}
