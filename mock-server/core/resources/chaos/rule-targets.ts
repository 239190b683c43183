/** What armed rules may be filtered by (a key, a company) must exist in the sandbox they are armed in. */
import { errors } from "../../http/errors.ts";
import type { Sandbox } from "../../world/state.ts";

/** Throws a 400 naming the filter when its key (or OAuth grant, for Bearer calls) or company is not in this sandbox. */
export function checkRuleTargets(sandbox: Sandbox, { keyId, companyId }: { keyId?: string; companyId?: string }): void {
  const where = sandbox.workspace === undefined ? "this sandbox" : `workspace "${sandbox.workspace}"`;
  const known = (id: string) => sandbox.state.keys.some((k) => k.id === id) || sandbox.state.oauth.grants.some((g) => g.id === id);
  if (keyId !== undefined && !known(keyId)) {
    throw errors.invalidRequest(`keyId: no key or OAuth grant ${keyId} in ${where} (GET /sandbox/api-keys lists a company's keys; keys made in a workspace live only there).`);
  }
  if (companyId !== undefined && !sandbox.state.world.companies.some((c) => c.id === companyId)) {
    throw errors.invalidRequest(`companyId: no company ${companyId} in ${where} (GET /sandbox/world lists them).`);
  }
}
