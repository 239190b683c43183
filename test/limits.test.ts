/**
 * Bounded everything, through handle(): huge arrays, deep or big JSON, out-of-range clock moves and
 * too many keys or subscriptions are each a small 4xx that changes nothing, and the sandbox keeps
 * serving as before.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import { LIMITS } from "../mock-server/core/http/limits.ts";
import { recordActivity } from "../mock-server/core/webhooks/activities.ts";
import { createSandbox, type Sandbox, type StoredKey } from "../mock-server/core/world/state.ts";
import { call, dataOf, messageOf, newSandbox, NOW, refusal } from "./support/call.ts";
import { companyNamed, pendingExportJob, readyMadeKey, userWithRole } from "./support/world.ts";

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const INVALID = { status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" };
const admin = () => userWithRole(sandbox, "Nordlys ApS", "admin").email;
const size = (body: unknown) => JSON.stringify(body).length;

function keyRequest(overrides: Record<string, unknown> = {}) {
  return {
    name: "ERP sync",
    expiresAt: "2027-06-30T00:00:00Z",
    accessLevel: { type: "company", companyId: companyNamed(sandbox, "Nordlys ApS").id },
    scopes: ["users:read"],
    ...overrides,
  };
}

const createKey = (body: unknown = keyRequest()) =>
  call(sandbox, "/sandbox/api-keys", { method: "POST", body, headers: { "x-sandbox-user": admin() } });

describe("arrays and problem lists", () => {
  it("refuses a 1 MiB body of 524,000 bad scopes in a small answer, before any schema lists them", async () => {
    const scopes = Array.from({ length: 524_000 }, () => 0);
    const response = await createKey(keyRequest({ scopes }));
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toBe("Invalid body: scopes: has 524000 items; at most 1000 are accepted in an array.");
    expect(sandbox.state.keys).toHaveLength(sandbox.fixtures.readyMadeKeys.length);
  });

  it("tells a problem shared by many items once, naming a few of them", async () => {
    const response = await createKey(keyRequest({ scopes: Array.from({ length: 1000 }, (_, i) => `bad-${i}`) }));
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toMatch(/^Invalid body: scopes\.0, scopes\.1, scopes\.2, scopes\.3, scopes\.4 and 995 more: Invalid option: expected one of [^;]+\.$/);
  });

  it("lists the first 20 distinct problems and counts the rest", async () => {
    const eventTypes = Array.from({ length: 1000 }, (_, i) => `event-${i}`);
    const response = await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes } });
    expect(refusal(response)).toEqual(INVALID);
    const message = messageOf(response);
    expect(message.match(/eventTypes\.\d+: /g)).toHaveLength(LIMITS.problemsListed);
    expect(message).toMatch(/; and 980 more problems\.$/);
    expect(size(response.body)).toBeLessThan(LIMITS.messageChars + 100);
  });

  it("bounds subscription event types and export item updates the same way", async () => {
    const subscription = await call(sandbox, "/v1/subscriptions", {
      method: "POST",
      key: "full-access",
      body: { endpointUrl: "https://erp.example/hooks", eventTypes: Array.from({ length: 200_000 }, () => 1) },
    });
    expect(refusal(subscription)).toEqual(INVALID);
    expect(size(subscription.body)).toBeLessThan(300);

    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const update = await call(sandbox, `/v3/export-jobs/${job.id}/items`, { method: "PUT", key: "full-access", body: Array.from({ length: 100_000 }, () => ({})) });
    expect(refusal(update)).toEqual(INVALID);
    expect(size(update.body)).toBeLessThan(300);
  });

  it("caps a message built from long values, and never quotes a long value whole", async () => {
    const response = await call(sandbox, "/v1/subscriptions", {
      method: "POST",
      key: "full-access",
      body: { endpointUrl: "https://erp.example/hooks", eventTypes: Array.from({ length: 100 }, (_, i) => `${i}${"e".repeat(9_000)}`) },
    });
    expect(refusal(response)).toEqual(INVALID);
    expect(size(response.body)).toBeLessThan(LIMITS.messageChars + 100);
  });

  it("refuses too many query parameters", async () => {
    const query = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, "1"]));
    const response = await call(sandbox, "/v2/employees", { key: "full-access", query });
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toContain("at most 100");
  });
});

describe("JSON depth and stored metadata", () => {
  const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  const putInstallation = (metadataText: string) =>
    call(sandbox, "/v1/installations/me", { method: "PUT", key: "full-access", body: `{"status":"ACTIVATED","metadata":${metadataText}}` });

  it("refuses metadata nested 5,000 deep without storing it, and the installation still reads", async () => {
    const response = await putInstallation(deep(5_000));
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toContain("nests deeper than 32 levels");
    expect(sandbox.state.installations).toEqual({});
    const read = await call(sandbox, "/v1/installations/me", { key: "full-access" });
    expect(read.status).toBe(200);
  });

  it("keeps metadata to 8 levels and 16 KiB", async () => {
    expect(refusal(await putInstallation(deep(9)))).toEqual(INVALID);
    expect(messageOf(await putInstallation(JSON.stringify({ note: "n".repeat(9_000), more: "m".repeat(9_000) })))).toContain("at most 16384 are kept");
    expect((await putInstallation(deep(8))).status).toBe(200);
    expect((await call(sandbox, "/v1/installations/me", { key: "full-access" })).status).toBe(200);
  });

  it("refuses a string longer than 10,000 characters", async () => {
    const response = await createKey(keyRequest({ name: "n".repeat(10_001) }));
    expect(messageOf(response)).toBe("Invalid body: name: is 10001 characters long; at most 10000 are accepted.");
  });
});

describe("the clock", () => {
  it("refuses a move to an absurd time and changes nothing: keys still expire and are still made", async () => {
    const expired = readyMadeKey(sandbox, "expired");
    const response = await call(sandbox, "/sandbox/clock", { method: "POST", body: { advanceSeconds: 1e15 } });
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toBe(errors.clockOutOfRange("2000-01-01T00:00:00Z", "2999-12-31T23:59:59Z").message);
    expect(sandbox.state.clock.offsetMs).toBe(0);
    expect(dataOf(await call(sandbox, "/sandbox/clock"))).toEqual({ now: "2026-11-24T12:00:00Z" });
    expect((await createKey()).status).toBe(201);
    expect(refusal(await call(sandbox, "/v2/employees", { key: expired.secret })).reason).toBe("key_expired");
  });

  it("refuses a time before 2000 and accepts the edges of the range", async () => {
    expect(refusal(await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "1999-12-31T23:59:59Z" } }))).toEqual(INVALID);
    expect(dataOf(await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "2999-12-31T23:59:59Z" } }))).toEqual({ now: "2999-12-31T23:59:59Z" });
    expect(dataOf(await call(sandbox, "/sandbox/clock", { method: "POST", body: { now: "2000-01-01T00:00:00Z" } }))).toEqual({ now: "2000-01-01T00:00:00Z" });
  });

  it("refuses a key that would expire after the year 9999", async () => {
    const response = await createKey(keyRequest({ expiresAt: "9999-12-31T23:00:00-05:00" }));
    expect(refusal(response)).toEqual(INVALID);
    expect(messageOf(response)).toContain("before the year 10000");
  });
});

describe("per-sandbox caps", () => {
  it("refuses the key past the cap with 409 limit_reached; a deleted key is still refused as revoked", async () => {
    const small = await createSandbox({ clock: () => NOW, limits: { keys: sandbox.fixtures.readyMadeKeys.length + 1 } });
    const user = { "x-sandbox-user": userWithRole(small, "Nordlys ApS", "admin").email };
    const made = await call(small, "/sandbox/api-keys", { method: "POST", body: keyRequest(), headers: user });
    const { id, key } = dataOf<{ id: string; key: string }>(made);
    expect((await call(small, `/sandbox/api-keys/${id}`, { method: "DELETE", headers: user })).status).toBe(204);
    const refused = await call(small, "/sandbox/api-keys", { method: "POST", body: keyRequest(), headers: user });
    expect(refusal(refused)).toEqual({ status: 409, type: "LIMIT_REACHED", reason: "limit_reached" });
    expect(messageOf(refused)).toContain("POST /sandbox/reset");
    expect(refusal(await call(small, "/v2/employees", { key })).reason).toBe("key_revoked");
  });

  it("refuses a subscription past the per-owner cap, and one past the sandbox's", async () => {
    const small = await createSandbox({ clock: () => NOW, limits: { subscriptionsPerOwner: 2, subscriptions: 3 } });
    const subscribe = (key: string) =>
      call(small, "/v1/subscriptions", { method: "POST", key, body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.export-job.created"] } });
    expect((await subscribe("full-access")).status).toBe(200);
    expect((await subscribe("full-access")).status).toBe(200);
    const perOwner = await subscribe("full-access");
    expect(refusal(perOwner)).toEqual({ status: 409, type: "LIMIT_REACHED", reason: "limit_reached" });
    expect(messageOf(perOwner)).toContain("Delete one");
    expect((await subscribe("organisation")).status).toBe(200);
    expect(refusal(await subscribe("organisation"))).toEqual({ status: 409, type: "LIMIT_REACHED", reason: "limit_reached" });
  });
});

describe("a subscription's history", () => {
  it("keeps its CREATE and the newest 999 other activities", async () => {
    const { id } = dataOf<{ id: string }>(await call(sandbox, "/v1/subscriptions", { method: "POST", key: "full-access", body: { endpointUrl: "https://erp.example/hooks", eventTypes: ["v1.vendor.created"] } }));
    const subscription = sandbox.state.subscriptions.find((s) => s.id === id)!;
    for (let i = 1; i <= 1_200; i++) recordActivity(subscription, "DELIVERY", `attempt ${i}`, "urn:test", NOW);
    expect(subscription.activities).toHaveLength(LIMITS.activitiesPerSubscription);
    expect(subscription.activities[0]!.operationType).toBe("CREATE");
    expect(subscription.activities[1]!.description).toBe("attempt 202");
    expect(subscription.activities.at(-1)!.description).toBe("attempt 1200");
  });
});

describe("the key list and key lookup", () => {
  it("pages the control plane's key list", async () => {
    for (let i = 0; i < 3; i++) expect((await createKey(keyRequest({ name: `key ${i}` }))).status).toBe(201);
    const first = await call(sandbox, "/sandbox/api-keys", { query: { limit: "2" }, headers: { "x-sandbox-user": admin() } });
    const page = first.body as { data: { name: string }[]; pagination: { hasNextPage: boolean; endCursor: string; total: number } };
    expect(page.data).toHaveLength(2);
    expect(page.pagination.hasNextPage).toBe(true);
    const next = await call(sandbox, "/sandbox/api-keys", { query: { limit: "2", after: page.pagination.endCursor }, headers: { "x-sandbox-user": admin() } });
    expect(dataOf<unknown[]>(next).length).toBe(Math.min(2, page.pagination.total - 2));
  });

  it("finds a key by its hash without reading the other keys, however many there are", async () => {
    const made = dataOf<{ key: string }>(await createKey());
    const filler: StoredKey[] = Array.from({ length: 50_000 }, (_, i) => ({ ...sandbox.state.keys[0]!, id: `filler-${i}`, hash: `filler-${i}` }));
    let reads = 0;
    const keys = new Proxy([...filler, ...sandbox.state.keys], {
      get(target, property, receiver) {
        if (typeof property === "string" && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    sandbox.state.keys = keys;
    expect((await call(sandbox, "/v2/employees", { key: made.key })).status).toBe(200); // builds the index once
    reads = 0;
    expect((await call(sandbox, "/v2/employees", { key: made.key })).status).toBe(200);
    expect(refusal(await call(sandbox, "/v2/employees", { key: "pls_doesNotExist0000000000000000000000000000" })).reason).toBe("key_unknown");
    expect(reads).toBeLessThan(10);
  });
});
