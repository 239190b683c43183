/**
 * The CLI's log: one line per event, human (`pretty`) or one JSON object a line (`json`). Only
 * fields chosen here are written: never a header, and never a credential sent in the URL.
 */
import type { LogFormat } from "./options.ts";

export type Level = "info" | "warn" | "error";
export type Fields = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export interface Logger {
  info(msg: string, fields?: Fields, pretty?: string): void;
  warn(msg: string, fields?: Fields, pretty?: string): void;
  error(msg: string, fields?: Fields, pretty?: string): void;
}

/**
 * A logger writing to `out` (info) and `err` (warn, error). In pretty format a line is `pretty`
 * when given, else the message; in json format it is `{time, level, msg, ...fields}`.
 */
export function createLogger(format: LogFormat, out: (line: string) => void, err: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const write = (level: Level) => (msg: string, fields: Fields = {}, pretty?: string) => {
    const sink = level === "info" ? out : err;
    if (format === "pretty") return sink(redactSecrets(pretty ?? msg));
    const record: Record<string, unknown> = { time: now().toISOString(), level, msg };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) record[name] = value;
    sink(redactSecrets(JSON.stringify(record)));
  };
  return { info: write("info"), warn: write("warn"), error: write("error") };
}

/** Query parameters whose values are credentials, whatever the endpoint. */
const CREDENTIAL_PARAMETER = /key|token|secret|password|passwd|pwd|auth|credential|signature|sig$|^code$|code_verifier|session/i;

/** A request's path and query as logged: credential-like parameter values replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const at = url.indexOf("?");
  if (at < 0) return redactSecrets(url);
  const path = url.slice(0, at);
  const parts = url
    .slice(at + 1)
    .split("&")
    .map((part) => {
      const eq = part.indexOf("=");
      if (eq < 0) return part;
      let name = part.slice(0, eq);
      try {
        name = decodeURIComponent(name.replace(/\+/g, " "));
      } catch {
        // an undecodable name is judged as sent
      }
      return CREDENTIAL_PARAMETER.test(name) ? `${part.slice(0, eq)}=[redacted]` : part;
    });
  return redactSecrets(`${path}?${parts.join("&")}`);
}

/** Anything shaped like a Pleo API key (or its Basic encoding's start) or a JWT (an access token) is cut, wherever it appears. */
export function redactSecrets(text: string): string {
  return text
    .replace(/pls_[A-Za-z0-9~._-]+/g, "pls_[redacted]")
    .replace(/cGxzX[A-Za-z0-9+/=]+/g, "[redacted]")
    .replace(/eyJ[\w-]*\.[\w-]+\.[\w-]+/g, "[redacted]");
}
