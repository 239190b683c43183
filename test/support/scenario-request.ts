/** A scenario's request spec as headers, the way any client (and the guide) would send it. */
import type { Fixtures } from "../../mock-server/core/world/fixtures.ts";
import { authorizationFor } from "../../mock-server/core/scenarios/scenario-request.ts";
import type { RequestSpec } from "../../mock-server/core/scenarios/scenarios.ts";

export function toHeaders(spec: RequestSpec, fixtures: Fixtures): Record<string, string> {
  const authorization = authorizationFor(spec.credential, fixtures.readyMadeKeys);
  return authorization === undefined ? {} : { authorization };
}
