/** Refusals of the credential: missing, malformed, unknown, revoked or expired keys, the feature, the company and the scope. */
import { refusal } from "../api-error.ts";

const BASIC_HOWTO =
  'Send the key as the HTTP Basic username with an empty password: Authorization: Basic base64("<key>:") (curl: -u "<key>:").';
const NEW_KEY_HOWTO = "Create a new key in Settings > API Keys (POST /sandbox/api-keys).";

/** Authorization schemes a message may name; anything else sent as a scheme could be a pasted secret. */
const KNOWN_SCHEMES = ["Digest", "Token", "Negotiate", "NTLM", "HOBA", "Mutual", "AWS4-HMAC-SHA256", "ApiKey", "Key", "OAuth", "DPoP", "VAPID", "SCRAM-SHA-256"];

export const credentialRefusals = {
  credentialMissing: () =>
    refusal(401, "UNAUTHORIZED", "credential_missing", `No Authorization header was sent. ${BASIC_HOWTO}`),

  credentialBearer: () =>
    refusal(401, "UNAUTHORIZED", "credential_malformed",
      `The Authorization header uses the Bearer scheme, which is for OAuth access tokens (JWTs), not API keys. ${BASIC_HOWTO}`),

  credentialScheme: (scheme: string) => {
    const known = KNOWN_SCHEMES.find((name) => name.toLowerCase() === String(scheme).toLowerCase());
    const what = known ? `The Authorization scheme "${known}" is not supported.` : "The Authorization header does not start with the Basic scheme (what it sent is not repeated, in case it was a secret).";
    return refusal(401, "UNAUTHORIZED", "credential_malformed", `${what} ${BASIC_HOWTO}`);
  },

  credentialNotBase64: () =>
    refusal(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential is not base64. It looks like the raw key was sent; encode "<key>:" (the key and a colon) first. ${BASIC_HOWTO}`),

  credentialNoColon: () =>
    refusal(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential decodes to a value without a colon. Encode the key followed by a colon (an empty password). ${BASIC_HOWTO}`),

  credentialPassword: () =>
    refusal(401, "UNAUTHORIZED", "credential_malformed",
      `The Basic credential has a password. API keys go in the username; leave the password empty. ${BASIC_HOWTO}`),

  /** `prefix`: the recognisable start of a key-shaped secret (as the key list shows it), or undefined to name nothing. */
  keyUnknown: (prefix: string | undefined) =>
    refusal(401, "UNAUTHORIZED", "key_unknown",
      `No API key matches the one sent${prefix === undefined ? " (it does not look like a sandbox key, pls_ and 40 letters and digits)" : ` (starting "${prefix}")`}. Check that the whole key was copied; a key works only in the environment it was created in, and a lost key cannot be shown again. ${NEW_KEY_HOWTO}`),

  keyRevoked: (name: string, deletedAt: string) =>
    refusal(401, "UNAUTHORIZED", "key_revoked",
      `The API key "${name}" was deleted at ${deletedAt}. Deleted keys cannot be restored. ${NEW_KEY_HOWTO}`),

  keyExpired: (expiresAt: string) =>
    refusal(401, "UNAUTHORIZED", "key_expired",
      `This API key expired at ${expiresAt}. ${NEW_KEY_HOWTO} Keys cannot be renewed.`),

  featureNotEnabled: (companyName: string, companyId: string) =>
    refusal(403, "FEATURE_NOT_ENABLED", "feature_not_enabled",
      `API keys are not enabled for company "${companyName}" (${companyId}). Access is decided during onboarding; ask your Pleo contact to enable API keys.`),

  companyNotCovered: (sent: string, coverage: string, parameter: string) =>
    refusal(403, "ACCESS_DENIED", "company_not_covered",
      `This key's access level is ${coverage}; it does not cover ${sent}. Send a ${parameter} the key covers (GET /v1/installations/me tells yours), or use an organisation-level key.`),

  scopeMissing: (scope: string, held: string[]) =>
    refusal(403, "ACCESS_DENIED", "scope_missing",
      `Missing scope ${scope}. This key has: ${held.join(", ") || "no scopes"}. Scopes cannot be edited: create a new key with ${scope} ticked.`),
};
