/** GET /v2/employees and /v2/employees/{employeeId} (scope users:read). */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { json } from "../../http/http.ts";
import { paginate, pagedQuery } from "../../http/pagination.ts";
import { operation } from "../../pipeline/operation.ts";
import { findEmployee } from "../../world/records.ts";
import { echoParameters } from "../../http/query.ts";

/** Pleo spells this one `companyId` (camelCase), unlike most routes. */
const employeesQuery = pagedQuery({ companyId: z.uuid().optional(), email: z.string().optional(), code: z.string().optional() });

export const employeesOperations = {
  /** Without companyId: every employee of every company the key covers. */
  getEmployees: operation("getEmployees", {
    query: employeesQuery,
    run: ({ world, access, query }) => {
      const matches = world.employees.filter(
        (e) =>
          access.companyIds.includes(e.companyId) &&
          (query.email === undefined || e.email.toLowerCase() === query.email.toLowerCase()) &&
          (query.code === undefined || e.code === query.code),
      );
      return json(200, paginate(matches, query, echoParameters(query, ["companyId", "email", "code"])));
    },
  }),

  getEmployee: operation("getEmployee", {
    run: ({ world, access, params }) => {
      const employee = findEmployee(world, params.employeeId);
      if (!employee || !access.companyIds.includes(employee.companyId)) throw errors.notFound("EMPLOYEE_NOT_FOUND", "employee", params.employeeId);
      return json(200, { data: employee });
    },
  }),
};
