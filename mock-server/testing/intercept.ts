/**
 * Answering Pleo's hosts process-wide (global fetch, node:http/https, axios) from a test's
 * sandbox, with MSW's setupServer. Other hosts pass through.
 */
import { PLEO_BASE_URLS } from "../adapters/hosts.ts";

/** Starts intercepting; the returned function stops it. */
export async function interceptPleoHosts(answer: (request: Request) => Promise<Response>): Promise<() => void> {
  const [{ setupServer }, { http, HttpResponse }, { syncBuiltinESMExports }] = await Promise.all([import("msw/node"), import("msw"), import("node:module")]);
  const respond = async (request: Request) => {
    try {
      return await answer(request);
    } catch (error) {
      // A dropped connection (a fault) reaches the client as a network error, as fetch's would.
      if (error instanceof TypeError) return HttpResponse.error();
      throw error;
    }
  };
  const server = setupServer(...PLEO_BASE_URLS.map((base) => http.all(`${base}/*`, ({ request }) => respond(request))));
  server.listen({ onUnhandledRequest: "bypass" });
  // MSW patches node:http(s)'s functions; this makes `import { get } from "node:https"` see them too.
  syncBuiltinESMExports();
  return () => {
    server.close();
    syncBuiltinESMExports();
  };
}
