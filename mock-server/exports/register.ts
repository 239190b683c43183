/**
 * `pleo-sandbox/register`: `node --import pleo-sandbox/register app.js` answers requests to Pleo's
 * staging and production hosts (fetch, http/https, axios) from an in-process sandbox, or from the
 * running pleo-sandbox at PLEO_SANDBOX_URL. No change to the app; other hosts pass through.
 */
import { register, type Registration } from "../adapters/register.ts";

export type { Registration };

/** What was set up: the mode, the in-process sandbox or the forwarding target, and `close()`. */
export const registration: Registration = await register();
