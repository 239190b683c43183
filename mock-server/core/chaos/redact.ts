/**
 * Cuts secrets out of what the journal keeps: query parameters that carry credentials (on the
 * authorization server's paths the authorization `code` too), and anything shaped like a key
 * (`pls_…`), a webhook secret (`whsec_…`) or a JWT (an access token) wherever it appears.
 */

export const REDACTED = "REDACTED";

/** Query parameter names that carry credentials (compared in lower case, `-` read as `_`). */
const SECRET_NAMES = new Set([
  "key", "apikey", "api_key", "token", "access_token", "refresh_token", "id_token", "secret", "client_secret",
  "password", "pass", "pwd", "auth", "authorization", "credential", "credentials", "signature", "sig", "session",
  "code_verifier",
]);

const SECRET_SHAPED = /\b(pls|whsec)_[A-Za-z0-9+/=~._-]+|\beyJ[\w-]*\.[\w-]+\.[\w-]+/g;

function cut(text: string): string {
  return text.replace(SECRET_SHAPED, REDACTED);
}

/** A query string (without `?`) with credentials replaced by REDACTED; `oauth` for the authorization server's paths, where `code` is one. */
export function redactQuery(query: string, { oauth = false } = {}): string {
  if (query === "") return "";
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const [name, value] of params) {
    const lower = name.toLowerCase().replaceAll("-", "_");
    const secret = SECRET_NAMES.has(lower) || (oauth && lower === "code") || /^(basic|bearer)\s/i.test(value);
    kept.append(cut(name), secret ? REDACTED : cut(value));
  }
  return kept.toString();
}

/** A path with key-shaped segments cut. */
export function redactPath(path: string): string {
  return cut(path);
}

/** A URL without its user info, its query's credentials cut. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    const query = redactQuery(parsed.search.slice(1));
    return `${parsed.origin}${redactPath(parsed.pathname)}${query === "" ? "" : `?${query}`}`;
  } catch {
    return REDACTED;
  }
}
