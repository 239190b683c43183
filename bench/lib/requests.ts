/**
 * The four requests the HTTP figures are about, built from the default fixtures (found by slug
 * and status, never pasted ids): a 20-item employee page, a refused request (expired key), an
 * accounting-entry search of 100 items, and export items.
 */
import defaultFixtures from "../../fixtures/world.json" with { type: "json" };
import type { LoadRequest } from "./load.ts";

interface FixturesShape {
  readyMadeKeys: { slug: string; secret: string; accessLevel: { type: string; companyId?: string } }[];
  exportJobs: { id: string; status: string }[];
}

const fixtures = defaultFixtures as unknown as FixturesShape;
const basic = (slug: string) => `Basic ${Buffer.from(`${fixtures.readyMadeKeys.find((k) => k.slug === slug)!.secret}:`).toString("base64")}`;

export interface BenchRequest extends LoadRequest {
  id: "employees" | "refused" | "search" | "export";
  label: string;
}

/** The full-access key's Authorization header. */
export const FULL_ACCESS = basic("full-access");

const pendingJob = fixtures.exportJobs.find((j) => j.status === "pending")!;
const fullAccessCompany = fixtures.readyMadeKeys.find((k) => k.slug === "full-access")!.accessLevel.companyId!;

export const REQUESTS: readonly BenchRequest[] = [
  { id: "employees", label: "(i) GET /v2/employees (20 items)", method: "GET", url: "/v2/employees", headers: { authorization: FULL_ACCESS } },
  { id: "refused", label: "(ii) refused: expired key (401)", method: "GET", url: "/v2/employees", headers: { authorization: basic("expired") } },
  {
    id: "search",
    label: "(iii) POST /v1/accounting-entries:search (100 items)",
    method: "POST",
    url: `/v1/accounting-entries:search?company_id=${fullAccessCompany}&limit=100`,
    headers: { authorization: FULL_ACCESS, "content-type": "application/json" },
    body: '{"includeDeleted":false}',
  },
  { id: "export", label: "(iv) GET /v3/export-items (a job's items)", method: "GET", url: `/v3/export-items?job_id=${pendingJob.id}`, headers: { authorization: FULL_ACCESS } },
];

/** One captured answer, as the baseline servers replay it (bench/servers/captured.mjs). */
export interface Captured {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Asks a running sandbox for each request's answer, to replay the same bytes from the baselines. */
export async function capture(port: number): Promise<Captured[]> {
  const out: Captured[] = [];
  for (const request of REQUESTS) {
    const response = await fetch(`http://127.0.0.1:${port}${request.url}`, { method: request.method, headers: request.headers, body: request.body });
    const body = await response.text();
    // Two requests share a method and URL only when the credential differs: the baselines ignore headers, so the refused one gets its own URL there.
    out.push({ method: request.method, url: baselineUrl(request), status: response.status, headers: { "content-type": response.headers.get("content-type") ?? "application/json" }, body });
  }
  return out;
}

/** The URL a baseline answers this request on (the refused request gets a marker in its query, as its credential is what differs). */
export function baselineUrl(request: BenchRequest): string {
  return request.id === "refused" ? `${request.url}?refused` : request.url;
}
