/**
 * The webhook receiver an in-process test sandbox delivers to: every attempt is kept, answered
 * with the status the test chose.
 */
import type { Delivery, TestSandboxOptions } from "./types.ts";

/** A fetch for the sandbox's webhook deliveries that records each one in `deliveries`. */
export function recordingReceiver(deliveries: Delivery[], answer: TestSandboxOptions["receiver"] = () => 200): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = await request.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    const received = { url: request.url, headers: Object.fromEntries(request.headers), text, body };
    const status = await answer(received);
    deliveries.push({ ...received, status });
    return new Response(null, { status });
  };
}
