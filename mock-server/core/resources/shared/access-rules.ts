/**
 * Rules about which company a request acts on and which records it may see, shared by every
 * resource (pleo-api-facts.md §4). Each throws its refusal, so handlers read straight through.
 */
import { errors, type ApiError } from "../../http/errors.ts";
import type { Access } from "../../pipeline/access.ts";

/**
 * The company a create or search acts on: the one the request named, or a company-level key's own.
 * An organisation-level key that named none gets a 400 (accounting calls are per company).
 */
export function actingCompany({ access }: { access: Access }, parameter: string): string {
  if (access.target.companyId === undefined) throw errors.companyRequired(parameter);
  return access.target.companyId;
}

/**
 * Calls about one company (or, where Pleo allows it, one organisation): a company-level key may
 * leave it out and means its own; an organisation-level key must send one of `parameters`.
 */
export function requireExplicitTarget({ access }: { access: Access }, query: object, parameters: readonly string[]): void {
  if (access.key.accessLevel.type !== "organisation") return;
  if (parameters.some((p) => (query as Record<string, unknown>)[p] !== undefined)) return;
  throw errors.companyRequired(parameters.join(" or "));
}

/** Gjoll's searches name `company_id` or `organization_id` whatever the key; throws 400 when neither is sent. */
export function requireCompanyOrOrganisation(query: { company_id?: string; organization_id?: string }, what: string): void {
  if (query.company_id === undefined && query.organization_id === undefined) throw errors.companyOrOrganisationFor(what);
}

/** Whether a record belongs to a company this request may see. */
export function isVisible({ access }: { access: Access }, record: { companyId: string } | undefined): boolean {
  return record !== undefined && access.companyIds.includes(record.companyId);
}

/** The record if this request may see it; otherwise throws `notFound` (Pleo answers 404, never 403, for another company's record). */
export function visibleOr<T extends { companyId: string }>(ctx: { access: Access }, record: T | undefined, notFound: () => ApiError): T {
  if (!isVisible(ctx, record)) throw notFound();
  return record!;
}
