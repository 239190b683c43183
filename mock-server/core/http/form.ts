/** `application/x-www-form-urlencoded` request bodies, as OAuth's endpoints take them (RFC 6749 §3.2). */
import { errors } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { mediaTypeShown, shown } from "./shown.ts";

const FORM = /^application\/x-www-form-urlencoded\b/i;

/**
 * The form's parameters by name; throws a VALIDATION_FAILED refusal for another content type, a
 * form beyond the edge's limits (as a query string's), or a parameter sent twice (OAuth parameters
 * "MUST NOT be included more than once", RFC 6749 §3.1). Values are never quoted: they hold secrets.
 */
export function formBody(text: string, contentType: string | undefined): Record<string, string> {
  if (!FORM.test((contentType ?? "").trim())) {
    throw errors.invalidRequest(`Content-Type must be application/x-www-form-urlencoded; got ${mediaTypeShown(contentType ?? "")}.`);
  }
  const params = new URLSearchParams(text);
  if (params.size > LIMITS.queryParameters) {
    throw errors.invalidRequest(`Invalid body: ${params.size} form parameters were sent; at most ${LIMITS.queryParameters} are accepted.`);
  }
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1) throw errors.invalidRequest(`The parameter ${shown(name)} is sent ${values.length} times; send each parameter once.`);
    if (name.length + values[0]!.length > LIMITS.queryValueChars) {
      throw errors.invalidRequest(`Invalid body: a form parameter is ${name.length + values[0]!.length} characters long; at most ${LIMITS.queryValueChars} are accepted.`);
    }
    out[name] = values[0]!;
  }
  return out;
}
