/**
 * The OAuth part of the default world, from its own faker seeded with `seed + 2` (so no other id
 * moves): the token-signing secret, two ready-made apps installed in Nordlys ApS with their
 * integrated keys, two grants with published tokens (one live, one expired) and a pending code.
 * Tokens are signed with node:crypto over the core's own signing input, so the core verifies them.
 */
import { createHash, createHmac } from "node:crypto";
import { Faker, base, en } from "@faker-js/faker";
import { base64url, signingInput } from "../../mock-server/core/oauth/jwt.ts";
import { ACCESS_TOKEN_SECONDS, accessTokenClaims, REFRESH_TOKEN_SECONDS } from "../../mock-server/core/oauth/tokens.ts";
import type { ReadyMadeKey, WorldCompany } from "../../mock-server/core/world/fixtures.ts";
import type { OAuthFixtures, ReadyMadeApp } from "../../mock-server/core/world/oauth-fixtures.ts";
import type { SandboxUser, Scope } from "../../mock-server/openapi/types.ts";

const GRANTED_AT = "2026-01-05T09:00:00Z";
const FAR_FUTURE = "2099-12-31T23:59:59Z";
const CALLBACK = "http://127.0.0.1:8976/callback";

const seconds = (iso: string) => Date.parse(iso) / 1000;
const iso = (s: number) => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The default world's OAuth fixtures, and the integrated keys of its installations (ready-made keys). */
export function generateOAuth(seed: number, world: { companies: readonly WorldCompany[]; users: readonly SandboxUser[]; scopes: readonly Scope[] }) {
  const faker = new Faker({ locale: [en, base], seed: seed + 2 });
  const uuid = () => faker.string.uuid();
  const [nordlysAps, , , fjordlys] = world.companies;
  const adminOf = (company: WorldCompany) => world.users.find((u) => u.companyId === company.id && u.role === "admin" && !u.organisationAdmin)!.id;
  const signingSecret = faker.string.alphanumeric(48);
  const customer = { type: "company" as const, companyId: nordlysAps!.id };

  const app = (slug: string, description: string, name: string, redirectUris: string[], scopes: readonly Scope[]): ReadyMadeApp => ({
    slug, description, id: uuid(), clientId: uuid(), clientSecret: faker.string.alphanumeric(32), name, redirectUris, scopes: [...scopes],
    ownerCompanyId: fjordlys!.id, createdBy: adminOf(fjordlys!), createdAt: "2026-01-02T09:00:00Z",
  });
  const apps = [
    app("demo-app", "A partner's accounting integration (registered by Fjordlys Studio AS), every scope.", "Ledgerly (demo app)", [CALLBACK, "https://ledgerly.example/oauth/callback"], world.scopes),
    app("payroll-app", "A payroll app registered for users:read only.", "Payslip (demo app)", [CALLBACK], ["users:read"]),
  ];
  const installations = apps.map((a) => ({ id: uuid(), appId: a.id, resource: customer, scopes: [...a.scopes], status: "ACTIVATED" as const, createdBy: adminOf(nordlysAps!), createdAt: GRANTED_AT }));
  const integratedKeys: ReadyMadeKey[] = installations.map((installation, i) => ({
    slug: ["integrated", "integrated-users-only"][i]!,
    description: `The Integrated API Key of ${apps[i]!.name} installed in Nordlys ApS (${i === 0 ? "every scope" : "users:read only"}).`,
    secret: "pls_" + faker.string.alphanumeric(40),
    id: uuid(),
    name: `${apps[i]!.name} (integrated)`,
    ownerCompanyId: nordlysAps!.id,
    createdBy: installation.createdBy,
    accessLevel: customer,
    scopes: installation.scopes,
    createdAt: GRANTED_AT,
    expiresAt: FAR_FUTURE,
    installationId: installation.id,
  }));

  const grant = (slug: string, description: string, accessExpiresAt: string, refreshExpiresAt: string) => {
    const jti = uuid();
    const claims = accessTokenClaims({ clientId: apps[0]!.clientId, resource: customer, scopes: world.scopes, issuedAt: seconds(GRANTED_AT), expiresAt: seconds(accessExpiresAt), jti });
    const input = signingInput(claims);
    return {
      slug, description, id: uuid(), installationId: installations[0]!.id, userId: adminOf(nordlysAps!), scopes: [...world.scopes], createdAt: GRANTED_AT,
      accessToken: `${input}.${base64url(createHmac("sha256", signingSecret).update(input).digest())}`,
      accessTokenId: jti, accessTokenExpiresAt: accessExpiresAt, refreshToken: faker.string.alphanumeric(32), refreshTokenExpiresAt: refreshExpiresAt,
    };
  };
  const grants = [
    grant("demo", "Ledgerly in Nordlys ApS, every scope; both tokens valid until 2099 (a demo convenience).", FAR_FUTURE, FAR_FUTURE),
    grant("expired", `Ledgerly in Nordlys ApS; granted ${GRANTED_AT} with the usual lifetimes, so both tokens have expired.`,
      iso(seconds(GRANTED_AT) + ACCESS_TOKEN_SECONDS), iso(seconds(GRANTED_AT) + REFRESH_TOKEN_SECONDS)),
  ];

  const codeVerifier = faker.string.alphanumeric(64);
  const codes = [{
    slug: "demo", description: `Ledgerly's code for Nordlys ApS, for ${CALLBACK}; valid until 2099 and single-use.`,
    code: faker.string.alphanumeric(32), codeVerifier, codeChallenge: base64url(createHash("sha256").update(codeVerifier).digest()),
    appId: apps[0]!.id, redirectUri: CALLBACK, userId: adminOf(nordlysAps!), resource: customer, scopes: [...world.scopes], expiresAt: FAR_FUTURE,
  }];

  const oauth: OAuthFixtures = { signingSecret, apps, installations, grants, codes };
  return { oauth, integratedKeys };
}
