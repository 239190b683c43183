/** GET /v1/installations/me: how an integration verifies its key and learns its company_id. */
import { json, type SandboxResponse } from "../http.ts";
import { stableUuid } from "../ids.ts";
import type { OperationContext } from "../route.ts";
import type { Schemas } from "../schema.ts";

/**
 * The installation of the key in the company it acts for. Pleo creates one when a key is activated;
 * the sandbox treats every usable key as activated (pleo-api-facts.md, "Not established").
 * An organisation key without company_id answers for the organisation's first company.
 */
export async function getInstallation({ access }: OperationContext): Promise<SandboxResponse> {
  const companyId = access.target.companyId ?? access.companyIds[0]!;
  const installation: Schemas["InstallationResponse"] = {
    id: await stableUuid(`installation:${access.key.id}:${companyId}`),
    applicationId: access.key.id,
    resource: `urn:pleo:company:${companyId}`,
    status: "ACTIVATED",
    metadata: {},
    createdAt: access.key.createdAt,
    updatedAt: access.key.createdAt,
  };
  return json(200, installation); // Pleo returns installations unwrapped (no `data`).
}
