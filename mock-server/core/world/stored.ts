/**
 * What a sandbox keeps between requests: its world and the records the API and the control plane
 * write (keys as hashes, installations, subscriptions), the chaos tools' state and OAuth's.
 */
import type { AccessLevel, InstallationErrorCode, InstallationStatus, Scope, SubscriptionActivityModel, SubscriptionModel } from "../../openapi/types.ts";
import type { ChaosState } from "../chaos/chaos-state.ts";
import type { OAuthState } from "../oauth/oauth-state.ts";
import type { ClockState } from "./clock.ts";
import type { World } from "./fixtures.ts";

/** An API key as the sandbox keeps it: the secret is gone, only its hash remains. */
export interface StoredKey {
  id: string;
  name: string;
  hash: string;
  prefix: string;
  /** The company whose Settings > API Keys page lists the key; its features gate the key. */
  ownerCompanyId: string;
  accessLevel: AccessLevel;
  scopes: Scope[];
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  deletedAt?: string;
  /** Set on an Integrated API Key: the app installation it belongs to (`oauth.installations`). */
  installationId?: string;
}

/** An installation a key made (or changed) in one company; `deleted` after DELETE /v1/installations/me. */
export interface StoredInstallation {
  status: InstallationStatus;
  errorCode?: InstallationErrorCode;
  metadata: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  deleted?: boolean;
}

/** Who registered a subscription: the key's access level, as Pleo registers them per company or organisation. */
export type SubscriptionOwner = { type: "company"; id: string } | { type: "organisation"; id: string };

/** A webhook subscription as the sandbox keeps it: Pleo's model plus its owner, secret and history. */
export interface StoredSubscription extends SubscriptionModel {
  owner: SubscriptionOwner;
  /** `whsec_` + base64 of the HMAC key; shown only by GET /v1/subscriptions/{id}/secret. */
  secretKey: string;
  /** CREATE, UPDATE, DELETE and one DELIVERY per delivery attempt, oldest first. */
  activities: SubscriptionActivityModel[];
}

export interface SandboxState {
  world: World;
  keys: StoredKey[];
  clock: ClockState;
  /** By `${keyId}:${companyId}`; a key with no entry has the default, activated installation. */
  installations: Record<string, StoredInstallation>;
  subscriptions: StoredSubscription[];
  /** Armed scenarios and faults, the rate limit, the request journal, webhook delivery rules. */
  chaos: ChaosState;
  /** The authorization server's apps, installations, codes and grants. */
  oauth: OAuthState;
}
