/**
 * The consent page: what the app asks for, and a form where a web-app user says who they are, for
 * which company or organisation, and approves or denies. It posts to POST /oauth/authorize.
 */
import { escapeHtml, page } from "../../http/html.ts";
import type { World } from "../../world/fixtures.ts";
import type { AuthorizationRequest } from "./authorization-request.ts";

/** The page for a checked request; every value from the request or the world is escaped. */
export function consentPage(request: AuthorizationRequest, world: World): string {
  const hidden = {
    response_type: "code",
    client_id: request.app.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scopes.join(" "),
    code_challenge: request.challenge,
    code_challenge_method: "S256",
    ...(request.state !== undefined && { state: request.state }),
  };
  const companyName = (id: string) => world.companies.find((c) => c.id === id)?.name ?? id;
  const users = world.users
    .filter((u) => u.role === "admin")
    .map((u) => `<option value="${escapeHtml(u.id)}">${escapeHtml(`${u.name} (${u.email}), admin of ${companyName(u.companyId)}${u.organisationAdmin ? ", organisation admin" : ""}`)}</option>`);
  const resources = [
    ...world.companies.map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`),
    ...world.organisations.map((o) => `<option value="${escapeHtml(o.id)}">${escapeHtml(`${o.name} (the whole organisation)`)}</option>`),
  ];
  return page(
    `Connect ${request.app.name} to Pleo`,
    `<h1>Connect <em>${escapeHtml(request.app.name)}</em> to Pleo</h1>
<p>The app asks to:</p>
<ul>${request.scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join("")}</ul>
<p>Afterwards you go back to <code>${escapeHtml(request.redirectUri)}</code>.</p>
<form method="post" action="">
${Object.entries(hidden).map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`).join("\n")}
<fieldset>
<legend>Who you are, and where to install the app</legend>
<label>Signed in as <select name="user">${users.join("")}</select></label>
<label>Install for <select name="resource">${resources.join("")}</select></label>
</fieldset>
<button type="submit" name="consent" value="approve">Approve</button>
<button type="submit" name="consent" value="deny">Deny</button>
</form>
<p class="note">Non-interactive: send <code>X-Sandbox-User</code> and <code>X-Sandbox-Consent: approve</code> (or <code>deny</code>) with the same GET.</p>`,
  );
}
