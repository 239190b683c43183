/**
 * The integration as it runs in production: Pleo's real host, the global fetch, a key from the
 * environment. Offline, `node --import pleo-sandbox/register dist/src/sync-cli.js` answers it from
 * the sandbox without a line of this file changing.
 */
import { createPleoClient } from "./pleo-client.js";
import { syncEmployees } from "./sync.js";

const apiKey = process.env.PLEO_API_KEY;
if (!apiKey) {
  console.error("Set PLEO_API_KEY to a Pleo API key.");
  process.exit(2);
}
const result = await syncEmployees(createPleoClient({ apiKey }));
console.log(JSON.stringify(result));
process.exitCode = result.status === "ok" ? 0 : 1;
