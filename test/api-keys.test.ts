/** The control plane's Settings > API Keys: who may create keys, what they look like, and deletion. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { hashSecret } from "../mock-server/core/world/keys.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { SandboxUser } from "../mock-server/openapi/types.ts";
import { call, newSandbox, NOW, refusal } from "./support/call.ts";
import { companyNamed, UNKNOWN_ID, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const userOf = (companyName: string, role: SandboxUser["role"], organisationAdmin = false) => userWithRole(sandbox, companyName, role, organisationAdmin);

function keyRequest(overrides: Record<string, unknown> = {}) {
  return {
    name: "ERP sync",
    expiresAt: "2027-06-30T00:00:00Z",
    accessLevel: { type: "company", companyId: companyNamed(sandbox, "Nordlys ApS").id },
    scopes: ["users:read"],
    ...overrides,
  };
}

function create(user: string | undefined, body: unknown = keyRequest()) {
  return call(sandbox, "/sandbox/api-keys", { method: "POST", body, headers: user ? { "x-sandbox-user": user } : {} });
}

describe("creating a key", () => {
  it("shows the secret once, stores only its hash, and the key works at once", async () => {
    const admin = userOf("Nordlys ApS", "admin");
    const response = await create(admin.email);
    expect(response.status).toBe(201);
    const created = (response.body as { data: { id: string; key: string; createdBy: string; createdAt: string } }).data;
    expect(created.key).toMatch(/^pls_[A-Za-z0-9]{40}$/);
    expect(created).toMatchObject({ createdBy: admin.id, createdAt: "2026-11-24T12:00:00Z", expiresAt: "2027-06-30T00:00:00Z" });

    const stored = sandbox.state.keys.find((k) => k.id === created.id)!;
    expect(stored.hash).toBe(await hashSecret(created.key));
    expect(JSON.stringify(sandbox.state)).not.toContain(created.key);

    const listed = await call(sandbox, "/sandbox/api-keys", { headers: { "x-sandbox-user": admin.id } });
    expect(JSON.stringify(listed.body)).not.toContain(created.key);
    expect((listed.body as { data: { id: string; prefix: string }[] }).data[0]).toMatchObject({ id: created.id, prefix: created.key.slice(0, 8) });

    expect((await call(sandbox, "/v2/employees", { key: created.key })).status).toBe(200);
  });

  it("lets a bookkeeper create keys", async () => {
    expect((await create(userOf("Nordlys ApS", "bookkeeper").id)).status).toBe(201);
  });

  it("refuses an employee", async () => {
    const employee = userOf("Nordlys ApS", "employee");
    expect(refusal(await create(employee.id))).toEqual({ status: 403, type: "ACCESS_DENIED", reason: "role_insufficient" });
  });

  it("refuses a user of a company without the API-keys feature", async () => {
    const ltd = companyNamed(sandbox, "Nordlys Ltd");
    const response = await create(userOf("Nordlys Ltd", "admin").id, keyRequest({ accessLevel: { type: "company", companyId: ltd.id } }));
    expect(response.body).toEqual({ type: "FEATURE_NOT_ENABLED", message: errors.keyManagementFeature(ltd.name, ltd.id).message });
  });

  it("needs a known acting user", async () => {
    expect(refusal(await create(undefined))).toEqual({ status: 401, type: "UNAUTHORIZED", reason: "user_missing" });
    expect(refusal(await create("nobody@example.com"))).toEqual({ status: 401, type: "UNAUTHORIZED", reason: "user_unknown" });
  });

  it("refuses an expiry that is not in the future by the sandbox clock", async () => {
    const response = await create(userOf("Nordlys ApS", "admin").id, keyRequest({ expiresAt: NOW.toISOString() }));
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect((response.body as { message: string }).message).toContain("not in the future");
  });

  it.each([
    ["an unknown scope", { scopes: ["users:write"] }, "scopes.0"],
    ["no scopes", { scopes: [] }, "scopes"],
    ["a repeated scope", { scopes: ["users:read", "users:read"] }, "twice"],
    ["an empty name", { name: "  " }, "name"],
    ["a date that is not ISO-8601", { expiresAt: "next year" }, "expiresAt"],
    ["an unknown access level type", { accessLevel: { type: "team", teamId: "x" } }, "accessLevel"],
  ])("refuses %s with a 400 naming the field", async (_what, overrides, mentioned) => {
    const response = await create(userOf("Nordlys ApS", "admin").id, keyRequest(overrides));
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect((response.body as { message: string }).message).toContain(mentioned);
  });

  it("lists the valid scopes when one is unknown", async () => {
    const response = await create(userOf("Nordlys ApS", "admin").id, keyRequest({ scopes: ["users:write"] }));
    expect((response.body as { message: string }).message).toContain("companies:read");
  });

  it("lets only an organisation admin create organisation-level keys", async () => {
    const organisation = { type: "organisation", organisationId: companyNamed(sandbox, "Nordlys ApS").organisationId };
    const plainAdmin = await create(userOf("Nordlys ApS", "admin").id, keyRequest({ accessLevel: organisation }));
    expect(refusal(plainAdmin).reason).toBe("role_insufficient");
    const orgAdmin = await create(userOf("Nordlys ApS", "admin", true).id, keyRequest({ accessLevel: organisation }));
    expect(orgAdmin.status).toBe(201);
    const key = (orgAdmin.body as { data: { key: string } }).data.key;
    const companies = await call(sandbox, "/v1/companies", { key });
    expect(refusal(companies).reason).toBe("scope_missing"); // users:read only; the key works, the scope is missing
  });

  it("refuses a company-level key for another company unless the user is its organisation's admin", async () => {
    const ab = { type: "company", companyId: companyNamed(sandbox, "Nordlys AB").id };
    expect(refusal(await create(userOf("Nordlys ApS", "admin").id, keyRequest({ accessLevel: ab }))).reason).toBe("role_insufficient");
    expect((await create(userOf("Nordlys ApS", "admin", true).id, keyRequest({ accessLevel: ab }))).status).toBe(201);
    const fjord = { type: "company", companyId: companyNamed(sandbox, "Fjordlys Studio AS").id };
    expect(refusal(await create(userOf("Nordlys ApS", "admin", true).id, keyRequest({ accessLevel: fjord }))).reason).toBe("role_insufficient");
  });

  it("refuses an access level naming no company", async () => {
    const response = await create(userOf("Nordlys ApS", "admin").id, keyRequest({ accessLevel: { type: "company", companyId: UNKNOWN_ID } }));
    expect(refusal(response)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });
});

describe("listing and deleting keys", () => {
  it("lists the company's live keys, newest first, with their status", async () => {
    const admin = userOf("Nordlys ApS", "admin");
    await create(admin.id);
    const response = await call(sandbox, "/sandbox/api-keys", { headers: { "x-sandbox-user": admin.id } });
    const keys = (response.body as { data: { name: string; status: string }[] }).data;
    expect(keys[0]!.name).toBe("ERP sync");
    expect(keys.map((k) => k.name)).not.toContain("Sandbox revoked");
    expect(keys.find((k) => k.name === "Sandbox expired")!.status).toBe("expired");
    expect(keys.find((k) => k.name === "Sandbox full-access")!.status).toBe("active");
    expect(keys.map((k) => k.name)).not.toContain("Sandbox no-feature"); // another company's key
  });

  it("revokes a deleted key at once", async () => {
    const admin = userOf("Nordlys ApS", "admin");
    const created = (await create(admin.id)).body as { data: { id: string; key: string } };
    const deleted = await call(sandbox, `/sandbox/api-keys/${created.data.id}`, { method: "DELETE", headers: { "x-sandbox-user": admin.id } });
    expect(deleted.status).toBe(204);
    const response = await call(sandbox, "/v2/employees", { key: created.data.key });
    expect(refusal(response)).toEqual({ status: 401, type: "UNAUTHORIZED", reason: "key_revoked" });
    const again = await call(sandbox, `/sandbox/api-keys/${created.data.id}`, { method: "DELETE", headers: { "x-sandbox-user": admin.id } });
    expect(refusal(again)).toEqual({ status: 404, type: "API_KEY_NOT_FOUND", reason: "not_found" });
  });

  it("does not let another company's admin delete a key", async () => {
    const created = (await create(userOf("Nordlys ApS", "admin").id)).body as { data: { id: string } };
    const response = await call(sandbox, `/sandbox/api-keys/${created.data.id}`, { method: "DELETE", headers: { "x-sandbox-user": userOf("Nordlys AB", "admin").id } });
    expect(response.status).toBe(404);
  });
});

describe("clock and reset", () => {
  it("expires a key when the clock is advanced past its expiry", async () => {
    const admin = userOf("Nordlys ApS", "admin");
    const created = (await create(admin.id, keyRequest({ expiresAt: "2026-11-25T12:00:00Z" }))).body as { data: { key: string } };
    expect((await call(sandbox, "/v2/employees", { key: created.data.key })).status).toBe(200);
    const moved = await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 86_400 } });
    expect(moved.body).toEqual({ data: { now: "2026-11-25T12:00:00Z" } });
    expect(refusal(await call(sandbox, "/v2/employees", { key: created.data.key })).reason).toBe("key_expired");
  });

  it("jumps to a given time, also backwards, and reads it back", async () => {
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "2025-01-01T00:00:00Z" } });
    expect((await call(sandbox, "/sandbox/clock")).body).toEqual({ data: { now: "2025-01-01T00:00:00Z" } });
    expect((await call(sandbox, "/v2/employees", { key: "expired" })).status).toBe(200); // not yet expired then
  });

  it("keeps ticking with real time after a move", async () => {
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 60 } });
    const later = await call(sandbox, "/sandbox/clock", { now: new Date(NOW.getTime() + 5000) });
    expect(later.body).toEqual({ data: { now: "2026-11-24T12:01:05Z" } });
  });

  it.each([[{}], [{ advanceSeconds: -5 }], [{ now: "tomorrow" }], [{ now: "2026-01-01T00:00:00Z", advanceSeconds: 1 }]])(
    "refuses the clock body %j",
    async (body) => {
      expect(refusal(await call(sandbox, "/sandbox/clock", { method: "POST", body }))).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    },
  );

  it("resets keys and clock to the seeded world", async () => {
    const created = (await create(userOf("Nordlys ApS", "admin").id)).body as { data: { key: string } };
    await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 3600 } });
    expect((await call(sandbox, "/sandbox/reset", { method: "POST" })).status).toBe(204);
    expect(refusal(await call(sandbox, "/v2/employees", { key: created.data.key })).reason).toBe("key_unknown");
    expect((await call(sandbox, "/sandbox/clock")).body).toEqual({ data: { now: "2026-11-24T12:00:00Z" } });
  });
});

describe("the world", () => {
  it("describes organisations, companies with features, users with roles, and the scope catalogue", async () => {
    const world = ((await call(sandbox, "/sandbox/world")).body as { data: { companies: { features: string[]; name: string }[]; users: { role: string; companyId: string }[]; scopes: string[] } }).data;
    expect(world.companies.filter((c) => c.features.includes("api-keys")).length).toBeGreaterThanOrEqual(2);
    expect(world.companies.find((c) => c.name === "Nordlys Ltd")!.features).toEqual([]);
    expect(world.scopes).toContain("export-jobs:write");
    expect(JSON.stringify(world)).not.toContain("pls_");
  });
});
