/**
 * Registering OAuth apps, as a partner does with Pleo: name, redirect URIs and the scopes the app
 * may ask for; the client secret is shown once and kept as a hash. Acting as X-Sandbox-User.
 */
import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import { randomSecret, type StoredApp } from "../../oauth/oauth-state.ts";
import { revokeInstallationGrants } from "../../oauth/tokens.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { scopeSchema } from "../../world/fixtures.ts";
import { hashSecret } from "../../world/keys.ts";
import { actingManager } from "../../world/web-app-user.ts";
import type { Schemas } from "../../../openapi/types.ts";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why a redirect URI cannot be registered, or nothing: https, or http on this machine; no fragment (RFC 6749 §3.1.2). */
export function redirectUriProblem(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return "is not an absolute URI";
  }
  if (url.hash !== "" || uri.includes("#")) return "has a fragment (#...), which a redirect URI may not have";
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return undefined;
  return "must use https (or http on localhost, 127.0.0.1 or [::1])";
}

const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const createAppBody = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100),
  redirectUris: z
    .array(z.string().superRefine((uri, ctx) => {
      const problem = redirectUriProblem(uri);
      if (problem) ctx.addIssue({ code: "custom", message: `"${uri}" ${problem}` });
    }))
    .min(1, "register at least one redirect URI")
    .max(10, "at most 10 redirect URIs")
    .refine(unique, "lists a redirect URI twice"),
  scopes: z.array(scopeSchema).min(1, "tick at least one scope").refine(unique, "lists a scope twice"),
});
type CreateAppBody = z.infer<typeof createAppBody>;

const WHO = "register and manage OAuth apps";

function shown({ secretHash: _hash, ownerCompanyId: _owner, deletedAt: _deleted, ...app }: StoredApp): Schemas["OAuthApp"] {
  return app;
}

/** The live apps the user's company registered, newest first. */
export function listApps({ sandbox, world, headers }: OperationContext<"listSandboxOAuthApps", never, never>): Reply<"listSandboxOAuthApps"> {
  const user = actingManager(headers, world, WHO);
  const apps = sandbox.state.oauth.apps.filter((a) => a.ownerCompanyId === user.companyId && a.deletedAt === undefined);
  return json(200, { data: apps.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(shown) });
}

/** Registers an app; the answer is the only time its client secret is shown. */
export async function createApp({ sandbox, world, headers, now, body }: OperationContext<"createSandboxOAuthApp", never, CreateAppBody>): Promise<Reply<"createSandboxOAuthApp">> {
  const user = actingManager(headers, world, WHO);
  if (sandbox.state.oauth.apps.length >= sandbox.limits.oauthApps) {
    throw errors.limitReached("OAuth apps (deleted ones count: their tokens stay refusable)", sandbox.limits.oauthApps, "POST /sandbox/reset starts over with the ready-made apps.");
  }
  const clientSecret = randomSecret();
  const app: StoredApp = {
    id: crypto.randomUUID(),
    clientId: crypto.randomUUID(),
    name: body.name,
    secretHash: await hashSecret(clientSecret),
    redirectUris: body.redirectUris,
    scopes: body.scopes,
    ownerCompanyId: user.companyId,
    createdBy: user.id,
    createdAt: isoSeconds(now),
  };
  sandbox.state.oauth.apps.push(app);
  return json(201, { data: { ...shown(app), clientSecret } });
}

/** Deletes one of the company's apps: its tokens and integrated keys stop working at once. */
export function deleteApp({ sandbox, world, headers, now, params }: OperationContext<"deleteSandboxOAuthApp", never, never>): Reply<"deleteSandboxOAuthApp"> {
  const user = actingManager(headers, world, WHO);
  const state = sandbox.state.oauth;
  const app = state.apps.find((a) => a.id === params.id && a.ownerCompanyId === user.companyId && a.deletedAt === undefined);
  if (!app) throw errors.notFound("OAUTH_APP_NOT_FOUND", "OAuth app", params.id);
  app.deletedAt = isoSeconds(now);
  for (const installation of state.installations.filter((i) => i.appId === app.id)) {
    revokeInstallationGrants(state, installation.id, now, `the app "${app.name}" was deleted`);
  }
  return empty(204);
}
