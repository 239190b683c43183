/** Ids and small helpers the master-data tests share (tags, tax codes, chart of accounts, vendors). */
import type { SandboxResponse } from "../../mock-server/core/http/http.ts";
import type { Sandbox } from "../../mock-server/core/world/state.ts";

export const NORDLYS_APS = "58af5fa9-f95f-4742-8583-4fff2bc94ac6";
export const NORDLYS_AB = "76f562b4-bae6-4b47-95f5-6cfc042c6fc8";
export const NORDLYS_ORG = "d0d79638-f9e7-46ee-a120-b9f3307ccec4";
export const FJORDLYS = "8f627532-9d31-412e-91b7-2899a93d9d54";
export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000001";

export const dataOf = <T>(response: SandboxResponse) => (response.body as { data: T }).data;
export const messageOf = (response: SandboxResponse) => (response.body as { message: string }).message;

/** Ids of the records some accounting entry (or split item) points at. */
export function usedIds(sandbox: Sandbox): Set<string> {
  const used = new Set<string>();
  for (const entry of sandbox.state.world.accountingEntries) {
    for (const ref of [entry, ...entry.splitItems]) {
      if (ref.accountId) used.add(ref.accountId);
      if (ref.taxCodeId) used.add(ref.taxCodeId);
      for (const t of ref.tags) used.add(t.tagId).add(t.tagGroupId);
    }
  }
  return used;
}
