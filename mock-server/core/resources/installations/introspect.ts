/** GET /v1/introspect: what the credential is (Pleo's `ExternalClientModel`), for keys and tokens alike. */
import { json } from "../../http/http.ts";
import { appById, installationById } from "../../oauth/records.ts";
import { resourceUrn, scopeString } from "../../oauth/tokens.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import type { Schemas } from "../../../openapi/types.ts";

/** The credential's method, client, scopes and subject; an app's credentials name the app. */
export function introspect({ sandbox, access }: OperationContext<"introspect", never, never>): Reply<"introspect"> {
  const { key } = access;
  const oauth = sandbox.state.oauth;
  const installation = key.installation && installationById(oauth, key.installation.id);
  const app = installation && appById(oauth, installation.appId);
  const data: Schemas["ExternalClientModel"] = {
    authMethod: key.kind === "access-token" ? "OAUTH2" : "API_KEY",
    clientId: app?.clientId ?? key.id,
    scope: scopeString(key.scopes),
    subjectURN: resourceUrn(key.accessLevel),
    ...(app && { applicationName: app.name }),
  };
  return json(200, { data });
}
