/** Who a request acts as once its credential has passed every check, and what it is about. */
import type { AccessLevel, Scope } from "../../openapi/types.ts";

/** What the company (or organisation) a request is about, and the parameter that said so. */
export interface Target {
  companyId?: string;
  organisationId?: string;
  /** Where the target came from, for messages: `company_id`, `companyId`, `the jobId's company`, ... */
  parameter: string;
}

/** A Standalone API Key, an app's Integrated API Key, or an OAuth access token. */
export type CredentialKind = "api-key" | "integrated-key" | "access-token";

/** The app installation an integrated key or an access token belongs to, as the checks need it. */
export interface CredentialInstallation {
  id: string;
  appName: string;
  /** `urn:pleo:company:<id>` or `urn:pleo:organisation:<id>`. */
  resource: string;
  /** When it was uninstalled (or its app deleted): its credentials stop working. */
  removedAt?: string;
}

/** A credential as the checks see it: a stored key, or an access token's grant seen the same way. */
export interface Credential {
  kind: CredentialKind;
  /** The key's id, or the access token's `jti`. */
  id: string;
  /** The key's name, or the app's. */
  name: string;
  /** The company whose features gate a Standalone key (for an app: its installation's first company). */
  ownerCompanyId: string;
  accessLevel: AccessLevel;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string;
  /** When a key was deleted or an access token (or its grant) revoked. */
  deletedAt?: string;
  /** Why an access token was revoked. */
  revokedBecause?: string;
  installation?: CredentialInstallation;
  /** The grant an access token was issued from. */
  grantId?: string;
}

export interface Access {
  key: Credential;
  target: Target;
  /** The companies this request may see: the target's, within what the key covers. */
  companyIds: string[];
}
