/**
 * Property tests of handle() with fast-check (seeded, bounded): whatever a client sends, the answer
 * is a 2xx or a 4xx in Pleo's shape, never a 5xx (but the documented 501 `not_modelled`), never much
 * larger than the request, no built-in prototype is touched, and the sandbox answers its probes
 * afterwards as a fresh one does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handle } from "../mock-server/core/handle.ts";
import type { SandboxRequest } from "../mock-server/core/http/http.ts";
import { basicAuthorization } from "../mock-server/core/http/basic-credential.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import { newSandbox, NOW } from "./support/call.ts";
import { answerProblems, FUZZ_SEED, prototypeSnapshot, request, write } from "./support/fuzz.ts";
import { readyMadeKey, seeded, userWithRole } from "./support/world.ts";

const RUNS = 1_500;
const WRITE_RUNS = 300;

const full = basicAuthorization(readyMadeKey(seeded, "full-access").secret);
const expired = basicAuthorization(readyMadeKey(seeded, "expired").secret);
const admin = userWithRole(seeded, "Nordlys ApS", "admin").email;

/** Requests whose answers only the seeded data decides (no fuzzed write can change them). */
const readProbes: SandboxRequest[] = [
  { method: "GET", url: "/v2/employees?limit=5", headers: { authorization: full } },
  { method: "GET", url: "/v1/companies", headers: { authorization: full } },
  { method: "GET", url: "/sandbox/world", headers: {} },
  { method: "GET", url: "/v2/employees", headers: { authorization: full, "x-sandbox-scenario": "missing-scope" } },
];

/** After a reset, everything answers as in a fresh sandbox, writes included. */
const resetProbes: SandboxRequest[] = [
  ...readProbes,
  { method: "GET", url: "/sandbox/clock", headers: {} },
  { method: "GET", url: "/v2/employees", headers: { authorization: expired } },
  { method: "GET", url: "/v1/installations/me", headers: { authorization: full } },
  { method: "GET", url: "/v1/subscriptions", headers: { authorization: full } },
  {
    method: "POST",
    url: "/sandbox/api-keys",
    headers: { "x-sandbox-user": admin, "content-type": "application/json" },
    body: JSON.stringify({ name: "probe", expiresAt: "2027-01-01T00:00:00Z", accessLevel: { type: "company", companyId: seeded.users.find((u) => u.email === admin)!.companyId }, scopes: ["users:read"] }),
  },
];

/** The probes' answers, with what differs per call (new ids, secrets) masked. */
async function answers(sandbox: Sandbox, probes: SandboxRequest[]): Promise<string[]> {
  const out: string[] = [];
  for (const probe of probes) {
    const response = await handle(probe, sandbox, NOW);
    out.push(`${response.status} ${JSON.stringify(response.body).replace(/"(id|key|prefix)":"[^"]+"/g, '"$1":"…"')}`);
  }
  return out;
}

describe("handle() under generated requests (fast-check)", () => {
  it(`answers ${RUNS} requests in Pleo's shape, small, without touching a prototype; the sandbox still behaves the same`, async () => {
    const sandbox = await newSandbox();
    const fresh = await newSandbox();
    const prototypes = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const response = await handle(req, sandbox, NOW);
        expect(answerProblems(req, response)).toEqual([]);
        expect(() => JSON.stringify(response.body)).not.toThrow();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
    expect(prototypeSnapshot()).toBe(prototypes);
    expect(await answers(sandbox, readProbes)).toEqual(await answers(fresh, readProbes));
    expect((await handle({ method: "POST", url: "/sandbox/reset", headers: {} }, sandbox, NOW)).status).toBe(204);
    expect(await answers(sandbox, resetProbes)).toEqual(await answers(fresh, resetProbes));
  });

  it(`serves back whatever ${WRITE_RUNS} generated writes stored`, async () => {
    const sandbox = await newSandbox();
    const reads: SandboxRequest[] = [
      { method: "GET", url: "/v1/installations/me", headers: { authorization: full } },
      { method: "GET", url: "/v1/subscriptions?limit=100", headers: { authorization: full } },
      { method: "GET", url: `/v0/tag-groups?company_id=${seeded.companies[0]!.id}`, headers: { authorization: full } },
      { method: "POST", url: "/v1/chart-of-accounts:search?limit=100", headers: { authorization: full, "content-type": "application/json" }, body: JSON.stringify({ companyId: seeded.companies[0]!.id }) },
    ];
    await fc.assert(
      fc.asyncProperty(write, async (req) => {
        const response = await handle(req, sandbox, NOW);
        expect(answerProblems(req, response)).toEqual([]);
        for (const read of reads) {
          const answer = await handle(read, sandbox, NOW);
          expect(answer.status, `${read.url} after ${req.method} ${req.url}`).toBe(200);
          expect(() => JSON.stringify(answer.body)).not.toThrow();
        }
      }),
      { seed: FUZZ_SEED, numRuns: WRITE_RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
