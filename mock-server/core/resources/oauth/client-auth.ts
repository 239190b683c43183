/**
 * Which app a token-endpoint request comes from (RFC 6749 §2.3.1): `Authorization: Basic
 * base64(client_id:client_secret)`, or `client_id` and `client_secret` in the form; one way, not
 * both. The secret is compared as a hash, in constant time, and never repeated in a message.
 */
import { errors } from "../../http/errors.ts";
import { oauthErrors } from "../../http/refusals/oauth.ts";
import type { OAuthState, StoredApp } from "../../oauth/oauth-state.ts";
import { liveApp } from "../../oauth/records.ts";
import { hashesEqual, hashSecret } from "../../world/keys.ts";

/** The client fields every token-endpoint form may carry. */
export interface ClientFields {
  client_id?: string | undefined;
  client_secret?: string | undefined;
}

/** The client id and secret a Basic header carries (each form-urlencoded inside, as RFC 6749 says). */
function fromBasic(header: string): { clientId: string; secret: string } {
  const [scheme = "", encoded = "", ...rest] = header.trim().split(/\s+/);
  if (!/^basic$/i.test(scheme)) throw oauthErrors.clientAuthFailed(`The Authorization scheme "${scheme}" is not client authentication.`, true);
  let decoded: string;
  try {
    if (rest.length > 0) throw new Error("extra parts");
    decoded = atob(encoded);
  } catch {
    throw oauthErrors.clientAuthFailed("The Basic credential is not base64.", true);
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) throw oauthErrors.clientAuthFailed("The Basic credential has no colon between client_id and client_secret.", true);
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      throw oauthErrors.clientAuthFailed("The Basic credential is not form-urlencoded inside.", true);
    }
  };
  return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

/** The authenticated app; throws `invalid_client` (401) or `invalid_request` (400). */
export async function authenticateClient(authorization: string | undefined, form: ClientFields, oauth: OAuthState): Promise<StoredApp> {
  const basic = authorization !== undefined && authorization.trim() !== "";
  if (basic && form.client_secret !== undefined) throw errors.invalidRequest("The client authenticated twice (Basic and client_secret in the body); use one way.");
  const sent = basic ? fromBasic(authorization) : { clientId: form.client_id, secret: form.client_secret };
  if (basic && form.client_id !== undefined && form.client_id !== sent.clientId) throw errors.invalidRequest("client_id in the body is not the client the Basic credential names.");
  if (sent.clientId === undefined || sent.secret === undefined) throw oauthErrors.clientAuthFailed("No client authentication was sent.", false);
  const hash = await hashSecret(sent.secret);
  const app = liveApp(oauth, sent.clientId);
  if (!app) throw oauthErrors.clientUnknown(sent.clientId, basic);
  if (!hashesEqual(app.secretHash, hash)) throw oauthErrors.clientAuthFailed(`The client secret is not the one issued to client_id "${app.clientId}" (it is shown once, when the app is registered).`, basic);
  return app;
}
