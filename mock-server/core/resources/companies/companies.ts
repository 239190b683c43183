/** GET /v1/companies and /v1/companies/{companyId} (scope companies:read). */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import type { WorldCompany } from "../../world/fixtures.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Company } from "../../../openapi/types.ts";

export const companiesQuery = pagedQuery({ organization_id: z.uuid().optional() });
type CompaniesQuery = z.infer<typeof companiesQuery>;

/** The Pleo shape of a company (the world also keeps its features and organisation). */
export function toCompany(company: WorldCompany): Company {
  return {
    id: company.id,
    name: company.name,
    address: company.address,
    organizationId: company.organisationId,
    registrationNumber: company.registrationNumber,
  };
}

/** The companies the key covers, narrowed to one organisation when `organization_id` is sent. */
export function listCompanies({ world, access, query }: OperationContext<"getCompanies", CompaniesQuery, never>): Reply<"getCompanies"> {
  const visible = world.companies.filter(
    (c) => access.companyIds.includes(c.id) && (query.organization_id === undefined || c.organisationId === query.organization_id),
  );
  const parameters: Record<string, string[]> = query.organization_id ? { organization_id: [query.organization_id] } : {};
  return json(200, paginate(visible.map(toCompany), query, parameters));
}

/** One company the key covers; one that does not exist is 404, as Pleo answers (another company's is refused by the checks). */
export function getCompany({ world, access, params }: OperationContext<"getCompany", never, never>): Reply<"getCompany"> {
  const company = world.companies.find((c) => c.id === params.companyId && access.companyIds.includes(c.id));
  if (!company) throw errors.notFound("COMPANY_NOT_FOUND", "company", params.companyId);
  return json(200, { data: toCompany(company) });
}
