/** Generated files stay in step with their sources: the OpenAPI types, the reference and the seeded world. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateWorld, renderWorld } from "../scripts/generate-fixtures.ts";
import { renderRoutes, renderSchemaTypes } from "../scripts/generate-types.ts";
import { renderReference } from "../scripts/render-reference.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("generated files", () => {
  it("schema.ts matches sandbox.yaml (run `npm run generate` when this fails)", async () => {
    expect(read("../mock-server/openapi/schema.ts")).toBe(await renderSchemaTypes());
  });

  it("the route table matches sandbox.yaml (run `npm run generate` when this fails)", async () => {
    expect(read("../mock-server/openapi/routes.ts")).toBe(await renderRoutes());
  });

  it("docs/reference.md matches the code and data it is generated from (run `npm run generate` when this fails)", async () => {
    expect(read("../docs/reference.md")).toBe(await renderReference());
  });

  it("fixtures/world.json is what the seed gives, byte for byte (run `npm run fixtures`)", () => {
    expect(read("../fixtures/world.json")).toBe(renderWorld());
  });

  it("another seed gives another world", () => {
    expect(generateWorld(1).employees[0]!.id).not.toBe(generateWorld(2).employees[0]!.id);
  });
});

describe("the default world", () => {
  const world = generateWorld();
  const withFeature = world.companies.filter((c) => c.features.includes("api-keys"));

  it("has an organisation with two companies with API keys and one without", () => {
    const organisation = world.organisations[0]!;
    const inOrganisation = world.companies.filter((c) => c.organisationId === organisation.id);
    expect(inOrganisation.filter((c) => c.features.includes("api-keys")).length).toBeGreaterThanOrEqual(2);
    expect(inOrganisation.some((c) => !c.features.includes("api-keys"))).toBe(true);
    expect(withFeature.length).toBeGreaterThanOrEqual(2);
  });

  it("has an admin, a bookkeeper and an employee in every company, and an organisation admin", () => {
    for (const company of world.companies) {
      const roles = world.users.filter((u) => u.companyId === company.id).map((u) => u.role);
      expect(roles).toEqual(expect.arrayContaining(["admin", "bookkeeper", "employee"]));
    }
    expect(world.users.some((u) => u.organisationAdmin)).toBe(true);
  });

  it("has at least 20 employees per company, each user among them", () => {
    for (const company of world.companies) expect(world.employees.filter((e) => e.companyId === company.id).length).toBeGreaterThanOrEqual(20);
    for (const user of world.users) expect(world.employees.some((e) => e.id === user.id && e.companyId === user.companyId)).toBe(true);
  });

  it("publishes the ready-made keys the reference lists", () => {
    expect(world.readyMadeKeys.map((k) => k.slug)).toEqual(["full-access", "read-only", "users-only", "expired", "revoked", "organisation", "no-feature", "integrated", "integrated-users-only"]);
    expect(new Set(world.readyMadeKeys.map((k) => k.secret)).size).toBe(world.readyMadeKeys.length);
  });

  it("has unique ids everywhere", () => {
    const ids = [...world.organisations, ...world.companies, ...world.employees, ...world.readyMadeKeys].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
