/**
 * The shape of a fixtures file (the seeded world), validated when a sandbox is created so a
 * hand-edited or regenerated file fails loudly instead of half-working.
 */
import { z } from "zod";
import { accountingWorldShape } from "./accounting-world.ts";
import {
  pageOrderValues,
  sandboxCompanyFeaturesValues,
  scopeValues,
  userRoleValues,
  type AccessLevel,
  type Employee,
  type SandboxUser,
  type Scope,
} from "../../openapi/types.ts";
import { enumOf } from "../http/enum-of.ts";
import { oauthFixturesSchema } from "./oauth-fixtures.ts";


export const scopeSchema = enumOf<Scope>(scopeValues);
export const pageOrderSchema = enumOf(pageOrderValues);
const featureSchema = enumOf(sandboxCompanyFeaturesValues);
const timestamp = z.iso.datetime();

export const accessLevelSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("company"), companyId: z.uuid() }).strict(),
  z.object({ type: z.literal("organisation"), organisationId: z.uuid() }).strict(),
]) satisfies z.ZodType<AccessLevel>;

const companySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationId: z.uuid(),
  features: z.array(featureSchema),
  registrationNumber: z.string(),
  address: z.object({
    addressLine1: z.string(),
    addressLine2: z.string().optional(),
    locality: z.string(),
    region: z.string().optional(),
    postalCode: z.string(),
    country: z.string(),
  }),
});

const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: enumOf(userRoleValues),
  companyId: z.uuid(),
  organisationAdmin: z.boolean(),
}) satisfies z.ZodType<SandboxUser>;

const employeeSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  code: z.string().optional(),
  jobTitle: z.string().optional(),
  phone: z.string().optional(),
}) satisfies z.ZodType<Employee>;

/** A published demo key: its secret is public on purpose (README, `npm start`). */
const readyMadeKeySchema = z.object({
  slug: z.string(),
  description: z.string(),
  secret: z.string(),
  id: z.uuid(),
  name: z.string(),
  ownerCompanyId: z.uuid(),
  createdBy: z.uuid(),
  accessLevel: accessLevelSchema,
  scopes: z.array(scopeSchema),
  createdAt: timestamp,
  expiresAt: timestamp,
  deletedAt: timestamp.optional(),
  /** Set on an Integrated API Key: the app installation it belongs to. */
  installationId: z.uuid().optional(),
});

export const fixturesSchema = z.object({
  seed: z.number().int(),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  companies: z.array(companySchema),
  users: z.array(userSchema),
  employees: z.array(employeeSchema),
  readyMadeKeys: z.array(readyMadeKeySchema),
  /** OAuth apps and what they were granted; a world without it starts with none (and a random signing secret). */
  oauth: oauthFixturesSchema.optional(),
  ...accountingWorldShape,
});

export type Fixtures = z.infer<typeof fixturesSchema>;
export type WorldCompany = z.infer<typeof companySchema>;
export type ReadyMadeKey = z.infer<typeof readyMadeKeySchema>;
/** The mutable world a sandbox serves: the fixtures minus the published secrets. */
export type World = Omit<Fixtures, "readyMadeKeys" | "seed" | "oauth">;
