/** The request pipeline of design.md, through handle() with a fixed clock. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { handle } from "../mock-server/core/handle.ts";
import { authorizationFor } from "../mock-server/core/scenarios/scenario-request.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, NOW, refusal } from "./support/call.ts";
import { companyNamed, secretOf, UNKNOWN_ID } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const company = (name: string) => companyNamed(sandbox, name);
/** The full-access key sent the way a client might get it wrong: as a Bearer token, or unencoded after Basic. */
const fullAccessAs = (scheme: "bearer" | "raw") => authorizationFor({ key: "full-access", scheme }, sandbox.fixtures.readyMadeKeys)!;
const expectRefusal = (response: Awaited<ReturnType<typeof call>>, expected: { status: number; type: string; reason: string; message: string }) => {
  expect(refusal(response)).toEqual({ status: expected.status, type: expected.type, reason: expected.reason });
  expect((response.body as { message: string }).message).toBe(expected.message);
};

describe("routes", () => {
  it("answers 404 NOT_FOUND for an unknown path", async () => {
    expectRefusal(await call(sandbox, "/v9/nothing", { key: "full-access" }), errors.unknownRoute("GET", "/v9/nothing"));
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const response = await call(sandbox, "/v2/employees", { method: "DELETE", key: "full-access" });
    expectRefusal(response, errors.methodNotAllowed("DELETE", "/v2/employees", ["GET"]));
    expect(response.headers.allow).toBe("GET");
  });

  it("does not read a path starting with // as a host", async () => {
    expect(refusal(await call(sandbox, "//evil.example/v2/employees"))).toMatchObject({ status: 404, reason: "unknown_route" });
  });
});

describe("credentials", () => {
  it("refuses a request without Authorization", async () => {
    expectRefusal(await call(sandbox, "/v2/employees"), errors.credentialMissing());
  });

  it("refuses a key sent as Bearer", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: fullAccessAs("bearer") });
    expectRefusal(response, errors.credentialBearer());
  });

  it("refuses an unencoded key after Basic", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: fullAccessAs("raw") });
    expectRefusal(response, errors.credentialNotBase64());
  });

  it("refuses base64 of the key without the trailing colon", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: `Basic ${btoa(secretOf(sandbox, "full-access"))}` });
    expectRefusal(response, errors.credentialNoColon());
  });

  it("refuses a Basic credential with a password", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: `Basic ${btoa(`${secretOf(sandbox, "full-access")}:x`)}` });
    expectRefusal(response, errors.credentialPassword());
  });

  it("refuses another scheme", async () => {
    expectRefusal(await call(sandbox, "/v2/employees", { authorization: "Digest abc" }), errors.credentialScheme("Digest"));
  });

  it("accepts the scheme name in any case", async () => {
    const response = await call(sandbox, "/v2/employees", { authorization: basicAuthorization(secretOf(sandbox, "full-access")).replace("Basic", "basic") });
    expect(response.status).toBe(200);
  });

  it("refuses an unknown key and shows only its prefix", async () => {
    const response = await call(sandbox, "/v2/employees", { key: "pls_notAKeyAtAll1234567890" });
    expectRefusal(response, errors.keyUnknown("pls_notA"));
    expect(JSON.stringify(response.body)).not.toContain("pls_notAKeyAtAll1234567890");
  });
});

describe("key state", () => {
  it("refuses a deleted key", async () => {
    expectRefusal(await call(sandbox, "/v2/employees", { key: "revoked" }), errors.keyRevoked("Sandbox revoked", "2026-02-01T12:00:00Z"));
  });

  it("refuses an expired key", async () => {
    expectRefusal(await call(sandbox, "/v2/employees", { key: "expired" }), errors.keyExpired("2025-06-30T00:00:00Z"));
  });

  it("refuses a key exactly at its expiry and accepts it one second before", async () => {
    const key = sandbox.state.keys.find((k) => k.name === "Sandbox full-access")!;
    expect((await call(sandbox, "/v2/employees", { key: "full-access", now: new Date(Date.parse(key.expiresAt) - 1000) })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v2/employees", { key: "full-access", now: new Date(key.expiresAt) })).reason).toBe("key_expired");
  });
});

describe("feature, company and scope, in that order", () => {
  it("refuses a key whose company lacks the API-keys feature", async () => {
    const ltd = company("Nordlys Ltd");
    expectRefusal(await call(sandbox, "/v2/employees", { key: "no-feature" }), errors.featureNotEnabled(ltd.name, ltd.id));
  });

  it("checks the feature before the scope", async () => {
    const response = await call(sandbox, "/v1/companies", { key: "no-feature", headers: {} });
    expect(refusal(response).reason).toBe("feature_not_enabled");
  });

  it("refuses a company_id the company-level key does not cover", async () => {
    const response = await call(sandbox, "/v2/employees", { key: "full-access", query: { companyId: company("Nordlys AB").id } });
    expect(refusal(response)).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "company_not_covered" });
    expect((response.body as { message: string }).message).toContain('company "Nordlys ApS"');
  });

  it("checks the company before the scope", async () => {
    const response = await call(sandbox, "/v1/companies/" + company("Nordlys AB").id, { key: "users-only" });
    expect(refusal(response).reason).toBe("company_not_covered");
  });

  it("refuses an operation whose scope the key lacks", async () => {
    expectRefusal(await call(sandbox, "/v1/companies", { key: "users-only" }), errors.scopeMissing("companies:read", ["users:read"]));
  });

  it("answers 400 for a company_id that is not a UUID", async () => {
    const response = await call(sandbox, "/v1/installations/me", { key: "full-access", query: { company_id: "abc" } });
    expectRefusal(response, errors.invalidRequest('company_id must be a UUID; got "abc".'));
  });

  it("refuses an employee of a company the key does not cover", async () => {
    const other = sandbox.fixtures.employees.find((e) => e.companyId === company("Nordlys AB").id)!;
    expect(refusal(await call(sandbox, `/v2/employees/${other.id}`, { key: "full-access" })).reason).toBe("company_not_covered");
  });
});

describe("organisation-level keys", () => {
  it("see every company of the organisation and no other", async () => {
    const response = await call(sandbox, "/v1/companies", { key: "organisation" });
    const names = (response.body as { data: { name: string }[] }).data.map((c) => c.name).sort();
    expect(names).toEqual(["Nordlys AB", "Nordlys ApS", "Nordlys Ltd"]);
  });

  it("reach a sister company's employees with its companyId", async () => {
    const ab = company("Nordlys AB");
    const response = await call(sandbox, "/v2/employees", { key: "organisation", query: { companyId: ab.id, limit: "100" } });
    const data = (response.body as { data: { companyId: string }[] }).data;
    expect(data.length).toBeGreaterThanOrEqual(20);
    expect(new Set(data.map((e) => e.companyId))).toEqual(new Set([ab.id]));
  });

  it("cannot reach a company of another organisation", async () => {
    const response = await call(sandbox, "/v2/employees", { key: "organisation", query: { companyId: company("Fjordlys Studio AS").id } });
    expect(refusal(response).reason).toBe("company_not_covered");
  });

  it("install for the organisation's first company when company_id is omitted", async () => {
    const response = await call(sandbox, "/v1/installations/me", { key: "organisation" });
    expect((response.body as { resource: string }).resource).toBe(`urn:pleo:company:${company("Nordlys ApS").id}`);
  });
});

describe("operations", () => {
  it("tells a company-level key its company as a URN", async () => {
    const response = await call(sandbox, "/v1/installations/me", { key: "users-only" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ resource: `urn:pleo:company:${company("Nordlys ApS").id}`, status: "ACTIVATED" });
  });

  it("gives the same installation id every time", async () => {
    const first = await call(sandbox, "/v1/installations/me", { key: "full-access" });
    const second = await call(await newSandbox(), "/v1/installations/me", { key: "full-access" });
    expect((first.body as { id: string }).id).toBe((second.body as { id: string }).id);
  });

  it("lists a company-level key's own company only", async () => {
    const response = await call(sandbox, "/v1/companies", { key: "full-access" });
    expect((response.body as { data: { id: string }[] }).data.map((c) => c.id)).toEqual([company("Nordlys ApS").id]);
  });

  it("gets a company by id", async () => {
    const dk = company("Nordlys ApS");
    const response = await call(sandbox, `/v1/companies/${dk.id}`, { key: "full-access" });
    expect(response.body).toEqual({
      data: { id: dk.id, name: dk.name, address: dk.address, organizationId: dk.organisationId, registrationNumber: dk.registrationNumber },
    });
  });

  it.each(["full-access", "organisation"])("answers Pleo's 404 for a company id no company has (%s key), after the checks", async (key) => {
    const response = await call(sandbox, `/v1/companies/${UNKNOWN_ID}`, { key });
    expectRefusal(response, errors.notFound("COMPANY_NOT_FOUND", "company", UNKNOWN_ID));
    expect(refusal(await call(sandbox, `/v1/companies/${UNKNOWN_ID}`, { key: "users-only" })).reason).toBe("scope_missing");
    expect(refusal(await call(sandbox, `/v1/companies/not-a-uuid`, { key })).status).toBe(400);
  });

  it("filters employees by email, case-insensitively, and by code", async () => {
    const employee = sandbox.fixtures.employees[5]!;
    const byEmail = await call(sandbox, "/v2/employees", { key: "full-access", query: { email: employee.email.toUpperCase() } });
    expect((byEmail.body as { data: unknown[] }).data).toEqual([employee]);
    const byCode = await call(sandbox, "/v2/employees", { key: "full-access", query: { code: employee.code! } });
    expect((byCode.body as { data: unknown[] }).data).toEqual([employee]);
  });

  it("gets an employee, and 404s an unknown one after the checks", async () => {
    const employee = sandbox.fixtures.employees[0]!;
    expect((await call(sandbox, `/v2/employees/${employee.id}`, { key: "full-access" })).body).toEqual({ data: employee });
    const missing = UNKNOWN_ID;
    expectRefusal(await call(sandbox, `/v2/employees/${missing}`, { key: "full-access" }), errors.notFound("EMPLOYEE_NOT_FOUND", "employee", missing));
    expect(refusal(await call(sandbox, `/v2/employees/${missing}`, { key: "no-feature" })).reason).toBe("feature_not_enabled");
  });

  it("rejects invalid query values with every problem named", async () => {
    const response = await call(sandbox, "/v2/employees", { key: "full-access", query: { limit: "-1", companyId: "x" } });
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});

describe("robustness", () => {
  it("answers 500 in Pleo's shape instead of throwing when the sandbox itself breaks", async () => {
    sandbox.state.world = undefined as never; // a broken world: every lookup throws
    const authorization = basicAuthorization(secretOf(sandbox, "full-access"));
    const response = await handle({ method: "GET", url: "/v2/employees", headers: { authorization } }, sandbox, NOW);
    expect(response.status).toBe(500);
    expect(refusal(response)).toEqual({ status: 500, type: "INTERNAL_ERROR", reason: "internal_error" });
  });
});
