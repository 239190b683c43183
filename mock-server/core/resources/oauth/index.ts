/** The authorization server's operations, keyed by operationId. */
import { operation } from "../../pipeline/operation.ts";
import { authorizeParams } from "./authorization-request.ts";
import { authorize, consent, consentForm } from "./authorize.ts";
import { introspectToken, revokeToken, tokenReferenceForm } from "./introspect-revoke.ts";
import { token, tokenForm } from "./token.ts";

export const oauthOperations = {
  oauthAuthorize: operation("oauthAuthorize", { query: authorizeParams, run: authorize }),
  oauthConsent: operation("oauthConsent", { body: consentForm, run: consent }),
  oauthToken: operation("oauthToken", { body: tokenForm, run: token }),
  oauthIntrospect: operation("oauthIntrospect", { body: tokenReferenceForm, run: introspectToken }),
  oauthRevoke: operation("oauthRevoke", { body: tokenReferenceForm, run: revokeToken }),
};
