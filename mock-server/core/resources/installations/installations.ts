/**
 * `/v1/installations/me`: how an integration verifies its key, learns its company_id and reports
 * its own status. A Standalone key's state is kept per key and company (GET, PUT and DELETE after a
 * DELETE are 404); an app's integrated key and tokens share their app installation, and DELETE
 * uninstalls the app (revoking them).
 */
import { z } from "zod";
import { boundedMetadata } from "../shared/metadata.ts";
import { isoSeconds } from "../../world/clock.ts";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import { stableUuid } from "../../world/ids.ts";
import type { Access } from "../../pipeline/access.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { installationErrorCodeValues, installationStatusValues, type Schemas } from "../../../openapi/types.ts";
import type { Sandbox, StoredInstallation } from "../../world/state.ts";
import type { StoredAppInstallation } from "../../oauth/oauth-state.ts";
import { installationById, uninstall } from "../../oauth/records.ts";
import { resourceUrn } from "../../oauth/tokens.ts";
import { enumOf } from "../../http/enum-of.ts";

const metadata = boundedMetadata;

/** Pleo's `CreateClientInstallationRequest`. */
export const createInstallationBody = z.object({
  metadata: metadata.optional(),
  status: enumOf(installationStatusValues).optional(),
}) satisfies z.ZodType<Schemas["CreateClientInstallationRequest"]>;
type CreateInstallationBody = z.infer<typeof createInstallationBody>;

/** Pleo's `UpdateInstallationRequest`. */
export const updateInstallationBody = z.object({
  status: enumOf(installationStatusValues),
  errorCode: enumOf(installationErrorCodeValues).optional(),
  metadata: metadata.optional(),
}) satisfies z.ZodType<Schemas["UpdateInstallationRequest"]>;
type UpdateInstallationBody = z.infer<typeof updateInstallationBody>;

/** What every installation operation reads: the sandbox's stored installations and the request's key. */
interface InstallationContext {
  sandbox: Sandbox;
  access: Access;
  now: Date;
}

/**
 * The app installation an integrated key or an access token acts on (Pleo keeps installations per
 * app and company); undefined for a Standalone key, whose installation is kept per key below.
 */
function appInstallation(ctx: InstallationContext): StoredAppInstallation | undefined {
  const id = ctx.access.key.installation?.id;
  return id === undefined ? undefined : installationById(ctx.sandbox.state.oauth, id);
}

/** The company the request is about: `company_id` on GET; otherwise the key's (an organisation key's first). */
const companyOf = ({ access }: { access: Access }) => access.target.companyId ?? access.companyIds[0]!;
const keyOf = (ctx: InstallationContext) => `${ctx.access.key.id}:${companyOf(ctx)}`;

/**
 * The stored installation, or the one every usable key has until it changes it (Pleo creates one when a
 * key is activated; pleo-api-facts.md, "Not established"); undefined after a DELETE.
 */
function current(ctx: InstallationContext): StoredInstallation | undefined {
  const app = appInstallation(ctx);
  if (app) return app.deletedAt === undefined ? app : undefined;
  const stored = ctx.sandbox.state.installations[keyOf(ctx)];
  if (stored) return stored.deleted ? undefined : stored;
  return { status: "ACTIVATED", metadata: {}, createdAt: ctx.access.key.createdAt, updatedAt: ctx.access.key.createdAt };
}

/** The current installation; throws INSTALLATION_NOT_FOUND after a DELETE. */
function existing(ctx: InstallationContext): StoredInstallation {
  const installation = current(ctx);
  if (!installation) throw errors.installationNotFound(companyOf(ctx));
  return installation;
}

/** Stores `installation` as the request's key's, for the request's company. */
function store(ctx: InstallationContext, installation: StoredInstallation): void {
  const app = appInstallation(ctx);
  if (!app) {
    ctx.sandbox.state.installations[keyOf(ctx)] = installation;
  } else if (installation.deleted) {
    uninstall(ctx.sandbox.state.oauth, app, ctx.now, "the app deleted its installation (DELETE /v1/installations/me)");
  } else {
    delete app.errorCode;
    Object.assign(app, installation);
  }
}

/**
 * Pleo's `InstallationResponse` for the request's key and company, sent unwrapped (Pleo returns
 * installations without `data`); its id is stable per key and company.
 */
async function toResponse(ctx: InstallationContext, installation: StoredInstallation): Promise<Schemas["InstallationResponse"]> {
  const companyId = companyOf(ctx);
  const app = appInstallation(ctx);
  return {
    id: app?.id ?? (await stableUuid(`installation:${ctx.access.key.id}:${companyId}`)),
    applicationId: app?.appId ?? ctx.access.key.id,
    resource: app ? resourceUrn(app.resource) : `urn:pleo:company:${companyId}`,
    status: installation.status,
    metadata: installation.metadata,
    createdAt: installation.createdAt,
    updatedAt: installation.updatedAt,
    ...(installation.errorCode && { errorCode: installation.errorCode }),
  };
}

/** The installation of the key in the request's company. */
export async function getInstallation(ctx: OperationContext<"getClientInstallation", never, never>): Promise<Reply<"getClientInstallation">> {
  return json(200, await toResponse(ctx, existing(ctx)));
}

/** Creates (or re-creates after a DELETE) the installation; an existing one is updated. */
export async function createInstallation(
  ctx: OperationContext<"createClientInstallation", never, CreateInstallationBody>,
): Promise<Reply<"createClientInstallation">> {
  const at = isoSeconds(ctx.now);
  const previous = current(ctx);
  const installation: StoredInstallation = {
    status: ctx.body.status ?? previous?.status ?? "ACTIVATED",
    metadata: ctx.body.metadata ?? previous?.metadata ?? {},
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  store(ctx, installation);
  return json(200, await toResponse(ctx, installation));
}

/** Replaces the status and error code; metadata left out keeps its value. */
export async function updateInstallation(
  ctx: OperationContext<"updateClientInstallation", never, UpdateInstallationBody>,
): Promise<Reply<"updateClientInstallation">> {
  const previous = existing(ctx);
  const installation: StoredInstallation = {
    status: ctx.body.status,
    ...(ctx.body.errorCode && { errorCode: ctx.body.errorCode }),
    metadata: ctx.body.metadata ?? previous.metadata,
    createdAt: previous.createdAt,
    updatedAt: isoSeconds(ctx.now),
  };
  store(ctx, installation);
  return json(200, await toResponse(ctx, installation));
}

/** Activates the installation, keeping its metadata and clearing any error code. */
export async function activateInstallation(ctx: OperationContext<"activateMyInstallation", never, never>): Promise<Reply<"activateMyInstallation">> {
  const previous = existing(ctx);
  const installation: StoredInstallation = { status: "ACTIVATED", metadata: previous.metadata, createdAt: previous.createdAt, updatedAt: isoSeconds(ctx.now) };
  store(ctx, installation);
  return json(200, await toResponse(ctx, installation));
}

/** Marks the installation deleted: GET, PUT and DELETE answer 404 until POST creates it again. */
export function deleteInstallation(ctx: OperationContext<"deleteClientInstallation", never, never>): Reply<"deleteClientInstallation"> {
  store(ctx, { ...existing(ctx), deleted: true });
  return empty(204);
}
