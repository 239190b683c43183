/**
 * The "Make it fail" demos that need nothing but the sandbox: an armed scenario, the rate limit
 * and the request journal. Faults and webhooks have their own files.
 */
import { answerLine, control, header, withKey, type Demo, type LogLine } from "./failure-log.ts";

/** Arms a scenario for the next N requests about one company, calls the other company once, then that one N + 1 times. */
export const armScenario: Demo = async (config, form, log) => {
  const scenario = String(form.get("scenario"));
  const times = Math.min(3, Math.max(1, Number(form.get("times")) || 1));
  const company = config.companies.find((c) => c.id === form.get("company")) ?? config.companies[0]!;
  const other = config.companies.find((c) => c.id !== company.id)!;
  await control("POST", "/sandbox/scenarios/active", { scenario, companyId: company.id, times });
  log({ text: `Armed ${scenario} for the next ${times} request${times > 1 ? "s" : ""} about ${company.name}.` });
  const employees = (id: string) => withKey(config.organisationKey, "GET", `/v2/employees?companyId=${id}&limit=1`);
  log(answerLine(`First ${other.name}, not armed`, await employees(other.id)));
  for (let i = 1; i <= times + 1; i++) log(answerLine(`Call ${i}, ${company.name}`, await employees(company.id)));
};

/** Lowers the rate limit, calls until the sandbox answers 429, then puts the limit back as it was. */
export const hitRateLimit: Demo = async (config, form, log) => {
  const perMinute = Math.min(10, Math.max(1, Number(form.get("perMinute")) || 3));
  const before = (await control("GET", "/sandbox/rate-limit")).json as { data: { enabled: boolean; requestsPerMinute: number } };
  await control("POST", "/sandbox/rate-limit", { enabled: true, requestsPerMinute: perMinute });
  log({ text: `Limit lowered to ${perMinute} requests a minute per key (Pleo: 600).` });
  try {
    // Requests this key made in the last minute still count, so the 429 may come sooner.
    for (let i = 1; i <= perMinute + 1; i++) {
      const response = await withKey(config.companyKey, "GET", "/v1/companies");
      log(answerLine(`Call ${i}`, response));
      if (response.status === 429) {
        const message = (response.json as { message?: string } | undefined)?.message ?? "";
        log({ text: `Wait ${header(response, "retry-after")} s, as Retry-After says: ${message}` });
        break;
      }
    }
  } finally {
    const { enabled, requestsPerMinute } = before.data;
    await control("POST", "/sandbox/rate-limit", { enabled, requestsPerMinute });
    log({ text: `Limit put back: ${enabled ? `${requestsPerMinute} a minute` : `off, as it is in this page until you turn it on`}.` });
  }
};

interface JournalEntry {
  at: string;
  kind: "request" | "webhook";
  method: string;
  path: string;
  query?: string;
  status: number;
  reason?: string;
  scenario?: string;
  fault?: string;
  webhookId?: string;
  attempt?: number;
  chaos?: string;
}

/** Reads the last entries of the journal, newest first. */
export const readJournal: Demo = async (_config, form, log) => {
  const kind = String(form.get("kind") ?? "");
  const query = new URLSearchParams({ limit: "20", ...(kind && { kind }) });
  const response = await control("GET", `/sandbox/requests?${query}`);
  const entries = (response.json as { data: JournalEntry[] }).data;
  if (entries.length === 0) log({ text: "The journal is empty: try a demo above first." });
  for (const entry of entries) log(journalLine(entry));
};

function journalLine(entry: JournalEntry): LogLine {
  const time = entry.at.slice(11, 19);
  const what = entry.kind === "webhook"
    ? `webhook ${entry.webhookId} attempt ${entry.attempt} to ${entry.path}`
    : `${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ""}`;
  const status = entry.status === 0 ? "no answer (dropped)" : String(entry.status);
  const extra = [entry.reason, entry.scenario && `scenario ${entry.scenario}`, entry.fault && `fault ${entry.fault}`, entry.chaos].filter(Boolean);
  return {
    text: `${time} ${what} → ${status}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`,
    outcome: entry.status > 0 && entry.status < 400 ? "ok" : "bad",
    data: { kind: entry.kind, status: String(entry.status), path: entry.path, reason: entry.reason ?? "", fault: entry.fault ?? "", webhookId: entry.webhookId ?? "" },
  };
}
