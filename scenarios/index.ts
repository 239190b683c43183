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
];

export default catalogue;
