/** GET /v2/employees and /v2/employees/{employeeId} (scope users:read). */
import { z } from "zod";
import { errors, type ApiError } from "../../http/errors.ts";
import type { World } from "../../world/fixtures.ts";
import { json, type SandboxResponse } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { findEmployee } from "../../world/records.ts";

/** Pleo spells this one `companyId` (camelCase), unlike most routes. */
export const employeesQuery = pagedQuery(
  { companyId: z.uuid().optional(), email: z.string().optional(), code: z.string().optional() },
  ["id", "firstName", "lastName", "email", "code"],
);
type EmployeesQuery = z.infer<typeof employeesQuery>;

/** Without companyId: every employee of every company the key covers. */
export function listEmployees({ world, access, query }: OperationContext<EmployeesQuery>): SandboxResponse {
  const matches = world.employees.filter(
    (e) =>
      access.companyIds.includes(e.companyId) &&
      (query.email === undefined || e.email.toLowerCase() === query.email.toLowerCase()) &&
      (query.code === undefined || e.code === query.code),
  );
  const parameters = Object.fromEntries(
    (["companyId", "email", "code"] as const).flatMap((k) => (query[k] === undefined ? [] : [[k, [query[k]!]]])),
  );
  return json(200, paginate(matches, query, parameters));
}

export function getEmployee({ world, access, params }: OperationContext): SandboxResponse | ApiError {
  const employee = findEmployee(world, params.employeeId ?? "");
  if (!employee || !access.companyIds.includes(employee.companyId)) {
    return errors.notFound("EMPLOYEE_NOT_FOUND", "employee", params.employeeId ?? "");
  }
  return json(200, { data: employee });
}
