/**
 * Compile-time checks of `operation()` (run by `npm run typecheck`, which `npm test` runs first):
 * each `@ts-expect-error` fails the build if the mistake below it ever stops being a type error.
 */
import { z } from "zod";
import { json } from "../../mock-server/core/http/http.ts";
import { operation, type Handlers } from "../../mock-server/core/pipeline/operation.ts";
import { handlers } from "../../mock-server/core/resources/index.ts";

const employee = {} as never;

export const mistakes = [
  // @ts-expect-error an operation sandbox.yaml does not declare
  operation("getEmployeez", { run: () => json(200, { data: employee }) }),
  // @ts-expect-error a status the operation does not declare
  operation("getEmployee", { run: () => json(201, { data: employee }) }),
  // @ts-expect-error a body of the wrong shape
  operation("getEmployee", { run: () => json(200, { data: 5 }) }),
  // @ts-expect-error reading a body the operation does not have
  operation("getEmployee", { run: (ctx) => json(200, { data: ctx.body as never }) }),
  // @ts-expect-error a query schema for an operation without a query
  operation("getEmployee", { query: z.object({ x: z.string() }), run: () => json(200, { data: employee }) }),
  // @ts-expect-error a query schema whose output drifts from the contract (limit is a number)
  operation("getEmployees", { query: z.object({ limit: z.string() }), run: () => json(200, {} as never) }),
  // @ts-expect-error a body schema whose output drifts from the contract (name is a string)
  operation("createTaxCode", { body: z.object({ name: z.number() }), run: () => json(200, {} as never) }),
  // @ts-expect-error path parameters are typed per operation
  operation("getEmployee", { run: ({ params }) => json(200, { data: params.employeeId satisfies number as never }) }),
  // @ts-expect-error the control plane has no API-key access
  operation("getSandboxWorld", { run: (ctx) => json(200, ctx.access as never) }),
];

// @ts-expect-error a handler filed under another operation's id
export const misfiled: Pick<Handlers, "getEmployee"> = { getEmployee: operation("getEmployees", { run: () => json(200, {} as never) }) };

// @ts-expect-error a registry missing an operation
export const incomplete: Handlers = { ...handlers, getEmployee: undefined };
