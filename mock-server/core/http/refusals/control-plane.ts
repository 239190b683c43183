/** Refusals of the control plane (/sandbox/*): the acting web-app user, browser origins, the Host and the admin token. */
import { refusal } from "../api-error.ts";

export const controlPlaneRefusals = {
  userMissing: () =>
    refusal(401, "UNAUTHORIZED", "user_missing",
      "No X-Sandbox-User header was sent. Name the acting web-app user by id or email (GET /sandbox/world lists them)."),

  /** The header's value is not repeated: a pasted secret must not come back. */
  userUnknown: (_sent: string) =>
    refusal(401, "UNAUTHORIZED", "user_unknown",
      "X-Sandbox-User names no web-app user by id or email (the value sent is not repeated, in case it was a secret). GET /sandbox/world lists the users by id and email."),

  roleInsufficient: (detail: string) => refusal(403, "ACCESS_DENIED", "role_insufficient", detail),

  keyManagementFeature: (companyName: string, companyId: string) =>
    refusal(403, "FEATURE_NOT_ENABLED", "feature_not_enabled",
      `API keys are not enabled for company "${companyName}" (${companyId}), so Settings > API Keys is not shown there. Access is decided during onboarding.`),

  companyOrOrganisationFor: (what: string) =>
    refusal(400, "VALIDATION_FAILED", "invalid_request",
      `Send company_id (one company's ${what}) or organization_id (every company of the organisation); neither was sent, and Gjoll requires one even from a company-level key. GET /v1/installations/me tells the key's company.`),

  originNotAllowed: () =>
    refusal(403, "ACCESS_DENIED", "origin_not_allowed",
      "This server answers browser pages only from the origins it was started with (the guide's, and those given with --cors-origin); the page's origin is not one of them. Start the sandbox with --cors-origin <origin> to allow it."),

  hostNotAllowed: (expected: string[]) =>
    refusal(403, "ACCESS_DENIED", "host_not_allowed",
      `The control plane answers only requests addressed to this server itself (Host ${expected.join(" or ")}); this one named another host, as a page using DNS rebinding would. Call the sandbox by its own address.`),

  adminTokenMissing: () =>
    refusal(401, "UNAUTHORIZED", "admin_token_required",
      "This sandbox listens beyond loopback, so /sandbox/* needs its admin token: Authorization: Bearer <token> (printed when the sandbox started, or given with --admin-token)."),

  adminTokenWrong: () =>
    refusal(401, "UNAUTHORIZED", "admin_token_required",
      "The admin token sent is not this sandbox's. Send the one printed when the sandbox started (or given with --admin-token) as Authorization: Bearer <token>."),
};
