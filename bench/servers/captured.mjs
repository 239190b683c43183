/**
 * Captured answers for the baseline servers: `[{method, url, status, headers, body}]` as JSON,
 * answered by exact method and URL (path and query).
 */

/** Parses the captured answers into a lookup by "METHOD url", bodies as Buffers. */
export function loadCaptured(text) {
  const byRequest = new Map();
  for (const entry of JSON.parse(text)) {
    const body = Buffer.from(entry.body, "utf8");
    byRequest.set(`${entry.method} ${entry.url}`, { status: entry.status, headers: { ...entry.headers, "content-length": String(body.length) }, body });
  }
  return byRequest;
}

const NOT_CAPTURED = { status: 404, headers: { "content-type": "text/plain", "content-length": "12" }, body: Buffer.from("not captured") };

/** The captured answer for a request, or a 404 the bench notices as a non-2xx count. */
export function answerFor(captured, method, url) {
  return captured.get(`${method} ${url}`) ?? NOT_CAPTURED;
}
