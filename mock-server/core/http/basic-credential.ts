/** Pleo's Basic credential, `Basic base64("<key>:")`: the key is the username, the password empty. */

/** The Authorization header that sends `key`. */
export function basicAuthorization(key: string): string {
  return `Basic ${btoa(`${key}:`)}`;
}

/**
 * The key a Basic header carries, or undefined when the header is not one with an empty password.
 * Never refuses (the credential checks, pipeline/authenticate.ts, say what is wrong with a header).
 */
export function basicKeyOf(authorization: string | undefined): string | undefined {
  const match = /^\s*basic\s+([A-Za-z0-9+/]+=*)\s*$/i.exec(authorization ?? "");
  if (!match) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  return colon > 0 && colon === decoded.length - 1 ? decoded.slice(0, colon) : undefined;
}
