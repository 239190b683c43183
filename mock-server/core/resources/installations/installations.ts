/**
 * `/v1/installations/me`: how an integration verifies its key, learns its company_id and reports
 * its own status. State is kept per key and company; GET, PUT and DELETE after a DELETE are 404.
 */
import { z } from "zod";
import { isoSeconds } from "../../world/clock.ts";
import { errors, type ApiError } from "../../http/errors.ts";
import { empty, json, type SandboxResponse } from "../../http/http.ts";
import { stableUuid } from "../../world/ids.ts";
import type { OperationContext } from "../../pipeline/route.ts";
import { installationErrorCodeValues, installationStatusValues, type Schemas } from "../../../openapi/types.ts";
import type { StoredInstallation } from "../../world/state.ts";
import { enumOf } from "../../http/enum-of.ts";

const metadata = z.record(z.string(), z.unknown());

/** Pleo's `CreateClientInstallationRequest`. */
export const createInstallationBody = z.object({ metadata: metadata.optional(), status: enumOf(installationStatusValues).optional() });
/** Pleo's `UpdateInstallationRequest`. */
export const updateInstallationBody = z.object({
  status: enumOf(installationStatusValues),
  errorCode: enumOf(installationErrorCodeValues).optional(),
  metadata: metadata.optional(),
});

/** The company the request is about: `company_id` on GET; otherwise the key's (an organisation key's first). */
const companyOf = ({ access }: OperationContext<unknown, unknown>) => access.target.companyId ?? access.companyIds[0]!;
const keyOf = (ctx: OperationContext<unknown, unknown>) => `${ctx.access.key.id}:${companyOf(ctx)}`;

/**
 * The stored installation, or the one every usable key has until it changes it (Pleo creates one when a
 * key is activated; pleo-api-facts.md, "Not established"); undefined after a DELETE.
 */
function current(ctx: OperationContext<unknown, unknown>): StoredInstallation | undefined {
  const stored = ctx.sandbox.state.installations[keyOf(ctx)];
  if (stored) return stored.deleted ? undefined : stored;
  return { status: "ACTIVATED", metadata: {}, createdAt: ctx.access.key.createdAt, updatedAt: ctx.access.key.createdAt };
}

async function respond(ctx: OperationContext<unknown, unknown>, installation: StoredInstallation): Promise<SandboxResponse> {
  const companyId = companyOf(ctx);
  const body: Schemas["InstallationResponse"] = {
    id: await stableUuid(`installation:${ctx.access.key.id}:${companyId}`),
    applicationId: ctx.access.key.id,
    resource: `urn:pleo:company:${companyId}`,
    status: installation.status,
    metadata: installation.metadata,
    createdAt: installation.createdAt,
    updatedAt: installation.updatedAt,
    ...(installation.errorCode && { errorCode: installation.errorCode }),
  };
  return json(200, body); // Pleo returns installations unwrapped (no `data`).
}

export async function getInstallation(ctx: OperationContext): Promise<SandboxResponse | ApiError> {
  const installation = current(ctx);
  return installation ? respond(ctx, installation) : errors.installationNotFound(companyOf(ctx));
}

/** Creates (or re-creates after a DELETE) the installation; an existing one is updated. */
export async function createInstallation(ctx: OperationContext<undefined, z.infer<typeof createInstallationBody>>): Promise<SandboxResponse> {
  const at = isoSeconds(ctx.now);
  const existing = current(ctx);
  const installation: StoredInstallation = {
    status: ctx.body.status ?? existing?.status ?? "ACTIVATED",
    metadata: ctx.body.metadata ?? existing?.metadata ?? {},
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  ctx.sandbox.state.installations[keyOf(ctx)] = installation;
  return respond(ctx, installation);
}

export async function updateInstallation(ctx: OperationContext<undefined, z.infer<typeof updateInstallationBody>>): Promise<SandboxResponse | ApiError> {
  const existing = current(ctx);
  if (!existing) return errors.installationNotFound(companyOf(ctx));
  const installation: StoredInstallation = {
    status: ctx.body.status,
    ...(ctx.body.errorCode && { errorCode: ctx.body.errorCode }),
    metadata: ctx.body.metadata ?? existing.metadata,
    createdAt: existing.createdAt,
    updatedAt: isoSeconds(ctx.now),
  };
  ctx.sandbox.state.installations[keyOf(ctx)] = installation;
  return respond(ctx, installation);
}

export function deleteInstallation(ctx: OperationContext): SandboxResponse | ApiError {
  const existing = current(ctx);
  if (!existing) return errors.installationNotFound(companyOf(ctx));
  ctx.sandbox.state.installations[keyOf(ctx)] = { ...existing, deleted: true };
  return empty(204);
}
