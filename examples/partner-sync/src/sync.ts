/** Our employee sync: what it does with Pleo's answers, including the refusals. */
import type { PleoClient } from "./pleo-client.js";

export type SyncResult =
  | { status: "ok"; companyId: string; employees: number }
  | { status: "re-authenticate"; why: string }
  | { status: "missing-permission"; why: string }
  | { status: "contact-pleo"; why: string };

/** Verifies the key, then pages through every employee it may see. */
export async function syncEmployees(client: PleoClient): Promise<SyncResult> {
  const me = await client.GET("/v1/installations/me");
  if (me.error) return refusal(me.response.status, me.error);
  const companyId = me.data.resource.replace("urn:pleo:company:", "");

  let employees = 0;
  for (let after: string | undefined; ; ) {
    const page = await client.GET("/v2/employees", { params: { query: { limit: 100, ...(after ? { after } : {}) } } });
    if (page.error) return refusal(page.response.status, page.error);
    employees += page.data.data.length;
    if (!page.data.pagination.hasNextPage) return { status: "ok", companyId, employees };
    after = page.data.pagination.endCursor;
  }
}

function refusal(status: number, error: { type?: string; message?: string }): SyncResult {
  const why = error.message ?? `HTTP ${status}`;
  if (status === 401) return { status: "re-authenticate", why };
  if (error.type === "FEATURE_NOT_ENABLED") return { status: "contact-pleo", why };
  return { status: "missing-permission", why };
}
