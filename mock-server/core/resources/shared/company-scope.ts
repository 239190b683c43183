/** Company scoping shared by the accounting operations (pleo-api-facts.md §4). */
import { errors, type ApiError } from "../../http/errors.ts";
import type { Access } from "../../pipeline/route.ts";

/**
 * Accounting calls are about one company (or, where Pleo allows it, one organisation). A company-level
 * key may leave the company out and means its own; an organisation-level key must name it.
 */
export function requireExplicitTarget(access: Access, query: Record<string, unknown>, parameters: string[]): ApiError | undefined {
  if (access.key.accessLevel.type !== "organisation") return undefined;
  if (parameters.some((p) => query[p] !== undefined)) return undefined;
  return errors.companyRequired(parameters.join(" or "));
}

/** The `parameters` echo of Pleo's pagination object: every named filter that was sent. */
export function echoParameters(query: Record<string, unknown>, names: string[]): Record<string, string[]> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = query[name];
      return value === undefined ? [] : [[name, [value].flat().map(String)]];
    }),
  );
}
