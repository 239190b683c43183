/**
 * The shape of a sandbox's mutable state as it is saved (world/snapshot.ts): every part is checked
 * when a saved state is read back, so a hand-edited or damaged file is refused instead of
 * half-working. State parts added later pass through as saved.
 */
import { z } from "zod";
import {
  endpointAuthTypeValues,
  installationErrorCodeValues,
  installationStatusValues,
  subscriptionOperationTypeValues,
  subscriptionStatusValues,
  webhookEventTypeValues,
} from "../../openapi/types.ts";
import { enumOf } from "../http/enum-of.ts";
import { accessLevelSchema, fixturesSchema, scopeSchema } from "./fixtures.ts";

const timestamp = z.iso.datetime();

const storedKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  prefix: z.string(),
  ownerCompanyId: z.uuid(),
  accessLevel: accessLevelSchema,
  scopes: z.array(scopeSchema),
  createdAt: timestamp,
  createdBy: z.string(),
  expiresAt: timestamp,
  deletedAt: timestamp.optional(),
});

const storedInstallationSchema = z.object({
  status: enumOf(installationStatusValues),
  errorCode: enumOf(installationErrorCodeValues).optional(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  updatedAt: timestamp,
  deleted: z.boolean().optional(),
});

const storedSubscriptionSchema = z.object({
  id: z.uuid(),
  endpointUrl: z.string(),
  eventTypes: z.array(enumOf(webhookEventTypeValues)),
  status: enumOf(subscriptionStatusValues),
  customHeaders: z.record(z.string(), z.string()).optional(),
  endpointAuth: z
    .object({
      type: enumOf(endpointAuthTypeValues),
      credentials: z.object({ username: z.string().optional(), password: z.string().optional(), token: z.string().optional() }).optional(),
    })
    .optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.optional(),
  deletedBy: z.string().optional(),
  owner: z.object({ type: z.enum(["company", "organisation"]), id: z.uuid() }),
  secretKey: z.string().startsWith("whsec_"),
  activities: z.array(
    z.object({ id: z.uuid(), subscriptionId: z.uuid(), operationType: enumOf(subscriptionOperationTypeValues), description: z.string(), actorUrn: z.string(), createdAt: timestamp }),
  ),
});

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** The authorization server's records: client secrets, codes and refresh tokens as hashes only; access tokens by id. */
const oauthStateSchema = z.object({
  signingSecret: z.string().min(32),
  apps: z.array(z.object({ id: z.uuid(), clientId: z.string(), name: z.string(), secretHash: hash, redirectUris: z.array(z.string()), scopes: z.array(scopeSchema), ownerCompanyId: z.uuid(), createdAt: timestamp, deletedAt: timestamp.optional() })),
  installations: z.array(storedInstallationSchema.extend({ id: z.uuid(), appId: z.uuid(), resource: accessLevelSchema, scopes: z.array(scopeSchema), keyId: z.string().optional(), deletedAt: timestamp.optional() })),
  codes: z.array(z.object({ hash, appId: z.uuid(), redirectUri: z.string(), challenge: z.string(), resource: accessLevelSchema, scopes: z.array(scopeSchema), expiresAt: timestamp, usedAt: timestamp.optional() })),
  grants: z.array(
    z.object({
      id: z.uuid(),
      appId: z.uuid(),
      installationId: z.uuid(),
      scopes: z.array(scopeSchema),
      accessTokens: z.array(z.object({ jti: z.string(), expiresAt: timestamp, revokedAt: timestamp.optional() })),
      refreshTokens: z.array(z.object({ hash, expiresAt: timestamp, spentAt: timestamp.optional() })),
      revokedAt: timestamp.optional(),
    }),
  ),
});

/** A sandbox's state as saved: the world, keys (as hashes), the clock's offset, installations, subscriptions and the authorization server's records. */
export const savedStateSchema = z
  .object({
    world: fixturesSchema.omit({ readyMadeKeys: true, seed: true }),
    keys: z.array(storedKeySchema),
    clock: z.object({ offsetMs: z.number().finite() }),
    installations: z.record(z.string(), storedInstallationSchema),
    subscriptions: z.array(storedSubscriptionSchema),
    oauth: oauthStateSchema,
  })
  .loose();
