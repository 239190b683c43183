/**
 * Every refusal the sandbox can give: status, Pleo's `type`, the `X-Sandbox-Reason` and a message
 * that says what was sent, what was expected and how to fix it, grouped in refusals/. Tests import
 * these builders instead of copying strings.
 */
import type { ApiError } from "./api-error.ts";
import { chaosRefusals } from "./refusals/chaos.ts";
import { controlPlaneRefusals } from "./refusals/control-plane.ts";
import { credentialRefusals } from "./refusals/credentials.ts";
import { requestRefusals } from "./refusals/requests.ts";
import { resourceRefusals } from "./refusals/resources.ts";

export { ApiError, errorResponse, isApiError, REASON_HEADER, type ErrorShape } from "./api-error.ts";

export const errors = {
  ...requestRefusals,
  ...credentialRefusals,
  ...resourceRefusals,
  ...controlPlaneRefusals,
  ...chaosRefusals,
} satisfies Record<string, (...args: never[]) => ApiError>;
