/**
 * The OAuth part of a fixtures file: the world's token-signing secret and its ready-made apps,
 * installations, grants and authorization codes. Their secrets are published on purpose (like the
 * ready-made keys), so the guide, the scenarios and a reader can use them at once.
 */
import { z } from "zod";
import { enumOf } from "../http/enum-of.ts";
import { installationStatusValues, scopeValues, type AccessLevel, type Scope } from "../../openapi/types.ts";

const timestamp = z.iso.datetime();
const scopes = z.array(enumOf<Scope>(scopeValues));

/** The company or organisation an app is installed for (the same shape as a key's access level). */
export const resourceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("company"), companyId: z.uuid() }).strict(),
  z.object({ type: z.literal("organisation"), organisationId: z.uuid() }).strict(),
]) satisfies z.ZodType<AccessLevel>;

const readyMadeAppSchema = z.object({
  slug: z.string(),
  description: z.string(),
  id: z.uuid(),
  clientId: z.string(),
  clientSecret: z.string(),
  name: z.string(),
  redirectUris: z.array(z.url()),
  scopes,
  ownerCompanyId: z.uuid(),
  createdBy: z.uuid(),
  createdAt: timestamp,
});

const readyMadeInstallationSchema = z.object({
  id: z.uuid(),
  appId: z.uuid(),
  resource: resourceSchema,
  scopes,
  status: enumOf(installationStatusValues),
  createdBy: z.uuid(),
  createdAt: timestamp,
});

/** A grant as if its user had approved it: its (published) access and refresh tokens. */
const readyMadeGrantSchema = z.object({
  slug: z.string(),
  description: z.string(),
  id: z.uuid(),
  installationId: z.uuid(),
  userId: z.uuid(),
  scopes,
  createdAt: timestamp,
  accessToken: z.string(),
  accessTokenId: z.uuid(),
  accessTokenExpiresAt: timestamp,
  refreshToken: z.string(),
  refreshTokenExpiresAt: timestamp,
});

/** An authorization code waiting to be exchanged, with the verifier whose challenge it carries. */
const readyMadeCodeSchema = z.object({
  slug: z.string(),
  description: z.string(),
  code: z.string(),
  codeVerifier: z.string(),
  codeChallenge: z.string(),
  appId: z.uuid(),
  redirectUri: z.url(),
  userId: z.uuid(),
  resource: resourceSchema,
  scopes,
  expiresAt: timestamp,
});

export const oauthFixturesSchema = z.object({
  /** The HS256 key access tokens are signed with; published, as the tokens are demo credentials. */
  signingSecret: z.string().min(32),
  apps: z.array(readyMadeAppSchema),
  installations: z.array(readyMadeInstallationSchema),
  grants: z.array(readyMadeGrantSchema),
  codes: z.array(readyMadeCodeSchema),
});

export type OAuthFixtures = z.infer<typeof oauthFixturesSchema>;
export type ReadyMadeApp = z.infer<typeof readyMadeAppSchema>;
export type ReadyMadeGrant = z.infer<typeof readyMadeGrantSchema>;
export type ReadyMadeCode = z.infer<typeof readyMadeCodeSchema>;
