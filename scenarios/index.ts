/**
 * The scenario catalogue: every file in this folder, in the order the guide shows them.
 * test/scenarios.test.ts fails when a JSON file here is missing from this list.
 */
import expiredKey from "./expired-key.json" with { type: "json" };
import missingScope from "./missing-scope.json" with { type: "json" };
import wrongCompanyId from "./wrong-company-id.json" with { type: "json" };
import featureNotEnabled from "./feature-not-enabled.json" with { type: "json" };
import revokedKey from "./revoked-key.json" with { type: "json" };
import unknownKey from "./unknown-key.json" with { type: "json" };
import malformedCredential from "./malformed-credential.json" with { type: "json" };
import missingExportWrite from "./missing-export-write.json" with { type: "json" };
import wrongCompanySearch from "./wrong-company-search.json" with { type: "json" };
import exportAlreadyInProgress from "./export-already-in-progress.json" with { type: "json" };
import exportJobExpired from "./export-job-expired.json" with { type: "json" };
import missingWriteScope from "./missing-write-scope.json" with { type: "json" };
import vendorSearchWrongCompany from "./vendor-search-wrong-company.json" with { type: "json" };
import duplicateExternalId from "./duplicate-external-id.json" with { type: "json" };
import missingContraAccounts from "./missing-contra-accounts.json" with { type: "json" };
import rateLimited from "./rate-limited.json" with { type: "json" };
import expiredAccessToken from "./expired-access-token.json" with { type: "json" };
import refreshTokenReused from "./refresh-token-reused.json" with { type: "json" };
import refreshTokenExpired from "./refresh-token-expired.json" with { type: "json" };
import consentDenied from "./consent-denied.json" with { type: "json" };
import pkceVerifierMismatch from "./pkce-verifier-mismatch.json" with { type: "json" };
import redirectUriMismatch from "./redirect-uri-mismatch.json" with { type: "json" };
import invalidClientSecret from "./invalid-client-secret.json" with { type: "json" };
import appNotInstalled from "./app-not-installed.json" with { type: "json" };
import appLacksScope from "./app-lacks-scope.json" with { type: "json" };

const catalogue: readonly unknown[] = [
  expiredKey,
  missingScope,
  wrongCompanyId,
  featureNotEnabled,
  revokedKey,
  unknownKey,
  malformedCredential,
  missingExportWrite,
  wrongCompanySearch,
  exportAlreadyInProgress,
  exportJobExpired,
  missingWriteScope,
  vendorSearchWrongCompany,
  duplicateExternalId,
  missingContraAccounts,
  rateLimited,
  expiredAccessToken,
  refreshTokenReused,
  refreshTokenExpired,
  consentDenied,
  pkceVerifierMismatch,
  redirectUriMismatch,
  invalidClientSecret,
  appNotInstalled,
  appLacksScope,
];

export default catalogue;
