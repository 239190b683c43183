/**
 * GET and POST /oauth/authorize: the consent page, or (with the sandbox's headers, or the page's
 * form) the user's decision answered with a redirect back to the app.
 */
import { z } from "zod";
import { isApiError } from "../../http/errors.ts";
import { html } from "../../http/http.ts";
import { oauthErrors } from "../../http/refusals/oauth.ts";
import { enumOf } from "../../http/enum-of.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { namedUser } from "../../world/web-app-user.ts";
import { authorizeParams, checkRequest, refuseToApp, returnAddress, type AuthorizeParams } from "./authorization-request.ts";
import { consentPage } from "./consent-page.ts";
import { decide, namedResource } from "./consent.ts";

const CONSENTS = ["approve", "deny"] as const;

/** The consent page's form: the request's parameters, and the decision. */
export const consentForm = authorizeParams.extend({
  user: z.string().optional(),
  resource: z.string().optional(),
  consent: enumOf(CONSENTS).optional(),
});
type ConsentForm = z.infer<typeof consentForm>;

/** The consent page, or the decision the sandbox headers carry. */
export async function authorize(ctx: OperationContext<"oauthAuthorize", AuthorizeParams, never>): Promise<Reply<"oauthAuthorize">> {
  const { sandbox, world, headers, query, now } = ctx;
  const address = returnAddress(query, sandbox.state.oauth);
  const request = checkRequest(query, address);
  if (isApiError(request)) return refuseToApp(address, request);
  const consent = headers["x-sandbox-consent"]?.trim().toLowerCase();
  if (consent === undefined) return html(200, consentPage(request, world));
  if (!(CONSENTS as readonly string[]).includes(consent)) throw oauthErrors.consentHeader(headers["x-sandbox-consent"] ?? "");
  const user = namedUser(headers, world);
  const resource = namedResource(headers["x-sandbox-resource"], user, world);
  return decide(request, { user, resource, consent: consent as "approve" | "deny" }, sandbox, now);
}

/** What the consent page posts: answered as the GET with the sandbox headers. */
export async function consent(ctx: OperationContext<"oauthConsent", never, ConsentForm>): Promise<Reply<"oauthConsent">> {
  const { sandbox, world, body, now } = ctx;
  const address = returnAddress(body, sandbox.state.oauth);
  const request = checkRequest(body, address);
  if (isApiError(request)) return refuseToApp(address, request);
  if (body.consent === undefined) throw oauthErrors.consentHeader("");
  const user = namedUser({ "x-sandbox-user": body.user }, world);
  const resource = namedResource(body.resource, user, world);
  return decide(request, { user, resource, consent: body.consent }, sandbox, now);
}
