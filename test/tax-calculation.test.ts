/** `POST /v0/tax-codes:calculate-tax-amounts`: gross, net and tax by the sandbox's one tax arithmetic. */
import { beforeEach, describe, expect, it } from "vitest";
import { errors } from "../mock-server/core/http/errors.ts";
import type { Sandbox } from "../mock-server/core/world/state.ts";
import type { CursorPageInfo, ExportItem, Schemas, TaxCode } from "../mock-server/openapi/types.ts";
import { call, dataOf, messageOf, newSandbox, refusal } from "./support/call.ts";
import { pleoResponseProblems } from "./support/pleo-schema.ts";
import { NORDLYS_AB, NORDLYS_APS, pendingExportJob, UNKNOWN_ID } from "./support/world.ts";

type Taxes = Schemas["CalculateTaxesData"]["data"]["taxes"];

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await newSandbox();
});

const PATH = "/v0/tax-codes:calculate-tax-amounts";
const calculate = (amountsByTaxCodeId: unknown, key = "full-access") => call(sandbox, PATH, { method: "POST", key, body: { amountsByTaxCodeId } });
const taxesOf = async (amountsByTaxCodeId: unknown) => {
  const response = await calculate(amountsByTaxCodeId);
  expect(response.status).toBe(200);
  expect(pleoResponseProblems("pleo-gjoll-openapi.yml", "POST", PATH, response)).toEqual([]);
  return dataOf<{ taxes: Taxes }>(response).taxes;
};
const codeOf = (companyId: string, type: TaxCode["type"], rate: number) =>
  sandbox.state.world.taxCodes.find((t) => t.companyId === companyId && t.type === type && t.rate === rate)!;
const dkk = (minors: number) => ({ currency: "DKK", minors });
const breakdown = (gross: number, net: number, tax: number) => ({ gross: dkk(gross), net: dkk(net), tax: dkk(tax) });

async function exclusiveCode(rate: number): Promise<TaxCode> {
  const body = { companyId: NORDLYS_APS, name: `Exclusive ${rate}`, rate, type: "exclusive", archived: false };
  return dataOf<TaxCode>(await call(sandbox, "/v0/tax-codes", { method: "POST", key: "full-access", body }));
}

describe("the arithmetic", () => {
  it("takes an inclusive code's amount as the gross, and answers every amount by its id", async () => {
    const standard = codeOf(NORDLYS_APS, "inclusive", 0.25);
    const taxes = await taxesOf({ [standard.id]: [{ id: "line-1", amount: dkk(12500) }, { id: "refund", amount: dkk(-12500) }] });
    expect(taxes).toEqual({
      [standard.id]: [
        { id: "line-1", amountTaxBreakdown: breakdown(12500, 10000, 2500) },
        { id: "refund", amountTaxBreakdown: breakdown(-12500, -10000, -2500) },
      ],
    });
  });

  it("takes an exclusive code's amount as the net, rounding halves away from zero", async () => {
    const exclusive = await exclusiveCode(0.25);
    const taxes = await taxesOf({ [exclusive.id]: [{ id: "a", amount: dkk(10000) }, { id: "half", amount: dkk(2) }, { id: "minus-half", amount: dkk(-2) }] });
    expect(taxes[exclusive.id]!.map((t) => t.amountTaxBreakdown)).toEqual([breakdown(12500, 10000, 2500), breakdown(3, 2, 1), breakdown(-3, -2, -1)]);
  });

  it("self-assesses a reverse-charge code's tax on top of an amount that is both net and gross", async () => {
    const reverse = codeOf(NORDLYS_APS, "reverse", 0.25);
    expect((await taxesOf({ [reverse.id]: [{ id: "eu", amount: { currency: "EUR", minors: 8000 } }] }))[reverse.id]).toEqual([
      { id: "eu", amountTaxBreakdown: { gross: { currency: "EUR", minors: 8000 }, net: { currency: "EUR", minors: 8000 }, tax: { currency: "EUR", minors: 2000 } } },
    ]);
  });

  it("answers an empty map with no taxes", async () => {
    expect(await taxesOf({})).toEqual({});
  });

  it("is the arithmetic of export items' lines", async () => {
    const job = pendingExportJob(sandbox, "Nordlys ApS");
    const items = ((await call(sandbox, "/v3/export-items", { key: "full-access", query: { job_id: job.id, limit: "100" } })).body as { data: ExportItem[]; pagination: CursorPageInfo }).data;
    const lines = items.flatMap((i) => i.accountingEntryLines).filter((l) => l.tax);
    expect(lines.length).toBeGreaterThan(0);
    const taxes = await taxesOf(Object.fromEntries([...new Set(lines.map((l) => l.tax!.id))].map((taxCodeId) => [
      taxCodeId,
      lines.filter((l) => l.tax!.id === taxCodeId).map((l) => ({ id: l.accountingEntryLineId, amount: { currency: l.lineAmount.inWalletCurrency.currency, minors: l.lineAmount.inWalletCurrency.value } })),
    ])));
    for (const line of lines) {
      const result = taxes[line.tax!.id]!.find((t) => t.id === line.accountingEntryLineId)!.amountTaxBreakdown;
      expect([result.tax.minors, result.net.minors]).toEqual([line.tax!.amount.inWalletCurrency.value, line.netAmount.inWalletCurrency.value]);
    }
  });
});

describe("refusals", () => {
  it("answers 404 for a tax code the key cannot see, or none at all", async () => {
    const foreign = codeOf(NORDLYS_AB, "inclusive", 0.25);
    const response = await calculate({ [foreign.id]: [{ id: "x", amount: dkk(100) }] });
    expect(refusal(response)).toEqual({ status: 404, type: "TAX_CODE_NOT_FOUND", reason: "not_found" });
    expect(messageOf(response)).toBe(errors.notFound("TAX_CODE_NOT_FOUND", "tax code", foreign.id).message);
    expect(refusal(await calculate({ [UNKNOWN_ID]: [] })).status).toBe(404);
    expect((await calculate({ [foreign.id]: [{ id: "x", amount: { currency: "SEK", minors: 100 } }] }, "organisation")).status).toBe(200);
  });

  it.each([
    ["a key that is not a tax code id", { "not-a-uuid": [] }],
    ["an amount without minors", { [UNKNOWN_ID]: [{ id: "x", amount: { currency: "DKK" } }] }],
    ["fractional minors", { [UNKNOWN_ID]: [{ id: "x", amount: dkk(1.5) }] }],
    ["a currency that is not ISO 4217", { [UNKNOWN_ID]: [{ id: "x", amount: { currency: "kr", minors: 1 } }] }],
    ["an amount without its id", { [UNKNOWN_ID]: [{ amount: dkk(1) }] }],
  ])("answers 400 for %s", async (_what, body) => {
    expect(refusal(await calculate(body))).toEqual({ status: 400, type: "VALIDATION_FAILED", reason: "invalid_request" });
  });

  it("needs tax-codes:read", async () => {
    expect(refusal(await calculate({}, "users-only")).reason).toBe("scope_missing");
  });
});
