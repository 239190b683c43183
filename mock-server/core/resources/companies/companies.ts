/** GET /v1/companies and /v1/companies/{companyId} (scope companies:read). */
import { z } from "zod";
import { errors, type ApiError } from "../../http/errors.ts";
import type { WorldCompany } from "../../world/fixtures.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import type { Company } from "../../../openapi/types.ts";

export const companiesQuery = pagedQuery({ organization_id: z.uuid().optional() }, ["id", "name"]);
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

export function listCompanies({ world, access, query }: OperationContext<CompaniesQuery>): SandboxResponse {
  const visible = world.companies.filter(
    (c) => access.companyIds.includes(c.id) && (query.organization_id === undefined || c.organisationId === query.organization_id),
  );
  const parameters: Record<string, string[]> = query.organization_id ? { organization_id: [query.organization_id] } : {};
  return json(200, paginate(visible.map(toCompany), query, parameters));
}

export function getCompany({ world, access, params }: OperationContext): SandboxResponse | ApiError {
  const company = world.companies.find((c) => c.id === params.companyId && access.companyIds.includes(c.id));
  if (!company) return errors.notFound("COMPANY_NOT_FOUND", "company", params.companyId ?? "");
  return json(200, { data: toCompany(company) });
}
