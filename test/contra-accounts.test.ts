/**
 * Contra accounts: every Pleo account (wallet) of a company maps to an ERP account before Export v3
 * exports anything. Export items name the mapping; a company with an unmapped wallet is refused with
 * 400 MISSING_CONTRA_ACCOUNTS, naturally (Nordlys Ltd) or forced (`missing-contra-accounts`).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { CursorPageInfo, ExportItem } from "../mock-server/openapi/types.ts";
import { call, messageOf, newSandbox, refusal } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { companyNamed, entriesOf, pendingExportJob } from "./support/world.ts";

interface Page<T> { data: T[]; pagination: CursorPageInfo }

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const walletsOf = (name: string) => sandbox.state.world.wallets.filter((w) => w.companyId === companyNamed(sandbox, name).id);
const exportItems = (query: Record<string, string> = {}) => call(sandbox, "/v3/export-items", { key: "full-access", query: { limit: "100", ...query } });
const liveEntry = (name: string) => entriesOf(sandbox, name).find((e) => e.status === "COMPLETED" && !e.deletedAt && e.exportStatus === "NOT_EXPORTED")!;
const MISSING = { status: 400, type: "MISSING_CONTRA_ACCOUNTS", reason: "missing_contra_accounts" };

describe("the seeded contra-account configuration", () => {
  it("maps every wallet but Nordlys Ltd's, and gives Nordlys AB a second currency", () => {
    expect(walletsOf("Nordlys ApS").map((w) => [w.name, w.contraAccount !== undefined])).toEqual([["Pleo DKK Account", true]]);
    expect(walletsOf("Nordlys AB").map((w) => w.currency)).toEqual(["SEK", "EUR"]);
    expect(walletsOf("Nordlys Ltd").map((w) => [w.name, w.contraAccount])).toEqual([["Pleo GBP Account", undefined]]);
  });
});

describe("export items", () => {
  it("name the contra account of the wallet each entry was paid from, in Pleo's shape", async () => {
    const response = await exportItems({ job_id: pendingExportJob(sandbox, "Nordlys ApS").id });
    expect(response.status).toBe(200);
    const [wallet] = walletsOf("Nordlys ApS");
    const items = (response.body as Page<ExportItem>).data;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.contraAccount).toEqual({ id: wallet!.id, name: "Pleo DKK Account", code: wallet!.contraAccount!.code, identifier: wallet!.contraAccount!.identifier });
    }
    expect(pleoResponseProblems("pleo-export-openapi.yml", "GET", "/v3/export-items", response)).toEqual([]);
  });
});

describe("MISSING_CONTRA_ACCOUNTS", () => {
  it("refuses a job for a company whose wallet has no contra account, and creates none", async () => {
    const ltd = companyNamed(sandbox, "Nordlys Ltd");
    const jobsBefore = sandbox.state.world.exportJobs.length;
    const response = await call(sandbox, "/v3/export-jobs", { method: "POST", key: "organisation", body: { companyId: ltd.id, accountingEntryIds: [liveEntry("Nordlys Ltd").id] } });
    expect(refusal(response)).toEqual(MISSING);
    expect(messageOf(response)).toBe(errors.missingContraAccounts("Nordlys Ltd", ltd.id, ["Pleo GBP Account"]).message);
    expect(sandbox.state.world.exportJobs).toHaveLength(jobsBefore);
  });

  it("refuses export items until the wallet is mapped again, then gives them", async () => {
    const [wallet] = walletsOf("Nordlys ApS");
    const mapping = wallet!.contraAccount;
    delete wallet!.contraAccount; // the bookkeeper removed the mapping in the Accounting settings
    expect(refusal(await exportItems())).toEqual(MISSING);
    expect(refusal(await exportItems({ job_id: pendingExportJob(sandbox, "Nordlys ApS").id }))).toEqual(MISSING);
    wallet!.contraAccount = mapping;
    expect((await exportItems()).status).toBe(200);
  });

  it("is forced on GET /v3/export-items and POST /v3/export-jobs, and on nothing else", async () => {
    const forced = { "x-sandbox-scenario": "missing-contra-accounts" };
    expect(refusal(await call(sandbox, "/v3/export-items", { key: "full-access", headers: forced }))).toEqual(MISSING);
    const ab = companyNamed(sandbox, "Nordlys AB");
    const create = await call(sandbox, "/v3/export-jobs", { method: "POST", key: "organisation", headers: forced, body: { companyId: ab.id, accountingEntryIds: [liveEntry("Nordlys AB").id] } });
    expect(refusal(create)).toEqual(MISSING);
    expect(messageOf(create)).toContain('"Nordlys AB"');
    const elsewhere = await call(sandbox, "/v3/export-jobs", { key: "full-access", headers: forced });
    expect(refusal(elsewhere)).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
    expect(messageOf(elsewhere)).toContain("cannot apply here");
    expect(walletsOf("Nordlys AB").every((w) => w.contraAccount !== undefined)).toBe(true); // the world itself is untouched
  });
});
