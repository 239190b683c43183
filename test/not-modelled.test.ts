/**
 * Operations Pleo documents that the sandbox does not model (`x-sandbox-unmodelled` in sandbox.yaml)
 * answer a clear 501 in Pleo's shape, through the normal pipeline: after the credential checks,
 * never as an unknown route, and docs/differences.md says why.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { routeTable, type RouteSpec } from "../mock-server/openapi/routes.ts";
import { call, messageOf, newSandbox, refusal } from "./support/call.ts";
import { UNKNOWN_ID } from "./support/world.ts";

const unmodelled = (routeTable as readonly RouteSpec[]).filter((r) => r.unmodelled === true);
const differences = readFileSync(new URL("../docs/differences.md", import.meta.url), "utf8");

const pathOf = (route: RouteSpec) => route.path.replace(/\{[^}]+\}/g, UNKNOWN_ID);
const bodyOf = (route: RouteSpec) => (route.body === "none" ? undefined : {});

describe("operations the sandbox does not model", () => {
  it("include the vendor CSV import jobs", () => {
    expect(unmodelled.map((r) => r.operationId)).toEqual(expect.arrayContaining(["createCsvImportJobV1", "runCsvImportJobV1", "searchCsvImportJobsV1"]));
  });

  describe.each(unmodelled.map((r) => [`${r.method} ${r.path}`, r] as const))("%s", (_name, route) => {
    it("answers 501 NOT_IMPLEMENTED naming the operation and pointing at docs/differences.md", async () => {
      const sandbox = await newSandbox();
      const response = await call(sandbox, pathOf(route), { method: route.method, key: "full-access", query: { company_id: sandbox.fixtures.companies[0]!.id }, body: bodyOf(route) });
      expect(refusal(response)).toEqual({ status: 501, type: "NOT_IMPLEMENTED", reason: "not_modelled" });
      expect(messageOf(response)).toBe(errors.notModelled(route.method, route.path, route.operationId).message);
      expect(messageOf(response)).toContain("docs/differences.md");
    });

    it("runs the credential checks first", async () => {
      const sandbox = await newSandbox();
      expect(refusal(await call(sandbox, pathOf(route), { method: route.method, body: bodyOf(route) })).reason).toBe("credential_missing");
      expect(refusal(await call(sandbox, pathOf(route), { method: route.method, key: "expired", body: bodyOf(route) })).reason).toBe("key_expired");
      expect(refusal(await call(sandbox, pathOf(route), { method: route.method, key: "users-only", body: bodyOf(route) })).reason).toBe("scope_missing");
    });

    it("is explained in docs/differences.md", () => {
      expect(differences).toContain(`\`${route.method} ${route.path}\``);
    });
  });
});
