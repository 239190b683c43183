// An "unchanged" OAuth integration for test/register-oauth.test.ts: plain Node and fetch against
// Pleo's real auth and API hosts. It approves non-interactively with the sandbox's headers (a real
// app would send the user to the consent page), exchanges the code with PKCE, calls the API, lets
// the token expire on the sandbox clock, refreshes, and replays the spent refresh token.
// Prints one JSON line of what each step got.
import { createHash, randomBytes } from "node:crypto";

const AUTH = "https://auth.staging.pleo.io";
const API = "https://external.staging.pleo.io";
const { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, SANDBOX_USER, COMPANY_ID } = process.env;
const client = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
const results = {};

const verifier = randomBytes(48).toString("base64url");
const challenge = createHash("sha256").update(verifier).digest("base64url");
const query = new URLSearchParams({ response_type: "code", client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, scope: "users:read", state: "s-42", code_challenge: challenge, code_challenge_method: "S256" });
const authorized = await fetch(`${AUTH}/oauth/authorize?${query}`, { redirect: "manual", headers: { "x-sandbox-user": SANDBOX_USER, "x-sandbox-consent": "approve" } });
const back = new URL(authorized.headers.get("location"));
results.authorize = { status: authorized.status, to: `${back.origin}${back.pathname}`, state: back.searchParams.get("state"), code: back.searchParams.has("code") };

const token = (form) => fetch(`${AUTH}/oauth/token`, { method: "POST", headers: { authorization: client, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
const exchanged = await token({ grant_type: "authorization_code", code: back.searchParams.get("code"), redirect_uri: REDIRECT_URI, code_verifier: verifier });
const first = await exchanged.json();
results.exchange = { status: exchanged.status, token_type: first.token_type, expires_in: first.expires_in };

const employees = (accessToken) => fetch(`${API}/v2/employees?companyId=${COMPANY_ID}&limit=2`, { headers: { authorization: `Bearer ${accessToken}` } });
const listed = await employees(first.access_token);
results.employees = { status: listed.status, count: (await listed.json()).data?.length };

await fetch(`${API}/sandbox/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceSeconds: first.expires_in + 1 }) });
const expired = await employees(first.access_token);
results.expired = { status: expired.status, type: (await expired.json()).type };

const refreshed = await token({ grant_type: "refresh_token", refresh_token: first.refresh_token });
const second = await refreshed.json();
results.refresh = { status: refreshed.status, rotated: second.refresh_token !== first.refresh_token };
results.afterRefresh = { status: (await employees(second.access_token)).status };

const reused = await token({ grant_type: "refresh_token", refresh_token: first.refresh_token });
results.reuse = { status: reused.status, error: (await reused.json()).error };
results.afterReuse = { status: (await employees(second.access_token)).status };
console.log(JSON.stringify(results));
