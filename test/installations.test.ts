/** POST, PUT, DELETE and :activate on /v1/installations/me: state per key and company, Pleo's statuses. */
import { beforeEach, describe, expect, it } from "vitest";
import type { Schemas } from "../mock-server/openapi/types.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { call, newSandbox, NOW, refusal } from "./support/call.ts";
import { companyNamed } from "./support/world.ts";

type Installation = Schemas["InstallationResponse"];
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const me = "/v1/installations/me";
const later = new Date(NOW.getTime() + 60_000);
const company = (name: string) => companyNamed(sandbox, name);

describe("installations", () => {
  it("creates with metadata and a status, and GET then shows it", async () => {
    const created = await call(sandbox, me, { method: "POST", key: "full-access", body: { metadata: { erp: "e-conomic" }, status: "PENDING_INTEGRATION" }, now: later });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: "PENDING_INTEGRATION", metadata: { erp: "e-conomic" }, updatedAt: "2026-11-24T12:01:00Z" });
    const got = (await call(sandbox, me, { key: "full-access" })).body as Installation;
    expect(got).toEqual(created.body);
  });

  it("updates the status and error code with PUT, which requires a status", async () => {
    const updated = await call(sandbox, me, { method: "PUT", key: "full-access", body: { status: "ERROR", errorCode: "AUTH_ERROR" } });
    expect(updated.body).toMatchObject({ status: "ERROR", errorCode: "AUTH_ERROR", metadata: {} });
    expect(refusal(await call(sandbox, me, { method: "PUT", key: "full-access", body: { errorCode: "AUTH_ERROR" } })).status).toBe(400);
    expect(refusal(await call(sandbox, me, { method: "PUT", key: "full-access", body: { status: "BROKEN" } })).status).toBe(400);
  });

  it("deletes: GET, PUT and DELETE are 404 until POST creates it again", async () => {
    expect((await call(sandbox, me, { method: "DELETE", key: "full-access" })).status).toBe(204);
    expect(refusal(await call(sandbox, me, { key: "full-access" }))).toEqual({ status: 404, type: "INSTALLATION_NOT_FOUND", reason: "not_found" });
    expect(refusal(await call(sandbox, me, { method: "PUT", key: "full-access", body: { status: "ACTIVATED" } })).status).toBe(404);
    expect(refusal(await call(sandbox, me, { method: "DELETE", key: "full-access" })).status).toBe(404);
    const again = await call(sandbox, me, { method: "POST", key: "full-access", body: {}, now: later });
    expect(again.body).toMatchObject({ status: "ACTIVATED", createdAt: "2026-11-24T12:01:00Z" });
  });

  it("activates a pending or failed installation, keeping its metadata and dropping the error code", async () => {
    await call(sandbox, me, { method: "PUT", key: "full-access", body: { status: "ERROR", errorCode: "AUTH_ERROR", metadata: { erp: "fortnox" } } });
    const activated = await call(sandbox, `${me}:activate`, { method: "POST", key: "full-access", now: later });
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({ status: "ACTIVATED", metadata: { erp: "fortnox" }, updatedAt: "2026-11-24T12:01:00Z" });
    expect(activated.body).not.toHaveProperty("errorCode");
    expect((await call(sandbox, me, { key: "full-access" })).body).toEqual(activated.body);
  });

  it("refuses to activate a deleted installation, and runs the key checks first", async () => {
    await call(sandbox, me, { method: "DELETE", key: "full-access" });
    expect(refusal(await call(sandbox, `${me}:activate`, { method: "POST", key: "full-access" }))).toEqual({ status: 404, type: "INSTALLATION_NOT_FOUND", reason: "not_found" });
    expect(refusal(await call(sandbox, `${me}:activate`, { method: "POST", key: "expired" })).reason).toBe("key_expired");
  });

  it("keeps state per key: another key's installation is untouched", async () => {
    await call(sandbox, me, { method: "DELETE", key: "full-access" });
    expect((await call(sandbox, me, { key: "read-only" })).status).toBe(200);
  });

  it("acts for an organisation key's first company, and GET can name another", async () => {
    await call(sandbox, me, { method: "PUT", key: "organisation", body: { status: "INACTIVE" } });
    const first = (await call(sandbox, me, { key: "organisation" })).body as Installation;
    expect(first).toMatchObject({ status: "INACTIVE", resource: `urn:pleo:company:${company("Nordlys ApS").id}` });
    const ab = (await call(sandbox, me, { key: "organisation", query: { company_id: company("Nordlys AB").id } })).body as Installation;
    expect(ab.status).toBe("ACTIVATED");
  });

  it("still runs every key check first", async () => {
    expect(refusal(await call(sandbox, me, { method: "POST", key: "expired", body: {} })).reason).toBe("key_expired");
    expect(refusal(await call(sandbox, me, { method: "DELETE", key: "no-feature" })).reason).toBe("feature_not_enabled");
  });
});
