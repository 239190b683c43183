/* eslint-disable */
// Generated from sandbox.yaml by `npm run generate` (openapi-typescript). Do not edit by hand.

export type paths = {
    "/v1/installations/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The installation of the company the key belongs to
         * @description Use it to verify a key and learn its `company_id`. A company-level key answers for its own
         *     company; an organisation-level key answers for `company_id`, or for the organisation's first
         *     company when `company_id` is omitted. Needs no scope.
         */
        get: operations["getClientInstallation"];
        /** Report the integration's status (and error code) on its installation */
        put: operations["updateClientInstallation"];
        /**
         * Create (or re-create) the key's installation
         * @description Status defaults to the current one, or ACTIVATED. A company-level key acts on its company; an
         *     organisation-level key on the organisation's first company. Needs no scope.
         */
        post: operations["createClientInstallation"];
        /** Delete the key's installation; GET answers 404 until it is created again */
        delete: operations["deleteClientInstallation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/installations/me:activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate the key's installation once the integration has synchronised its master data
         * @description Sets the status to ACTIVATED (from any other, and again if it already is), as an integration
         *     does after authorisation. A company-level key acts on its company; an organisation-level key
         *     on the organisation's first company. Needs no scope.
         */
        post: operations["activateMyInstallation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the credential is, for which app, with which scopes, about which company
         * @description Works with every credential: a Standalone API Key (`authMethod` API_KEY, `clientId` the key's
         *     id, no `applicationName`), an Integrated API Key (API_KEY, the app's `clientId` and name) and
         *     an OAuth access token (OAUTH2). `scope` lists the scopes space-separated; `subjectURN` is the
         *     company (or organisation) the credential acts for. Needs no scope.
         */
        get: operations["introspect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companies the key can see (scope companies:read) */
        get: operations["getCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One company (scope companies:read) */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Employees the key can see (scope users:read)
         * @description Without `companyId`, every employee of every company the key covers.
         */
        get: operations["getEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/employees/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One employee (scope users:read) */
        get: operations["getEmployee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subscriptions registered for the key's company (or organisation)
         * @description A company-level key sees its company's subscriptions; an organisation-level key sees its
         *     organisation's. Deleted subscriptions are not listed. Needs no scope in the sandbox.
         */
        get: operations["getSubscriptions"];
        put?: never;
        /**
         * Subscribe an endpoint to event types
         * @description Answers 200 (as Pleo does, not 201). Fetch the signing secret with
         *     `GET /v1/subscriptions/{id}/secret`.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription */
        get: operations["getSubscriptionById"];
        /**
         * Replace a subscription's endpoint, event types, headers, auth and status
         * @description A full replacement; omitted optional fields are cleared and `status` defaults to ACTIVE. The secret stays.
         */
        put: operations["updateSubscription"];
        post?: never;
        /** Delete a subscription; deliveries to it stop, retries included */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened to a subscription (create, update, delete) and every delivery attempt
         * @description Oldest first. Besides Pleo's CREATE, UPDATE and DELETE, the sandbox records each delivery
         *     attempt as a DELIVERY activity. A deleted subscription's activities stay readable.
         */
        get: operations["getSubscriptionActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The secret that signs this subscription's deliveries */
        get: operations["getSubscriptionSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search accounting entries (scope accounting-entries:read)
         * @description Name the company with `company_id`, or every company of an organisation with `organization_id`;
         *     one of them is required, whatever the key's access level (400 without).
         *     Only one date window (`performedAt*`, `settledAt*` or `bookkeepingDate*`) per search.
         */
        post: operations["externalSearchAccountingEntriesV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries/{accountingEntryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One accounting entry (scope accounting-entries:read)
         * @description The entry's own company decides; a deleted entry is found only with `include_deleted=true`.
         */
        get: operations["externalGetAccountingEntryV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries/{accountingEntryId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An entry's receipts (scope accounting-entries:read)
         * @description Ten a page unless `limit` says otherwise. `file_type` picks which rendition the URLs point at.
         */
        get: operations["getAllReceiptsV6"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries/{accountingEntryId}/receipts/{receiptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One receipt of an entry, with a time-bound URL (scope accounting-entries:read) */
        get: operations["getReceiptFileV6"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries/receipts:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the receipts of a company's (or organisation's) accounting entries (scope accounting-entries:read)
         * @description `company_id` or `organization_id` is required, whatever the key's access level. Receipts of
         *     deleted entries count as deleted (`includeDeleted`). `fileType` picks the rendition the URLs
         *     point at. Ten a page unless `limit` says otherwise (at most 100).
         */
        post: operations["searchReceiptsByPostV6"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounting-entries/{accountingEntryId}/core": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One accounting entry in Gjoll's core model (scope accounting-entries:read)
         * @description The entry of `GET /v1/accounting-entries/{accountingEntryId}` as Gjoll's older core model: no tags,
         *     split items or attendees; `fees` (none in the sandbox), the wallet value, the reconciliation id,
         *     and the deprecated gross, net and tax bill values by the tax calculation's arithmetic. A deleted
         *     entry is found only with `include_deleted=true`; `include_hidden` changes nothing (no entry is
         *     hidden in the sandbox).
         */
        get: operations["getCoreAccountingEntryV6ById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company's export jobs, oldest first (scope export-jobs:read)
         * @description An organisation-level key must send `company_id`. Open jobs past their hour show as failed (`job_expired`).
         */
        get: operations["getExportJobsListV3"];
        put?: never;
        /**
         * Create a pending export job (scope export-jobs:write)
         * @description One open (pending or in_progress) job per company; a second is refused with 409. A company with a wallet not mapped to a contra account is refused with 400 MISSING_CONTRA_ACCOUNTS.
         */
        post: operations["createExportJobV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One export job (scope export-jobs:read) */
        get: operations["getExportJobByIdV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-jobs/{jobId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The items of an export job (scope export-jobs:read) */
        get: operations["getExportJobItemsV3"];
        /**
         * Report items' results, at most 100 per call (scope export-jobs:write)
         * @description Only an in_progress job takes updates. Items that are not in the job come back in `errors`
         *     inside the 200; the rest are updated, and their entries' `exportStatus` follows.
         */
        put: operations["updateExportJobItemsV3"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-job-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an export job along its lifecycle (scope export-jobs:write)
         * @description `started` takes a pending job to in_progress; `completed`, `completed_with_errors` or `failed`
         *     end an in_progress one (`failed` also ends a pending one). Items still open are abandoned.
         */
        post: operations["createExportJobEventV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-job-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The export job item of an accounting entry, from its latest job (scope export-jobs:read)
         * @description Pleo marks this operation as not for its public reference. `accounting_entry_id` names the entry
         *     (400 without it); the item comes from the newest job that holds the entry, in the companies the
         *     request may see. An entry never exported is 404 EXPORT_ENTRY_NOT_FOUND.
         */
        get: operations["getExportJobItemByAccountingEntryIdV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/export-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A running job's entries as export items (scope export-items:read)
         * @description Without `job_id`, the company's open job. Only pending and in_progress jobs give items, and only once every wallet of the company is mapped to a contra account (400 MISSING_CONTRA_ACCOUNTS otherwise).
         */
        get: operations["getExportItemsV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scenario catalogue, with what each one teaches
         * @description Every scenario of `scenarios/`, whether it can be forced (by `X-Sandbox-Scenario` or armed), and the answer it gives.
         */
        get: operations["listSandboxScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/scenarios/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The armed scenarios, oldest first */
        get: operations["listArmedScenarios"];
        put?: never;
        /**
         * Arm a scenario for a key, a company, or every request
         * @description From now on, Pleo operations whose key (or OAuth grant, for Bearer calls) is `keyId` (and/or whose company is `companyId`; with
         *     neither, every Pleo operation) are answered as if they carried `X-Sandbox-Scenario`, for
         *     `times` requests or until disarmed. The header, when sent, wins over an armed scenario; the
         *     first armed scenario that matches applies.
         */
        post: operations["armScenario"];
        /** Disarm every armed scenario */
        delete: operations["disarmAllScenarios"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/scenarios/active/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disarm one armed scenario */
        delete: operations["disarmScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The armed faults, oldest first */
        get: operations["listArmedFaults"];
        put?: never;
        /**
         * Arm a fault (latency, a 429 or 5xx, a dropped connection, no answer) on matching requests
         * @description `fault` is written as in the `X-Sandbox-Fault` header. It applies to the Pleo operations that
         *     match every filter given (`method`; `path`, where `*` matches anything, or the contract's
         *     path template; `keyId`; `companyId`), with `probability` (drawn from a generator seeded with
         *     `seed`, so a run repeats), for `times` requests or until disarmed. The header, when sent,
         *     wins; otherwise the first armed fault that matches and fires applies.
         */
        post: operations["armFault"];
        /** Disarm every armed fault */
        delete: operations["disarmAllFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disarm one armed fault */
        delete: operations["disarmFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/rate-limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether Pleo's rate limit (per key, per minute) is enforced, and at what rate */
        get: operations["getSandboxRateLimit"];
        put?: never;
        /** Turn the rate limit on or off, or change its rate */
        post: operations["setSandboxRateLimit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal, newest first
         * @description The last requests this sandbox (or workspace) answered and the webhook deliveries it made,
         *     newest first, at most 1,000 by default: what was asked, the answer, the key, and the scenario
         *     or fault applied. Never a secret: no headers, no bodies, credentials in query strings cut.
         *     Requests to `/sandbox/requests` itself are not recorded.
         */
        get: operations["listSandboxRequests"];
        put?: never;
        post?: never;
        /** Empty the request journal */
        delete: operations["clearSandboxRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/chaos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The armed webhook delivery rules, oldest first */
        get: operations["listWebhookChaos"];
        put?: never;
        /**
         * Deliver matching events twice, out of order, late, or after failed attempts
         * @description Applies to the next events (`times`, or until disarmed) delivered to `subscriptionId` (or any
         *     subscription) of `eventType` (or any type): `duplicate` delivers the same message (same
         *     `webhook-id`) twice; `out-of-order` holds it until the next event to that subscription has
         *     been delivered (at most `delaySeconds` of sandbox time); `late` holds it for `delaySeconds` of
         *     sandbox time (moving the clock releases it); `fail-first` sends the first `attempts` attempts
         *     and counts them as failed whatever the answer, so the retries arrive too.
         */
        post: operations["armWebhookChaos"];
        /** Disarm every webhook delivery rule */
        delete: operations["disarmAllWebhookChaos"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/chaos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disarm one webhook delivery rule */
        delete: operations["disarmWebhookChaos"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a past event again, as Pleo would on a manual retry
         * @description The same body and the same `webhook-id` as the first time (re-stamped and re-signed), to
         *     each subscription that got it and still wants it, or to `subscriptionId` alone. The sandbox
         *     remembers the last 100 events.
         */
        post: operations["resendWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspaces alive now, and their limits */
        get: operations["listSandboxWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/workspaces/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drop a workspace now, with its keys, clock and journal */
        delete: operations["deleteSandboxWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/export-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company's export jobs, oldest first, as Export v2 (scope export-jobs:read)
         * @description The same jobs as `GET /v3/export-jobs`. `status` (one status, deprecated) and `statuses` may both
         *     be sent; a job matching either is listed. A company with wallets in several currencies is
         *     refused with 400 UNSUPPORTED_API_VERSION, as Export v2 is.
         */
        get: operations["getExportJobsListV2"];
        put?: never;
        /**
         * Create a pending export job, as Export v2 (scope export-jobs:write)
         * @description The lifecycle of `POST /v3/export-jobs`, without its contra-account check (v2 has none); 409 while the company has an open job.
         */
        post: operations["createExportJobV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/export-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One export job, as Export v2 (scope export-jobs:read) */
        get: operations["getExportJobByIdV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/export-jobs/{jobId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items of an export job, as Export v2 (scope export-jobs:read)
         * @description A failure reason only v3 knows (`vendor_unknown`, `account_unknown`, `tax_code_unknown`, `tag_unknown`) reads as `accounting_system_validation_failure`.
         */
        get: operations["getExportJobItemsV2"];
        /**
         * Report items' results, at most 100 per call, as Export v2 (scope export-jobs:write)
         * @description The rules of `PUT /v3/export-jobs/{jobId}/items`, with v2's failure reasons.
         */
        put: operations["updateExportJobItemsV2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/export-job-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an export job along its lifecycle, as Export v2 (scope export-jobs:write) */
        post: operations["createExportJobEventV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/export-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A running job's entries as Export v2 items (scope export-items:read)
         * @description Without `job_id`, the company's open job. Only pending and in_progress jobs give items. v2 items carry `teamCode` and no `contraAccount`.
         */
        get: operations["getExportItemsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/world": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations, companies (with features), web-app users and the scope catalogue */
        get: operations["getSandboxWorld"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting user's company's keys (never the secret)
         * @description Paged like Pleo's lists (default 20, at most 100), newest first unless sorted.
         */
        get: operations["listSandboxApiKeys"];
        put?: never;
        /**
         * Create an API key (Settings > API Keys > Create API Key)
         * @description The secret `key` is in this response and nowhere else, ever.
         */
        post: operations["createSandboxApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete (revoke) a key at once */
        delete: operations["deleteSandboxApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/oauth-apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OAuth apps the acting user's company registered (never the client secret) */
        get: operations["listSandboxOAuthApps"];
        put?: never;
        /**
         * Register an OAuth app; its client secret is in this answer only
         * @description The app may ask for the listed scopes, and only send users back to the listed redirect URIs
         *     (compared exactly, as OAuth requires). `clientSecret` is shown once and stored as a hash.
         */
        post: operations["createSandboxOAuthApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/oauth-apps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an OAuth app; its tokens, installations and integrated keys stop working at once */
        delete: operations["deleteSandboxOAuthApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The apps installed in the acting user's company (and organisation), by OAuth or with an integrated key */
        get: operations["listSandboxInstallations"];
        put?: never;
        /**
         * Install an app in a company and get its Integrated API Key (shown once)
         * @description An admin of the company approves some of the app's scopes. The answer holds the installation
         *     and its Integrated API Key (`key`), which is sent like any key (Basic), is listed under
         *     `GET /sandbox/api-keys`, and stops working when the installation is deleted. Installing an app
         *     again replaces the installation's key.
         */
        post: operations["createSandboxInstallation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/installations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Uninstall an app; its integrated key and OAuth tokens stop working at once */
        delete: operations["deleteSandboxInstallation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emit a sample event now, as if Pleo had created an export job or a vendor
         * @description `{subscriptionId}` sends to that subscription alone (event type: `eventType`, or its first);
         *     `{companyId, eventType}` sends to every ACTIVE subscription of that company (and of its
         *     organisation) for that event type. The answer comes at once; deliveries run in the
         *     background and show up as DELIVERY activities of each subscription.
         */
        post: operations["sendSandboxTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sandbox's time */
        get: operations["getSandboxClock"];
        put?: never;
        /** Move the sandbox's time (keys and export jobs expire by it) */
        post: operations["setSandboxClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back to the seeded world and the real clock */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness, for CI wait loops
         * @description Always 200 while the sandbox answers; needs no credential and reads no state.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract as JSON, with `servers` pointing at this sandbox
         * @description The document you are reading, its `servers` replaced by the address the request reached
         *     (the Host header, or X-Forwarded-Proto, -Host and -Prefix behind a proxy). Import it into
         *     Postman, Insomnia or Bruno, or generate a client from it (openapi-typescript).
         */
        get: operations["getOpenApiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract as YAML, with `servers` pointing at this sandbox
         * @description The same document as `/openapi.json`, as written in the sandbox's sources.
         */
        get: operations["getOpenApiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tag groups of a company, or of every company of an organisation (scope tag-groups:read)
         * @description Send `company_id` or `organization_id`; with both, `company_id` wins; with neither, 400.
         *     Not paginated. Archived groups only with `include_archived=true`.
         */
        get: operations["getTagGroups"];
        put?: never;
        /**
         * Create a tag group (scope tag-groups:write)
         * @description Pleo documents only a default response; the sandbox answers 200, and 409 when the company already has a group with that `code`.
         */
        post: operations["createTagGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tag group (scope tag-groups:read) */
        get: operations["getTagGroup"];
        /**
         * Replace a tag group's name, code, archived flag and metadata (scope tag-groups:write)
         * @description 409 when the new `code` belongs to another group of the company.
         */
        put: operations["updateTagGroup"];
        post?: never;
        /**
         * Delete a tag group and its tags (scope tag-groups:write)
         * @description 409 while an accounting entry uses one of its tags (archive it instead).
         */
        delete: operations["deleteTagGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups/{groupId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a tag group's tags (scope tag-groups:read) */
        get: operations["getTags"];
        put?: never;
        /**
         * Create a tag in a tag group (scope tag-groups:write)
         * @description 409 when the group already has a tag with that `code`.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a company's tags (scope tag-groups:read)
         * @deprecated
         * @description Deprecated by Pleo in favour of `POST /v0/tags:search`, still served. `text_search` matches
         *     code or name (case-insensitive); `tag_group_id` (repeatable) narrows to groups.
         */
        get: operations["searchTags"];
        put?: never;
        post?: never;
        /**
         * Delete up to 100 tags of one company at once (scope tag-groups:write)
         * @description All or nothing: when any id is not a tag of `companyId` the sandbox answers 404, and when
         *     an accounting entry uses any of them 409, each naming those ids; then no tag is deleted.
         */
        delete: operations["bulkDeleteTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tag (scope tag-groups:read) */
        get: operations["getTag"];
        /**
         * Update a tag's code, name and archived flag (scope tag-groups:write)
         * @description 409 when the new `code` belongs to another tag of the group. A `name` left out keeps its value.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag (scope tag-groups:write)
         * @description 409 while an accounting entry uses it (archive it instead).
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A page of the tags of a company, or of every company of an organisation (scope tag-groups:read)
         * @description `company_id` wins over `organization_id`; an organisation-level key must send one of them.
         *     The body may be left out. `archived` (true or false) picks archived or active tags and
         *     overrides `includeArchived`; without either, only active tags. `textSearch` matches the
         *     tag's name, case-insensitively. Pleo documents only a default response; the sandbox answers 200.
         */
        post: operations["searchTagsPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive or unarchive up to 100 tags of one company at once (scope tag-groups:write)
         * @description All or nothing: when any id is not a tag of `companyId`, the sandbox answers 404 naming
         *     those ids and changes no tag. Pleo documents only a default response; the sandbox answers
         *     200 with the changed tags.
         */
        post: operations["bulkArchiveTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags/{tagId}/dimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tag's values of its group's dimensions (scope tag-groups:read)
         * @description In the dimensions' display order; a dimension the tag has no value for is left out.
         */
        get: operations["getTagDimensionValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tags/{tagId}/dimensions/{dimensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tag's value of one dimension (scope tag-groups:read)
         * @description 404 when the dimension is not one of the tag's group, or the tag has no value for it.
         */
        get: operations["getDimensionValue"];
        /**
         * Change a tag's value of one dimension (scope tag-groups:write)
         * @description 404 when the tag has no value for that dimension yet (create it with POST).
         */
        put: operations["updateDimensionValue"];
        /**
         * Give a tag a value for one dimension of its group (scope tag-groups:write)
         * @description 409 when the tag already has a value for that dimension (change it with PUT). Pleo documents only a default response; the sandbox answers 200.
         */
        post: operations["createDimensionValue"];
        /**
         * Remove a tag's value of one dimension (scope tag-groups:write)
         * @description Answers 200 with the value as it was, as Pleo's document declares a body.
         */
        delete: operations["deleteDimensionValue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups/{groupId}/dimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tag group's dimensions besides name and code (scope tag-groups:read)
         * @description In display order. The name and code every tag has are not listed.
         */
        get: operations["getTagGroupDimensions"];
        put?: never;
        /**
         * Add a dimension to a tag group (scope tag-groups:write)
         * @description The new dimension comes last (`displayOrder` one above the group's highest; a
         *     `displayOrder` sent is ignored, as Pleo's document says). Existing tags get no value for
         *     it. 409 when the group already has a dimension with that `code`. Pleo documents only a
         *     default response; the sandbox answers 200.
         */
        post: operations["createTagGroupDimension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups/{groupId}/dimensions/{dimensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dimension of a tag group (scope tag-groups:read) */
        get: operations["getTagGroupDimension"];
        /**
         * Replace a dimension's code, name, display order and visibility (scope tag-groups:write)
         * @description 409 when the new `code` belongs to another dimension of the group. Other dimensions keep their `displayOrder`.
         */
        put: operations["updateTagGroupDimension"];
        post?: never;
        /**
         * Delete a dimension of a tag group, with every tag's value of it (scope tag-groups:write)
         * @description Pleo documents only a default response without a body; the sandbox answers 204.
         */
        delete: operations["deleteTagGroupDimension"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tag-groups/{groupId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many accounting entries use each tag of a group (scope tag-groups:read)
         * @description Every tag of the group, archived ones too, with the number of entries whose tags or split items name it (an entry counts once).
         */
        get: operations["getTagGroupUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/aggregations/tag-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tag groups with their dimensions, for a company or every company of an organisation (scope tag-groups:read)
         * @description Send `company_id` or `organization_id`; with both, `company_id` wins; with neither, 400.
         *     Active groups only, unless `tag_group_ids` names groups: then exactly those, archived or
         *     not. Not paginated. Pleo documents only a default response; the sandbox answers 200.
         */
        get: operations["getAggregatedTagGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/aggregations/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A page of a company's tags with their group and dimension values (scope tag-groups:read)
         * @description The same filters as `POST /v0/tags:search`, for one company. Each tag lists every
         *     dimension of its group, with `value` empty where the tag has none. Pleo documents only a
         *     default response; the sandbox answers 200.
         */
        post: operations["searchAggregatedTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tax-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a tax code for the company in the body (scope tax-codes:write)
         * @description Pleo documents only a default response; the sandbox answers 200.
         */
        post: operations["createTaxCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tax-codes/{taxCodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tax code (scope tax-codes:read) */
        get: operations["getTaxCode"];
        /**
         * Update a tax code (scope tax-codes:write)
         * @description The body's `companyId` must be the tax code's own company. Optional fields left out keep their value; `null` clears them.
         */
        put: operations["updateTaxCode"];
        post?: never;
        /**
         * Delete a tax code (scope tax-codes:write)
         * @description 409 while an accounting entry uses it (archive it instead).
         */
        delete: operations["deleteTaxCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tax-codes:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a company's tax codes (scope tax-codes:read)
         * @description The body is optional; without `archived` both archived and active codes are returned.
         */
        post: operations["getTaxCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/tax-codes:calculate-tax-amounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gross, net and tax of amounts under tax codes (scope tax-codes:read)
         * @description Each tax code id (of a company the key covers) maps to amounts, each with an `id` of the caller's
         *     choosing that the answer repeats. An `inclusive` code's amount is the gross, an `exclusive` code's
         *     the net; a `reverse` code's amount is both (the tax is self-assessed on top). Tax is rounded to
         *     the minor unit, half away from zero; every result keeps the amount's currency.
         */
        post: operations["calculateTax"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chart-of-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (scope accounts:write)
         * @description 201 when created; 200 with the existing account when one with the same `companyId` and
         *     `externalId` already holds exactly these values; 409 when it holds different ones.
         */
        post: operations["createAccountV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chart-of-accounts/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create up to 1000 accounts; each item is created or reported as failed (scope accounts:write) */
        post: operations["createAccountsBatchV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chart-of-accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account (scope accounts:read) */
        get: operations["getAccountV1"];
        /**
         * Update an account's name, archived flag, code, tax code and metadata (scope accounts:write)
         * @description Optional fields left out keep their value; `null` clears them. `taxCodeExternalId` must be the
         *     `code` of one of the company's tax codes (400 otherwise). A new `code` reaches the `accountCode`
         *     of the accounting entries that use the account. Archive an account that entries use instead of deleting it.
         */
        put: operations["updateAccountV1"];
        post?: never;
        /** Delete an account no accounting entry uses (scope accounts:write) */
        delete: operations["deleteAccountV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chart-of-accounts:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the accounts of the company in the body (scope accounts:read) */
        post: operations["searchAccountsV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a vendor (scope vendors:write)
         * @description 409 when the company already has a vendor with that `externalId`. A vendor with an
         *     `externalId` starts ACTIVE, one without starts DRAFT. Emits `v1.vendor.created`.
         */
        post: operations["postVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor (scope vendors:read) */
        get: operations["getVendorById"];
        /**
         * Update a vendor (scope vendors:write)
         * @description The body's `companyId` must be the vendor's own company (400 otherwise); 409 when
         *     `externalId` belongs to another vendor of the company. Optional fields left out keep their value.
         */
        put: operations["updateVendor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/{id}:activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a vendor as created in the ERP, with its externalId (scope vendors:write) */
        post: operations["activateVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/{id}:archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a vendor (scope vendors:write) */
        post: operations["archiveVendorById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a company's vendors (scope vendors:read; company_id required)
         * @description The body is optional; each list filter takes at most 100 values (`states` 4). `name` matches case-insensitively as a substring.
         */
        post: operations["searchVendors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a vendor CSV import job (not modelled, 501) */
        post: operations["createCsvImportJobV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vendor CSV import job (not modelled, 501) */
        get: operations["getCsvImportJobV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The row errors of a vendor CSV import job (not modelled, 501) */
        get: operations["getCsvImportJobErrorsV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace or merge a vendor CSV import job's metadata (not modelled, 501) */
        put: operations["updateCsvImportJobMetadataV1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a vendor CSV import job's status (not modelled, 501) */
        put: operations["updateCsvImportJobStatusV1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}:get-presigned-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pre-signed URL to upload a vendor CSV file to (not modelled, 501) */
        post: operations["getCsvImportJobPresignedUrlV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs/{jobId}:run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a vendor CSV import job (not modelled, 501) */
        post: operations["runCsvImportJobV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vendors/csv-import/jobs:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search vendor CSV import jobs (not modelled, 501) */
        post: operations["searchCsvImportJobsV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorization Code with PKCE (S256); the consent page, or at once a redirect
         * @description Without `X-Sandbox-Consent` the answer is the consent page, where a web-app user picks who
         *     they are and the company (or organisation) and approves or denies the app's scopes. With
         *     `X-Sandbox-User` and `X-Sandbox-Consent` the decision is taken at once: a 302 to
         *     `redirect_uri` with `code` and `state`, or with `error` (`access_denied`, `invalid_scope`,
         *     `invalid_request`, `unsupported_response_type`) and `state`. An unknown `client_id` or a
         *     `redirect_uri` the app did not register is never redirected to: the page answers 400.
         */
        get: operations["oauthAuthorize"];
        put?: never;
        /**
         * The consent page's form (the user's decision), answered with the redirect
         * @description What the consent page posts: the authorization request's parameters again, plus `user` (id or
         *     email), `resource` (a company or organisation id; default the user's company) and `consent`
         *     (`approve` or `deny`). Answers as `GET /oauth/authorize` does with the sandbox headers.
         */
        post: operations["oauthConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code, or a refresh token, for an access token and a new refresh token
         * @description `grant_type=authorization_code` with `code`, `redirect_uri` (as sent to /oauth/authorize) and
         *     `code_verifier`; or `grant_type=refresh_token` with `refresh_token` (and optionally a narrower
         *     `scope`). The client authenticates with `Authorization: Basic base64(client_id:client_secret)`
         *     or with `client_id` and `client_secret` in the body. A code is single-use and lives 10
         *     minutes; a refresh token is single-use too: each refresh rotates both tokens, and sending a
         *     spent or expired refresh token again revokes every token of its grant. Refusals follow RFC
         *     6749: `{error, error_description}`.
         */
        post: operations["oauthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether an access or refresh token is active, and its claims (RFC 7662)
         * @description The client authenticates as at `/oauth/token` and learns only about its own tokens: any other,
         *     expired, revoked or unknown token is `{"active": false}`.
         */
        post: operations["oauthIntrospect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token (RFC 7009); a refresh token takes its whole grant with it
         * @description The client authenticates as at `/oauth/token`. Revoking an access token ends that token;
         *     revoking a refresh token ends every token of its grant. An unknown token (or another client's)
         *     is answered 200 too, as RFC 7009 says.
         */
        post: operations["oauthRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ExceptionInfo: {
            type: string;
            message: string;
        };
        /** @enum {string} */
        SandboxReason: "unknown_route" | "credential_missing" | "credential_malformed" | "key_unknown" | "key_revoked" | "key_expired" | "feature_not_enabled" | "company_not_covered" | "scope_missing" | "invalid_request" | "not_found" | "conflict" | "user_missing" | "user_unknown" | "role_insufficient" | "payload_too_large" | "internal_error" | "export_already_in_progress" | "export_items_limit" | "export_job_finished" | "export_job_expired" | "export_job_not_started" | "invalid_status_change" | "not_modelled" | "missing_contra_accounts" | "unsupported_api_version" | "limit_reached" | "origin_not_allowed" | "host_not_allowed" | "admin_token_required" | "request_timeout" | "rate_limited" | "fault_injected" | "workspace_limit" | "token_invalid" | "token_expired" | "token_revoked" | "app_not_installed" | "client_unknown" | "client_auth_failed" | "redirect_uri_mismatch" | "consent_denied" | "scope_not_allowed" | "pkce_mismatch" | "code_invalid" | "code_expired" | "code_reused" | "refresh_token_invalid" | "refresh_token_expired" | "refresh_token_reused" | "grant_revoked" | "unsupported_grant_type";
        /**
         * @description The scope catalogue (pleo-api-facts.md §3).
         * @enum {string}
         */
        Scope: "accounting-entries:read" | "accounting-entries:write" | "accounts:read" | "accounts:write" | "companies:read" | "export-items:read" | "export-jobs:read" | "export-jobs:write" | "tag-groups:read" | "tag-groups:write" | "tax-codes:read" | "tax-codes:write" | "users:read" | "vendors:read" | "vendors:write";
        /** @enum {string} */
        PageOrder: "ASC" | "ASC_NULLS_FIRST" | "ASC_NULLS_LAST" | "DESC" | "DESC_NULLS_FIRST" | "DESC_NULLS_LAST";
        CursorPageCurrentRequestInfo: {
            after?: string;
            before?: string;
            /** Format: int32 */
            limit?: number;
            /** Format: int64 */
            offset?: number;
            parameters: {
                [key: string]: string[];
            };
            sortingKeys?: string[];
            sortingOrder?: components["schemas"]["PageOrder"][];
        };
        CursorPageInfo: {
            currentRequestPagination: components["schemas"]["CursorPageCurrentRequestInfo"];
            endCursor?: string;
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor?: string;
            /** Format: int64 */
            total?: number;
        };
        CompanyAddress: {
            addressLine1?: string;
            addressLine2?: string;
            country?: string;
            locality?: string;
            postalCode?: string;
            region?: string;
        };
        Company: {
            address: components["schemas"]["CompanyAddress"];
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organizationId?: string;
            registrationNumber?: string;
        };
        CompanyPage: {
            data: components["schemas"]["Company"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        CompanyData: {
            data: components["schemas"]["Company"];
        };
        Employee: {
            code?: string;
            /** Format: uuid */
            companyId: string;
            email: string;
            firstName: string;
            /** Format: uuid */
            id: string;
            jobTitle?: string;
            lastName: string;
            phone?: string;
        };
        EmployeePage: {
            data: components["schemas"]["Employee"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        EmployeeData: {
            data: components["schemas"]["Employee"];
        };
        /** @enum {string} */
        InstallationStatus: "ACTIVATED" | "INACTIVE" | "AUTHORIZED" | "PENDING_INTEGRATION" | "ERROR";
        /** @enum {string} */
        InstallationErrorCode: "NOT_ENTITLED" | "AUTH_ERROR";
        InstallationResponse: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            errorCode?: components["schemas"]["InstallationErrorCode"];
            /** Format: uuid */
            id: string;
            metadata: {
                [key: string]: unknown;
            };
            resource: string;
            status: components["schemas"]["InstallationStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        ExternalClientModel: {
            /** @description The app's name (integrated keys and tokens). */
            applicationName?: string;
            /** @enum {string} */
            authMethod: "OAUTH2" | "API_KEY" | "NONE";
            /** @description The app's client id; for a Standalone API Key, the key's id. */
            clientId: string;
            /** @description The credential's scopes, space-separated. */
            scope: string;
            subjectURN?: string;
        };
        ExternalClientModelDetails: {
            data: components["schemas"]["ExternalClientModel"];
        };
        OAuthApp: {
            /** Format: uuid */
            id: string;
            clientId: string;
            name: string;
            redirectUris: string[];
            scopes: components["schemas"]["Scope"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
        };
        OAuthAppList: {
            data: components["schemas"]["OAuthApp"][];
        };
        CreateOAuthAppRequest: {
            name: string;
            /** @description Absolute `https://` URIs, or `http://` on localhost, without a fragment. */
            redirectUris: string[];
            scopes: components["schemas"]["Scope"][];
        };
        CreatedOAuthApp: {
            /** Format: uuid */
            id: string;
            clientId: string;
            /** @description Shown here once; stored only as a SHA-256 hash. */
            clientSecret: string;
            name: string;
            redirectUris: string[];
            scopes: components["schemas"]["Scope"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
        };
        CreatedOAuthAppData: {
            data: components["schemas"]["CreatedOAuthApp"];
        };
        SandboxInstallation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            clientId: string;
            applicationName: string;
            resource: string;
            scopes: components["schemas"]["Scope"][];
            status: components["schemas"]["InstallationStatus"];
            /**
             * Format: uuid
             * @description The Integrated API Key's id, when the installation has one.
             */
            keyId?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
        };
        SandboxInstallationList: {
            data: components["schemas"]["SandboxInstallation"][];
        };
        CreateSandboxInstallationRequest: {
            clientId: string;
            /** Format: uuid */
            companyId: string;
            /** @description Some or all of the scopes the app registered. */
            scopes: components["schemas"]["Scope"][];
        };
        CreatedSandboxInstallation: components["schemas"]["SandboxInstallation"] & {
            /** @description The Integrated API Key. Shown here once; stored only as a SHA-256 hash. */
            key: string;
        };
        CreatedSandboxInstallationData: {
            data: components["schemas"]["CreatedSandboxInstallation"];
        };
        ConsentForm: {
            response_type?: string;
            client_id?: string;
            redirect_uri?: string;
            scope?: string;
            state?: string;
            code_challenge?: string;
            code_challenge_method?: string;
            /** @description The deciding web-app user, by id or email. */
            user?: string;
            /** @description A company or organisation id (or URN). */
            resource?: string;
            /** @enum {string} */
            consent?: "approve" | "deny";
        };
        TokenRequest: {
            /** @description `authorization_code` or `refresh_token`. */
            grant_type: string;
            code?: string;
            redirect_uri?: string;
            code_verifier?: string;
            refresh_token?: string;
            /** @description On refresh, a narrower set of the grant's scopes. */
            scope?: string;
            client_id?: string;
            client_secret?: string;
        };
        TokenResponse: {
            /** @description A JWT signed by the sandbox (HS256). */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Seconds the access token lives. */
            expires_in: number;
            refresh_token: string;
            /** @description The granted scopes, space-separated. */
            scope: string;
        };
        TokenIntrospectionRequest: {
            token: string;
            /** @description `access_token` or `refresh_token`; a hint only. */
            token_type_hint?: string;
            client_id?: string;
            client_secret?: string;
        };
        TokenIntrospection: {
            active: boolean;
            /** @enum {string} */
            token_type?: "at+JWT" | "refresh_token";
            scope?: string;
            client_id?: string;
            sub?: string;
            aud?: string;
            iss?: string;
            iat?: number;
            exp?: number;
            jti?: string;
        };
        /**
         * @description The `error` of a redirect back to the app's `redirect_uri` (RFC 6749 §4.1.2.1), sent with `error_description` and `state`.
         * @enum {string}
         */
        AuthorizationErrorCode: "invalid_request" | "unsupported_response_type" | "invalid_scope" | "access_denied";
        OAuthErrorBody: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            error_description: string;
        };
        SandboxOrganisation: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        SandboxCompany: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** @description `api-keys` gates key creation and key use. */
            features: "api-keys"[];
        };
        /** @enum {string} */
        UserRole: "admin" | "bookkeeper" | "employee";
        SandboxUser: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            role: components["schemas"]["UserRole"];
            /** Format: uuid */
            companyId: string;
            /** @description May create organisation-level keys and keys for any company of the organisation. */
            organisationAdmin: boolean;
        };
        SandboxWorld: {
            organisations: components["schemas"]["SandboxOrganisation"][];
            companies: components["schemas"]["SandboxCompany"][];
            users: components["schemas"]["SandboxUser"][];
            scopes: components["schemas"]["Scope"][];
        };
        SandboxWorldData: {
            data: components["schemas"]["SandboxWorld"];
        };
        AccessLevel: {
            /** @constant */
            type: "company";
            /** Format: uuid */
            companyId: string;
        } | {
            /** @constant */
            type: "organisation";
            /** Format: uuid */
            organisationId: string;
        };
        CreateApiKeyRequest: {
            name: string;
            /**
             * Format: date-time
             * @description Must be later than the sandbox clock.
             */
            expiresAt: string;
            accessLevel: components["schemas"]["AccessLevel"];
            scopes: components["schemas"]["Scope"][];
        };
        /** @enum {string} */
        ApiKeyStatus: "active" | "expired";
        ApiKeySummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, for recognition. */
            prefix: string;
            /** Format: date-time */
            expiresAt: string;
            accessLevel: components["schemas"]["AccessLevel"];
            scopes: components["schemas"]["Scope"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            status: components["schemas"]["ApiKeyStatus"];
            /**
             * Format: uuid
             * @description Set on an Integrated API Key, made by installing an app (`POST /sandbox/installations`).
             */
            installationId?: string;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKeySummary"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The secret. Shown here once; stored only as a SHA-256 hash. */
            key: string;
            /** Format: date-time */
            expiresAt: string;
            accessLevel: components["schemas"]["AccessLevel"];
            scopes: components["schemas"]["Scope"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
        };
        CreatedApiKeyData: {
            data: components["schemas"]["CreatedApiKey"];
        };
        Clock: {
            /** Format: date-time */
            now: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        OpenApiDocument: {
            openapi: string;
            info: {
                [key: string]: unknown;
            };
            servers: {
                url: string;
                description?: string;
            }[];
            paths: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        ClockData: {
            data: components["schemas"]["Clock"];
        };
        SetClockRequest: {
            /** Format: date-time */
            now: string;
        } | {
            advanceSeconds: number;
        };
        /**
         * @description The event types a subscription can ask for.
         * @enum {string}
         */
        WebhookEventType: "v1.export-job.created" | "v1.vendor.created";
        /** @enum {string} */
        SubscriptionStatus: "ACTIVE" | "INACTIVE";
        /**
         * @description Pleo's CREATE, UPDATE, DELETE, and the sandbox's DELIVERY (one per delivery attempt).
         * @enum {string}
         */
        SubscriptionOperationType: "CREATE" | "UPDATE" | "DELETE" | "DELIVERY";
        AuthCredential: {
            username?: string;
            password?: string;
            token?: string;
        };
        EndpointAuth: {
            /**
             * @description NONE (default) sends no credentials; BASIC sends `username` and `password` as HTTP Basic. No type sends `token`, so a token is refused; send a bearer token as a custom `Authorization` header.
             * @enum {string}
             */
            type?: "NONE" | "BASIC";
            credentials?: components["schemas"]["AuthCredential"];
        };
        SubscriptionRequest: {
            /** @description An absolute http(s) URL. */
            endpointUrl: string;
            eventTypes: components["schemas"]["WebhookEventType"][];
            customHeaders?: {
                [key: string]: string;
            };
            endpointAuth?: components["schemas"]["EndpointAuth"];
            status?: components["schemas"]["SubscriptionStatus"];
        };
        SubscriptionModel: {
            /** Format: uuid */
            id: string;
            endpointUrl: string;
            eventTypes: components["schemas"]["WebhookEventType"][];
            status: components["schemas"]["SubscriptionStatus"];
            customHeaders?: {
                [key: string]: string;
            };
            endpointAuth?: components["schemas"]["EndpointAuth"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            deletedAt?: string;
            /** @description URN of who deleted it, e.g. urn:pleo:company:<id>. */
            deletedBy?: string;
        };
        SubscriptionResponse: {
            data: components["schemas"]["SubscriptionModel"];
        };
        SubscriptionPage: {
            data: components["schemas"]["SubscriptionModel"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        SubscriptionActivityModel: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            operationType: components["schemas"]["SubscriptionOperationType"];
            description: string;
            actorUrn: string;
            /** Format: date-time */
            createdAt: string;
        };
        SubscriptionActivityPage: {
            data: components["schemas"]["SubscriptionActivityModel"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        SubscriptionSecretResponse: {
            data: {
                /** @description `whsec_` and the base64 of the HMAC key (Standard Webhooks). */
                secretKey: string;
            };
        };
        WebhookTestRequest: {
            /** Format: uuid */
            subscriptionId: string;
            eventType?: components["schemas"]["WebhookEventType"];
            chaos?: components["schemas"]["WebhookChaos"];
        } | {
            /** Format: uuid */
            companyId: string;
            eventType: components["schemas"]["WebhookEventType"];
            chaos?: components["schemas"]["WebhookChaos"];
        };
        WebhookDelivery: {
            /** Format: uuid */
            subscriptionId: string;
            /** @description The webhook-id header of the delivery. */
            webhookId: string;
        };
        WebhookTestResult: {
            /** Format: uuid */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            /** Format: uuid */
            companyId: string;
            /** @description The resource snapshot the event carries. */
            data: {
                [key: string]: unknown;
            };
            /** @description One per matching subscription; empty when none is ACTIVE for this event type. */
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        WebhookTestData: {
            data: components["schemas"]["WebhookTestResult"];
        };
        /** @description An amount in integer minor units (Gjoll's `Money`). */
        Money: {
            currency: string;
            /** Format: int64 */
            minors: number;
        };
        /** @description A team of a company (sandbox world data; Pleo exposes teams only as `teamId` and export items' `team`). */
        Team: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            name: string;
            code: string;
        };
        /** @description Pleo's `TagGroupModel`. */
        TagGroup: {
            archived: boolean;
            code: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            metadata: {
                [key: string]: string;
            };
            name: string;
            /** Format: int64 */
            totalTagsCount?: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Pleo's `TagModel`. */
        Tag: {
            archived: boolean;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            groupId: string;
            /** Format: uuid */
            id: string;
            name?: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Pleo's `TagGroupDimensionModel`, a column of a tag group besides name and code. */
        TagGroupDimension: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: int32 */
            displayOrder: number;
            /** Format: uuid */
            groupId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            visible: boolean;
        };
        /** @description Pleo's `TagDimensionValueModel`, one tag's value of one dimension of its group. */
        TagDimensionValue: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            dimensionId: string;
            /** Format: uuid */
            tagId: string;
            /** Format: date-time */
            updatedAt: string;
            value: string;
        };
        /** @description Pleo's `AggregatedTagGroupDimensionModel`. */
        AggregatedTagGroupDimension: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: int32 */
            displayOrder: number;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            visible: boolean;
        };
        /** @description Pleo's `AggregatedTagGroupModel`, a tag group with its dimensions (and no metadata). */
        AggregatedTagGroup: {
            archived: boolean;
            code: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            dimensions: components["schemas"]["AggregatedTagGroupDimension"][];
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Pleo's `AggregatedTagTagDimensionModel`, a dimension of the tag's group and the tag's value of it. */
        AggregatedTagDimension: {
            code: string;
            /** Format: int32 */
            displayOrder: number;
            /** Format: uuid */
            id: string;
            name: string;
            value: string;
            visible: boolean;
        };
        /** @description Pleo's `AggregatedTagTagGroupModel`, the group a tag belongs to. */
        AggregatedTagGroupSummary: {
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description Pleo's `AggregatedTagModel`, a tag with its company, group and dimension values. */
        AggregatedTag: {
            archived: boolean;
            code: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            dimensions: components["schemas"]["AggregatedTagDimension"][];
            group: components["schemas"]["AggregatedTagGroupSummary"];
            /** Format: uuid */
            id: string;
            name?: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Pleo's `TagUsageModel`. */
        TagUsage: {
            /** Format: int32 */
            count: number;
            /** Format: uuid */
            id: string;
        };
        /** @description Pleo's `TagGroupUsageModel`. */
        TagGroupUsage: {
            usages: components["schemas"]["TagUsage"][];
        };
        /** @enum {string} */
        TaxCodeType: "inclusive" | "exclusive" | "reverse";
        /** @description Pleo's `TaxCodeModel`; `rate` is a decimal (0.25 = 25 %). */
        TaxCode: {
            accountingIntegrationSystem?: string;
            archived: boolean;
            code?: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            ingoingTaxAccount?: string;
            name: string;
            outgoingTaxAccount?: string;
            rate: number;
            type: components["schemas"]["TaxCodeType"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Pleo's `BookkeepingAccountRestModelV1` (a chart-of-accounts account). */
        Account: {
            archived: boolean;
            code?: string;
            /** Format: uuid */
            companyId: string;
            externalId: string;
            /** Format: uuid */
            id: string;
            metadata?: {
                [key: string]: unknown;
            };
            name: string;
            taxCodeExternalId?: string;
        };
        /** @enum {string} */
        VendorState: "DRAFT" | "ACTIVE" | "ARCHIVED";
        /** @description Pleo's `VendorResponse`. */
        Vendor: {
            accountingSystem?: string;
            code?: string;
            /** Format: uuid */
            companyId: string;
            country?: components["schemas"]["CountryCode"];
            /** Format: date-time */
            createdAt?: string;
            defaultCurrency: string;
            externalId?: string;
            /** Format: uuid */
            id: string;
            name: string;
            registrationNumber?: string;
            state: components["schemas"]["VendorState"];
            taxRegistrationNumber?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @enum {string} */
        AccountingEntryFamily: "BALANCE_AMENDMENT" | "BILL_INVOICE" | "CARD_PURCHASE" | "CASHBACK" | "CREDIT_NOTE" | "MILEAGE" | "OUT_OF_POCKET" | "OVERDRAFT" | "PER_DIEM" | "PLEO_INVOICE" | "REIMBURSEMENT" | "WALLET" | "BILL_INVOICE_PAYMENT";
        /** @enum {string} */
        AccountingEntrySubFamily: "ATM" | "IN_STORE" | "ONLINE" | "PLEO_INVOICE" | "PLEO_INVOICE_REFUND" | "REIMBURSEMENT_TO_COMPANY" | "REIMBURSEMENT_TO_EMPLOYEE" | "REIMBURSEMENT_TO_EMPLOYEE_REFUND" | "LOAD" | "UNLOAD" | "WITHDRAWAL" | "FEE" | "INTEREST" | "BILL_INVOICE_PAYMENT_RETURNED" | "BILL_INVOICE_PAYMENT_RECEIVED";
        /** @enum {string} */
        AccountingEntryStatus: "DRAFT" | "PENDING" | "COMPLETED" | "COMPLETED_EXTERNALLY" | "CANCELLED" | "REJECTED" | "ERROR";
        /** @enum {string} */
        ReviewStatus: "NOT_OK" | "NOT_REQUIRED" | "NOT_SET" | "OK" | "WAITING_FOR_EXPENSE_OWNER" | "WAITING_FOR_REVIEWER" | "WAITING_FOR_COMPANY_REVIEWER" | "WAITING_FOR_TEAM_REVIEWER" | "WAITING_FOR_TAG_REVIEWER";
        /** @enum {string} */
        ExportStatus: "CREATED" | "EXPORTED" | "EXPORTING" | "NOT_CREATED" | "NOT_EXPORTED" | "QUEUED";
        /** @enum {string} */
        AccountingEntriesSortingKeys: "settledAt" | "performedAt" | "id" | "bookkeepingDate";
        AccountingEntryTag: {
            /** Format: uuid */
            tagGroupId: string;
            /** Format: uuid */
            tagId?: string;
        };
        Attendee: {
            attendableId: string;
            attendableType: string;
            id: string;
        };
        SplitItem: {
            accountCode?: string;
            /** Format: uuid */
            accountId?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            tags: components["schemas"]["AccountingEntryTag"][];
            /** Format: uuid */
            taxCodeId?: string;
            totalBillValue?: components["schemas"]["Money"];
            transactionValue?: components["schemas"]["Money"];
            /** Format: date-time */
            updatedAt: string;
        };
        AccountingEntrySupplier: {
            cif?: string;
            documentNumber?: string;
            documentType?: string;
            externalAccountNumber?: string;
            externalSupplierId?: string;
        };
        /** @description Pleo's `AccountingEntryV1`. Amounts are in minor units. */
        AccountingEntry: {
            accountCode?: string;
            /** Format: uuid */
            accountId?: string;
            attendees: components["schemas"]["Attendee"][];
            /** Format: date-time */
            bookkeepingDate?: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt?: string;
            /** Format: uuid */
            employeeId?: string;
            exportStatus: components["schemas"]["ExportStatus"];
            family: components["schemas"]["AccountingEntryFamily"];
            foreignExtensionId?: string;
            /** Format: uuid */
            id: string;
            note?: string;
            /** Format: date-time */
            performedAt: string;
            receiptIds: string[];
            reviewStatus: components["schemas"]["ReviewStatus"];
            /** Format: date-time */
            settledAt?: string;
            splitItems: components["schemas"]["SplitItem"][];
            status: components["schemas"]["AccountingEntryStatus"];
            subFamily?: components["schemas"]["AccountingEntrySubFamily"];
            supplier?: components["schemas"]["AccountingEntrySupplier"];
            tags: components["schemas"]["AccountingEntryTag"][];
            /** Format: uuid */
            taxCodeId?: string;
            /** Format: uuid */
            teamId?: string;
            totalBillValue?: components["schemas"]["Money"];
            transactionValue: components["schemas"]["Money"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        ReceiptFileType: "EMBED" | "ORIGINAL" | "THUMBNAIL" | "PREVIEW";
        /** @enum {string} */
        ReceiptSource: "APP_SHARE" | "BOLT" | "CAMERA" | "CASHBACK" | "EMAIL_FETCHING" | "EMAIL_FETCHING_BATCHED" | "EMAIL_FORWARDING" | "GENERATED_RECEIPT" | "LOST_RECEIPT" | "ROGER" | "STOREBOX" | "STRIPE" | "TRAVELPERK" | "USER";
        /** @enum {string} */
        ReceiptMimeType: "unknown" | "application/pdf" | "application/postscript" | "application/xml" | "image/jpeg" | "image/png" | "image/heic" | "image/heif" | "image/gif" | "text/xml";
        /** @enum {string} */
        ReceiptsSortingKeys: "createdAt" | "id" | "size";
        /** @description Pleo's `ReceiptModel`; `url` is a stand-in for a pre-signed link valid 24 hours. */
        Receipt: {
            /** Format: uuid */
            accountingEntryId: string;
            /** Format: date-time */
            createdAt: string;
            fileType: components["schemas"]["ReceiptFileType"];
            /** Format: uuid */
            id: string;
            mimeType: components["schemas"]["ReceiptMimeType"];
            /** Format: uuid */
            ocrDocumentId?: string;
            /** Format: int32 */
            sizeInBytes: number;
            source: components["schemas"]["ReceiptSource"];
            url: string;
        };
        /** @description Pleo's `ReceiptSearchRequest`. */
        ReceiptSearchRequest: {
            accountingEntryIds?: string[];
            employeeIds?: string[];
            fileType?: components["schemas"]["ReceiptFileType"];
            /** @default false */
            includeDeleted: boolean;
            mimeType?: components["schemas"]["ReceiptMimeType"][];
            source?: components["schemas"]["ReceiptSource"][];
        };
        /** @description Pleo's `AccountingEntryCoreV6`. Amounts are in minor units. */
        AccountingEntryCore: {
            accountCode?: string;
            /** Format: uuid */
            accountId?: string;
            /** Format: date-time */
            bookkeepingDate?: string;
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt?: string;
            /** Format: uuid */
            employeeId?: string;
            exportStatus: components["schemas"]["ExportStatus"];
            family: components["schemas"]["AccountingEntryFamily"];
            /** @description Fee amounts by fee type (the sandbox models no fees). */
            fees: {
                [key: string]: components["schemas"]["Money"];
            };
            foreignExtensionId?: string;
            grossBillValue?: components["schemas"]["Money"];
            /** Format: uuid */
            id: string;
            netBillValue?: components["schemas"]["Money"];
            note?: string;
            /** Format: date-time */
            performedAt: string;
            receiptIds: string[];
            reconciliationId?: string;
            reviewStatus: components["schemas"]["ReviewStatus"];
            /** Format: date-time */
            settledAt?: string;
            status: components["schemas"]["AccountingEntryStatus"];
            subFamily?: components["schemas"]["AccountingEntrySubFamily"];
            supplier?: components["schemas"]["AccountingEntrySupplier"];
            taxBillValue?: components["schemas"]["Money"];
            /** Format: uuid */
            taxCodeId?: string;
            /** Format: uuid */
            teamId?: string;
            totalBillValue?: components["schemas"]["Money"];
            transactionValue: components["schemas"]["Money"];
            transactionWalletValue?: components["schemas"]["Money"];
            /** Format: date-time */
            updatedAt: string;
        };
        AccountingEntryCoreData: {
            data: components["schemas"]["AccountingEntryCore"];
        };
        /** @enum {string} */
        ExportJobStatus: "pending" | "in_progress" | "failed" | "completed" | "completed_with_errors";
        /** @enum {string} */
        ExportJobEventType: "started" | "failed" | "completed" | "completed_with_errors";
        /** @enum {string} */
        ExportJobFailureReasonType: "invalid_configuration" | "missing_configuration" | "authentication_failure" | "accounting_system_authentication_failure" | "pleo_rate_limit" | "accounting_system_rate_limit" | "service_unreachable" | "accounting_system_unreachable" | "validation_failure" | "authorization_failure" | "integration_unusable" | "job_expired" | "service_timeout" | "accounting_system_timeout" | "canceled_by_user";
        /** @enum {string} */
        ExportJobItemStatus: "pending" | "in_progress" | "failed" | "successful" | "abandoned";
        /** @enum {string} */
        ExportJobItemFailureReasonType: "receipt_upload_failure" | "receipt_download_failure" | "receipt_file_size_limit_exceeded" | "receipt_conversion_failure" | "unexpected_failure" | "invalid_configuration" | "missing_configuration" | "accounting_system_authentication_failure" | "accounting_system_rate_limit" | "accounting_system_unreachable" | "validation_failure" | "accounting_system_validation_failure" | "authorization_failure" | "accounting_system_timeout" | "vendor_unknown" | "account_unknown" | "tax_code_unknown" | "tag_unknown";
        /** @enum {string} */
        ExportJobItemUpdateErrorType: "ACCOUNTING_ENTRY_DOES_NOT_EXIST" | "EXPORT_ENTRY_STATUS_UPDATE_FAILED" | "ACCOUNTING_ENTRY_UPDATE_FAILED";
        /** @description Pleo's `ExportJobV3`. `expiresIn` is counted in seconds from `lastUpdatedAt`. */
        ExportJob: {
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy?: string;
            /** Format: date-time */
            expiredAt?: string;
            /** Format: int32 */
            expiresIn: number;
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobFailureReasonType"];
            /** Format: uuid */
            id: string;
            isInteractive: boolean;
            /** Format: date-time */
            lastUpdatedAt?: string;
            numberOfItems: number;
            /** Format: date-time */
            startedAt?: string;
            status: components["schemas"]["ExportJobStatus"];
            vendorBasedBookkeeping: boolean;
        };
        /** @description Pleo's `ExportJobItemV3`. */
        ExportJobItem: {
            /** Format: uuid */
            accountingEntryId: string;
            /** Format: uuid */
            exportJobId: string;
            /** Format: date-time */
            exportedAt?: string;
            externalId?: string;
            externalUrl?: string;
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobItemFailureReasonType"];
            status: components["schemas"]["ExportJobItemStatus"];
        };
        /** @description Pleo's `AccountingEntryBaseSearchRequest`. Fields it does not have are ignored. */
        AccountingEntrySearchRequest: {
            accountIds?: string[];
            /** Format: date-time */
            bookkeepingDateEnd?: string;
            /** Format: date-time */
            bookkeepingDateStart?: string;
            employeeIds?: string[];
            exportStatus?: components["schemas"]["ExportStatus"][];
            families?: components["schemas"]["AccountingEntryFamily"][];
            foreignExtensionIds?: string[];
            hasAccount?: boolean;
            hasBookkeepingDate?: boolean;
            hasNote?: boolean;
            /** @default false */
            includeDeleted: boolean;
            /** Format: date-time */
            performedAtEnd?: string;
            /** Format: date-time */
            performedAtStart?: string;
            reviewStatus?: components["schemas"]["ReviewStatus"][];
            settled?: boolean;
            /** Format: date-time */
            settledAtEnd?: string;
            /** Format: date-time */
            settledAtStart?: string;
            status?: components["schemas"]["AccountingEntryStatus"][];
            subFamilies?: components["schemas"]["AccountingEntrySubFamily"][];
            tagGroupIdsUnset?: string[];
            tagRowIds?: string[];
            taxCodeIds?: string[];
            teamIds?: string[];
            transactionValueCurrencies?: string[];
        };
        AccountingEntryPage: {
            data: components["schemas"]["AccountingEntry"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        AccountingEntryData: {
            data: components["schemas"]["AccountingEntry"];
        };
        ReceiptPage: {
            data: components["schemas"]["Receipt"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        ReceiptData: {
            data: components["schemas"]["Receipt"];
        };
        ExportJobItemUpdateError: {
            /** Format: uuid */
            accountingEntryId: string;
            message: string;
            type: components["schemas"]["ExportJobItemUpdateErrorType"];
        };
        /** @description Pleo's `ExportJobItemUpdateV3`: the items updated, and one error per item that could not be. */
        ExportJobItemUpdateResult: {
            data: components["schemas"]["ExportJobItem"][];
            errors: components["schemas"]["ExportJobItemUpdateError"][];
        };
        /** @description Pleo's `UpdateExportJobItemV3`. */
        UpdateExportJobItem: {
            /** Format: uuid */
            accountingEntryId: string;
            /** Format: date-time */
            exportedAt?: string;
            externalId?: string;
            externalUrl?: string;
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobItemFailureReasonType"];
            status: components["schemas"]["ExportJobItemStatus"];
        };
        /** @description Pleo's `CreateExportJob`. The sandbox asks for at least one entry. */
        CreateExportJob: {
            accountingEntryIds: string[];
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            employeeId?: string | null;
            /** @default true */
            isInteractive: boolean | null;
            options?: {
                /** @default false */
                vendorBasedBookkeeping: boolean | null;
            } | null;
        };
        CreateExportJobEvent: {
            event: components["schemas"]["ExportJobEventType"];
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobFailureReasonType"];
            /** Format: uuid */
            jobId: string;
        };
        ExportJobPage: {
            data: components["schemas"]["ExportJob"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        ExportJobData: {
            data: components["schemas"]["ExportJob"];
        };
        ExportJobItemData: {
            data: components["schemas"]["ExportJobItem"];
        };
        ExportJobItemPage: {
            data: components["schemas"]["ExportJobItem"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /** @description Export items' money (`MoneyModel`); `value` is in minor units (cents). */
        ExportMoney: {
            currency: string;
            value: number;
        };
        ExportAmounts: {
            inSupplierCurrency: components["schemas"]["ExportMoney"];
            inWalletCurrency: components["schemas"]["ExportMoney"];
        };
        /** @enum {string} */
        ExportItemTypeV3: "card_purchase" | "card_invoice" | "out_of_pocket" | "mileage" | "per_diem" | "external_reimbursement" | "direct_reimbursement" | "invoice" | "invoice_payment" | "chargeback" | "refund" | "cashback" | "atm_withdrawal" | "wallet_topup" | "wallet_unload" | "personal_spend" | "fee";
        /** @enum {string} */
        ExportItemSubTypeV3: "reimbursement_to_employee_refund" | "reimbursement_to_company" | "reimbursement_to_employee" | "invoice_payment_returned" | "invoice_payment_sent" | "interest";
        ExportItemLine: {
            /** Format: uuid */
            accountingEntryLineId: string;
            account?: {
                code?: string;
                /** Format: uuid */
                id: string;
                identifier?: string;
                name: string;
            };
            lineAmount: components["schemas"]["ExportAmounts"];
            netAmount: components["schemas"]["ExportAmounts"];
            tags?: {
                code: string;
                groupCode: string;
                /** Format: uuid */
                id: string;
            }[];
            tax?: {
                amount: components["schemas"]["ExportAmounts"];
                code?: string;
                /** Format: uuid */
                id: string;
                ingoingTaxAccount?: string;
                outgoingTaxAccount?: string;
                rate: number;
                type: components["schemas"]["TaxCodeType"];
            };
        };
        /** @description Pleo's `ContraAccount`; `id` and `name` are the Pleo account (wallet), `code` and `identifier` the account it maps to in the ERP. */
        ExportContraAccount: {
            code?: string;
            /** Format: uuid */
            id: string;
            identifier?: string;
            name: string;
        };
        ExportNamedRef: {
            code?: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description Pleo's `ExportItemV3`, built from an accounting entry and the master data it points at. */
        ExportItem: {
            _links: {
                api?: {
                    [key: string]: string;
                };
                mobile?: {
                    [key: string]: string;
                };
                web?: {
                    [key: string]: string;
                };
            };
            /** Format: uuid */
            accountingEntryId: string;
            accountingEntryLines: components["schemas"]["ExportItemLine"][];
            additionalInformation: {
                attendees?: string[];
                invoiceInformation?: {
                    /** Format: date-time */
                    dueDate?: string;
                    /** Format: date-time */
                    invoiceDate: string;
                    invoiceNumber: string;
                    /** Format: date-time */
                    paymentDate?: string;
                    status: string;
                };
                reconciliationId: string;
            };
            amount: components["schemas"]["ExportAmounts"];
            bookkeeping?: {
                /** @enum {string} */
                method: "none" | "journal" | "accounts_payable";
            };
            /** Format: uuid */
            companyId: string;
            contraAccount?: components["schemas"]["ExportContraAccount"];
            /** Format: date-time */
            date: string;
            files?: {
                /** Format: int32 */
                size: number;
                type: string;
                url: string;
            }[];
            note?: string;
            subType?: components["schemas"]["ExportItemSubTypeV3"];
            supplier?: {
                account?: string;
                categoryCode?: string;
                code?: string;
                country?: string;
                name?: string;
                taxIdentifier?: string;
            };
            team?: components["schemas"]["ExportNamedRef"];
            type: components["schemas"]["ExportItemTypeV3"];
            user?: components["schemas"]["ExportNamedRef"];
            vendor?: {
                code?: string;
                country?: string;
                defaultCurrency: string;
                externalId?: string;
                /** Format: uuid */
                id: string;
                name: string;
                registrationNumber?: string;
                taxRegistrationNumber?: string;
            };
        };
        ExportItemPage: {
            data: components["schemas"]["ExportItem"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /**
         * @description Export v2's item failure reasons (v3 adds vendor_unknown, account_unknown, tax_code_unknown and tag_unknown).
         * @enum {string}
         */
        ExportJobItemFailureReasonTypeV2: "receipt_upload_failure" | "receipt_download_failure" | "receipt_file_size_limit_exceeded" | "receipt_conversion_failure" | "unexpected_failure" | "invalid_configuration" | "missing_configuration" | "accounting_system_authentication_failure" | "accounting_system_rate_limit" | "accounting_system_unreachable" | "validation_failure" | "accounting_system_validation_failure" | "authorization_failure" | "accounting_system_timeout";
        /** @description Pleo's `ExportJobItem` (Export v2). */
        ExportJobItemV2: {
            /** Format: uuid */
            accountingEntryId: string;
            /** Format: uuid */
            exportJobId: string;
            /** Format: date-time */
            exportedAt?: string;
            externalId?: string;
            externalUrl?: string;
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobItemFailureReasonTypeV2"];
            status: components["schemas"]["ExportJobItemStatus"];
        };
        ExportJobItemPageV2: {
            data: components["schemas"]["ExportJobItemV2"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /** @description Pleo's `UpdateExportJobItem` (Export v2). */
        UpdateExportJobItemV2: {
            /** Format: uuid */
            accountingEntryId: string;
            /** Format: date-time */
            exportedAt?: string;
            externalId?: string;
            externalUrl?: string;
            failureReason?: string;
            failureReasonType?: components["schemas"]["ExportJobItemFailureReasonTypeV2"];
            status: components["schemas"]["ExportJobItemStatus"];
        };
        /** @description Pleo's `ExportJobItemUpdate` (Export v2). */
        ExportJobItemUpdateResultV2: {
            data: components["schemas"]["ExportJobItemV2"][];
            errors: components["schemas"]["ExportJobItemUpdateError"][];
        };
        ExportItemLineV2: {
            /** Format: uuid */
            accountingEntryLineId: string;
            account?: {
                code?: string;
                /** Format: uuid */
                id: string;
                identifier?: string;
                name: string;
            };
            lineAmount: components["schemas"]["ExportAmounts"];
            netAmount: components["schemas"]["ExportAmounts"];
            tags?: {
                code: string;
                groupCode: string;
                /** Format: uuid */
                id: string;
            }[];
            tax?: {
                amount: components["schemas"]["ExportAmounts"];
                code?: string;
                /** Format: uuid */
                id: string;
                rate: number;
                type: components["schemas"]["TaxCodeType"];
            };
        };
        /** @description Pleo's `ExportItemV2`, the v3 item of the same entry without `contraAccount` and the lines' tax accounts, with `teamCode`. */
        ExportItemV2: {
            _links: {
                api?: {
                    [key: string]: string;
                };
                mobile?: {
                    [key: string]: string;
                };
                web?: {
                    [key: string]: string;
                };
            };
            /** Format: uuid */
            accountingEntryId: string;
            accountingEntryLines: components["schemas"]["ExportItemLineV2"][];
            additionalInformation: {
                attendees?: string[];
                invoiceInformation?: {
                    /** Format: date-time */
                    dueDate?: string;
                    /** Format: date-time */
                    invoiceDate: string;
                    invoiceNumber: string;
                    /** Format: date-time */
                    paymentDate?: string;
                    /** @enum {string} */
                    status: "pending_approval" | "paid";
                };
                reconciliationId: string;
            };
            amount: components["schemas"]["ExportAmounts"];
            bookkeeping?: {
                /** @enum {string} */
                method: "none" | "journal" | "accounts_payable";
            };
            /** Format: uuid */
            companyId: string;
            /** Format: date-time */
            date: string;
            files?: {
                /** Format: int32 */
                size: number;
                type: string;
                url: string;
            }[];
            note?: string;
            subType?: string;
            supplier?: {
                account?: string;
                categoryCode?: string;
                code?: string;
                country?: string;
                name?: string;
                taxIdentifier?: string;
            };
            team?: components["schemas"]["ExportNamedRef"];
            teamCode?: string;
            type: components["schemas"]["ExportItemTypeV3"];
            user?: components["schemas"]["ExportNamedRef"];
            vendor?: {
                code?: string;
                country?: string;
                defaultCurrency: string;
                externalId?: string;
                /** Format: uuid */
                id: string;
                name: string;
                registrationNumber?: string;
                taxRegistrationNumber?: string;
            };
        };
        ExportItemPageV2: {
            data: components["schemas"]["ExportItemV2"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        CreateClientInstallationRequest: {
            metadata?: {
                [key: string]: unknown;
            };
            status?: components["schemas"]["InstallationStatus"];
        };
        UpdateInstallationRequest: {
            errorCode?: components["schemas"]["InstallationErrorCode"];
            metadata?: {
                [key: string]: unknown;
            };
            status: components["schemas"]["InstallationStatus"];
        };
        StringMetadata: {
            [key: string]: string;
        };
        /** @description Pleo's `TagGroupCreateModel`. */
        TagGroupCreateRequest: {
            archived: boolean;
            code: string;
            metadata?: components["schemas"]["StringMetadata"];
            name: string;
        };
        /** @description Pleo's `TagGroupUpdateModel` (a full replacement). */
        TagGroupUpdateRequest: {
            archived: boolean;
            code: string;
            metadata: components["schemas"]["StringMetadata"];
            name: string;
        };
        /** @description Pleo's `TagCreateModel` and `TagUpdateModel` (same fields). `otherDimensionValues` are the tag's values of its group's dimensions, in display order; on create a dimension without one gets an empty value, on update it keeps its value; values beyond the group's dimensions are ignored. */
        TagRequest: {
            archived: boolean;
            code: string;
            name?: string;
            otherDimensionValues?: string[];
        };
        TagGroupData: {
            data: components["schemas"]["TagGroup"];
        };
        TagGroupList: {
            data: components["schemas"]["TagGroup"][];
        };
        TagData: {
            data: components["schemas"]["Tag"];
        };
        TagPage: {
            data: components["schemas"]["Tag"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /** @description Pleo's `CompositeTagSearchRequest`. */
        TagSearchRequest: {
            archived?: boolean;
            includeArchived?: boolean;
            tagGroupIds?: string[];
            tagIds?: string[];
            textSearch?: string;
        };
        /** @description Pleo's `BulkTagArchiveModel`. */
        BulkTagArchiveRequest: {
            archived: boolean;
            /** Format: uuid */
            companyId: string;
            tagIds: string[];
        };
        /** @description Pleo's `BulkTagDeleteModel`. */
        BulkTagDeleteRequest: {
            /** Format: uuid */
            companyId: string;
            tagIds: string[];
        };
        /** @description Pleo's `TagGroupDimensionCreateModel`; `displayOrder` is deprecated there and ignored. */
        TagGroupDimensionCreateRequest: {
            code: string;
            /**
             * Format: int32
             * @deprecated
             */
            displayOrder?: number | null;
            name: string;
            visible: boolean;
        };
        /** @description Pleo's `TagGroupDimensionUpdateModel` (a full replacement). */
        TagGroupDimensionUpdateRequest: {
            code: string;
            /** Format: int32 */
            displayOrder: number;
            name: string;
            visible: boolean;
        };
        /** @description Pleo's `TagDimensionValueCreateModel` and `TagDimensionValueUpdateModel`. */
        TagDimensionValueRequest: {
            value: string;
        };
        TagList: {
            data: components["schemas"]["Tag"][];
        };
        TagGroupDimensionData: {
            data: components["schemas"]["TagGroupDimension"];
        };
        TagGroupDimensionList: {
            data: components["schemas"]["TagGroupDimension"][];
        };
        TagDimensionValueData: {
            data: components["schemas"]["TagDimensionValue"];
        };
        TagDimensionValueList: {
            data: components["schemas"]["TagDimensionValue"][];
        };
        AggregatedTagGroupList: {
            data: components["schemas"]["AggregatedTagGroup"][];
        };
        AggregatedTagPage: {
            data: components["schemas"]["AggregatedTag"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        TagGroupUsageData: {
            data: components["schemas"]["TagGroupUsage"];
        };
        /** @description Pleo's `TaxCodeCreateUpdateModel`. */
        TaxCodeRequest: {
            archived: boolean;
            code?: string | null;
            /** Format: uuid */
            companyId: string;
            ingoingTaxAccount?: string | null;
            name: string;
            outgoingTaxAccount?: string | null;
            rate: number;
            type: components["schemas"]["TaxCodeType"];
        };
        /** @description Pleo's `TaxCodeSearchRequest`. */
        TaxCodeSearchRequest: {
            archived?: boolean;
            code?: string;
            taxCodeIds?: string[];
            type?: components["schemas"]["TaxCodeType"];
        };
        TaxCodeData: {
            data: components["schemas"]["TaxCode"];
        };
        TaxCodePage: {
            data: components["schemas"]["TaxCode"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /** @description Pleo's `TaxedAmount`; `id` is the caller's, repeated in the answer. */
        TaxedAmount: {
            amount: components["schemas"]["Money"];
            id: string;
        };
        /** @description Pleo's `CalculateTaxesRequest`. */
        CalculateTaxesRequest: {
            /** @description Amounts by tax code id. */
            amountsByTaxCodeId: {
                [key: string]: components["schemas"]["TaxedAmount"][];
            };
        };
        AmountTaxBreakdown: {
            gross: components["schemas"]["Money"];
            net: components["schemas"]["Money"];
            tax: components["schemas"]["Money"];
        };
        /** @description Pleo's `Taxes`. */
        TaxBreakdown: {
            amountTaxBreakdown: components["schemas"]["AmountTaxBreakdown"];
            id: string;
        };
        CalculateTaxesData: {
            data: {
                taxes: {
                    [key: string]: components["schemas"]["TaxBreakdown"][];
                };
            };
        };
        /** @description Pleo's `BookkeepingAccountCreateRequestV1`. */
        AccountCreateRequest: {
            archived: boolean;
            code?: string | null;
            /** Format: uuid */
            companyId: string;
            externalId: string;
            metadata?: {
                [key: string]: unknown;
            } | null;
            name: string;
            taxCodeExternalId?: string | null;
        };
        /** @description Pleo's `BookkeepingAccountUpdateRequestV1`. */
        AccountUpdateRequest: {
            archived: boolean;
            code?: string | null;
            metadata?: {
                [key: string]: unknown;
            } | null;
            name: string;
            taxCodeExternalId?: string | null;
        };
        /** @description Pleo's `BookkeepingAccountBatchRequestItemV1`; lengths are checked per item (see AccountBatchFailureReason). */
        AccountBatchItem: {
            archived: boolean;
            code?: string | null;
            externalId: string;
            metadata?: {
                [key: string]: unknown;
            } | null;
            name: string;
            taxCodeExternalId?: string | null;
        };
        /** @description Pleo's `BookkeepingAccountBatchCreateRequestV1`. */
        AccountBatchRequest: {
            /** Format: uuid */
            companyId: string;
            items: components["schemas"]["AccountBatchItem"][];
        };
        /** @enum {string} */
        AccountBatchFailureReason: "EXTERNAL_ID_ALREADY_EXISTS" | "EXTERNAL_ID_TOO_LONG" | "EXTERNAL_ID_EMPTY" | "NAME_TOO_LONG" | "NAME_EMPTY" | "CODE_TOO_LONG" | "OTHER";
        AccountBatchFailure: {
            reasons: components["schemas"]["AccountBatchFailureReason"][];
            request: components["schemas"]["AccountBatchItem"];
        };
        AccountBatchResult: {
            created: components["schemas"]["Account"][];
            failed: components["schemas"]["AccountBatchFailure"][];
        };
        AccountBatchData: {
            data: components["schemas"]["AccountBatchResult"];
        };
        /**
         * @description Pleo's `BookkeepingAccountSearchRequestV1`. The two `excludeIfAssigned...` flags default to
         *     false and change nothing: the sandbox has no categories or contra accounts.
         */
        AccountSearchRequest: {
            archived?: boolean | null;
            /** @deprecated */
            code?: string | null;
            codes?: string[] | null;
            /** Format: uuid */
            companyId: string;
            /** @default false */
            excludeIfAssignedToCategory: boolean;
            /** @default false */
            excludeIfAssignedToContraAccount: boolean;
            externalId?: string | null;
            ids?: string[] | null;
            name?: string | null;
        };
        AccountData: {
            data: components["schemas"]["Account"];
        };
        AccountPage: {
            data: components["schemas"]["Account"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /**
         * @description ISO 3166-1 alpha-2 (and Pleo's extras such as UNDEFINED), as Pleo's vendors document lists them.
         * @enum {string}
         */
        CountryCode: "UNDEFINED" | "AC" | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AN" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BU" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CP" | "CR" | "CS" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DG" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EA" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "EU" | "EZ" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "FX" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "IC" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NT" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SF" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SU" | "SV" | "SX" | "SY" | "SZ" | "TA" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TP" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UK" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XI" | "XU" | "XK" | "YE" | "YT" | "YU" | "ZA" | "ZM" | "ZR" | "ZW";
        /** @description Pleo's `VendorCreateRequest`. */
        VendorCreateRequest: {
            code?: string;
            /** Format: uuid */
            companyId: string;
            country?: components["schemas"]["CountryCode"];
            defaultCurrency: string;
            externalId?: string;
            name: string;
            registrationNumber?: string;
            taxRegistrationNumber?: string;
        };
        /** @description Pleo's `VendorUpdateRequest` (a full replacement). */
        VendorUpdateRequest: {
            code?: string;
            /** Format: uuid */
            companyId: string;
            country?: components["schemas"]["CountryCode"];
            defaultCurrency: string;
            externalId: string;
            name: string;
            registrationNumber?: string;
            state: components["schemas"]["VendorState"];
            taxRegistrationNumber?: string;
        };
        /** @description Pleo's `ActivateVendorEventRequest`. */
        VendorActivateRequest: {
            code?: string;
            externalId: string;
        };
        /** @description Pleo's `VendorSearchRequestV1`. */
        VendorSearchRequest: {
            accountingSystems?: string[];
            codes?: string[];
            countries?: components["schemas"]["CountryCode"][];
            externalIds?: string[];
            ids?: string[];
            name?: string;
            states?: components["schemas"]["VendorState"][];
            taxRegistrationNumbers?: string[];
        };
        VendorData: {
            data: components["schemas"]["Vendor"];
        };
        VendorPage: {
            data: components["schemas"]["Vendor"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        CsvFormat: {
            delimiter: string;
            escapeCharacter?: string;
            ignoreEmptyLines: boolean;
            quoteCharacter?: string;
            recordSeparator: string;
            skipHeaderRecord: boolean;
        };
        /** @description Pleo's `CreateCsvImportJobRequestV1`. */
        CsvImportJobCreateRequest: {
            /** Format: uuid */
            companyId: string;
            csvFormat?: components["schemas"]["CsvFormat"];
            metadata?: {
                [key: string]: Record<string, never>;
            };
            originalFilename: string;
            type: string;
        };
        /** @description Pleo's `UpdateMetadataRequestV1`. */
        CsvImportJobMetadataRequest: {
            metadata: {
                [key: string]: Record<string, never>;
            };
            /** @enum {string} */
            strategy: "REPLACE" | "MERGE";
        };
        /** @description Pleo's `UpdateStatusRequestV1`. */
        CsvImportJobStatusRequest: {
            errorMessage?: string;
            /** @enum {string} */
            errorType?: "INVALID_FILE_FORMAT" | "FILE_TOO_LARGE" | "FILE_TOO_SMALL" | "FILE_TYPE_NOT_SUPPORTED" | "FILE_EXTENSION_NOT_SUPPORTED" | "IMPORT_JOB_NOT_FOUND" | "INVALID_STATUS_TRANSITION" | "PROCESSING_FAILED";
            status: components["schemas"]["CsvImportJobStatus"];
        };
        /** @enum {string} */
        CsvImportJobStatus: "UPLOAD_INITIATED" | "UPLOADED" | "READY_FOR_IMPORT" | "QUEUED" | "PROCESSING" | "COMPLETED" | "FAILED";
        /** @description Pleo's `SearchCsvImportJobsRequestV1`. */
        CsvImportJobSearchRequest: {
            ids?: string[];
            statuses?: components["schemas"]["CsvImportJobStatus"][];
            types?: string[];
        };
        /** @enum {string} */
        HttpMethod: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
        ScenarioSummary: {
            id: string;
            title: string;
            teaches: string;
            why: string;
            fix: string;
            /** @description Whether `X-Sandbox-Scenario` (or arming it) can force it; the others come from the sandbox's state. */
            forceable: boolean;
            /** @description What the scenario answers. `type` is Pleo's error type; the authorization server's scenarios give RFC 6749's `error` instead (absent where the answer is a redirect or a page). */
            expected: {
                status: number;
                type?: string;
                error?: string;
                reason: components["schemas"]["SandboxReason"];
            };
        };
        ScenarioCatalogue: {
            data: components["schemas"]["ScenarioSummary"][];
        };
        ArmScenarioRequest: {
            /** @description A forceable scenario id (GET /sandbox/scenarios). */
            scenario: string;
            /**
             * Format: uuid
             * @description Only requests with this key (for Bearer calls, this OAuth grant).
             */
            keyId?: string;
            /**
             * Format: uuid
             * @description Only requests about this company.
             */
            companyId?: string;
            /** @description How many requests; default until disarmed. */
            times?: number;
        };
        ArmedScenario: {
            /** Format: uuid */
            id: string;
            scenario: string;
            /** Format: uuid */
            keyId?: string;
            /** Format: uuid */
            companyId?: string;
            times?: number;
            /** @description How many requests it has applied to. */
            used: number;
            /** Format: date-time */
            armedAt: string;
        };
        ArmedScenarioData: {
            data: components["schemas"]["ArmedScenario"];
        };
        ArmedScenarioList: {
            data: components["schemas"]["ArmedScenario"][];
        };
        ArmFaultRequest: {
            /** @description As in `X-Sandbox-Fault`, e.g. `status=503`, `latency=800ms`, `reset`, `timeout`, or `latency=800ms,status=503`. */
            fault: string;
            method?: components["schemas"]["HttpMethod"];
            /** @description A path (`*` matches anything) or a path template. */
            path?: string;
            /** Format: uuid */
            keyId?: string;
            /** Format: uuid */
            companyId?: string;
            /** @description Default 1. */
            probability?: number;
            /** @description How many requests; default until disarmed. */
            times?: number;
            /** @description Seeds the probability draws; default 1. */
            seed?: number;
        };
        ArmedFault: {
            /** Format: uuid */
            id: string;
            fault: string;
            method?: components["schemas"]["HttpMethod"];
            path?: string;
            /** Format: uuid */
            keyId?: string;
            /** Format: uuid */
            companyId?: string;
            probability: number;
            times?: number;
            seed: number;
            /** @description How many requests it has applied to. */
            used: number;
            /** Format: date-time */
            armedAt: string;
        };
        ArmedFaultData: {
            data: components["schemas"]["ArmedFault"];
        };
        ArmedFaultList: {
            data: components["schemas"]["ArmedFault"][];
        };
        RateLimit: {
            enabled: boolean;
            /** @description Per key; Pleo allows 600. */
            requestsPerMinute: number;
            /** @description The sliding window, on the sandbox clock. */
            windowSeconds: number;
        };
        RateLimitData: {
            data: components["schemas"]["RateLimit"];
        };
        SetRateLimitRequest: {
            enabled?: boolean;
            requestsPerMinute?: number;
        };
        /**
         * @description A request the sandbox answered, or a webhook delivery attempt it made.
         * @enum {string}
         */
        JournalKind: "request" | "webhook";
        JournalEntry: {
            /**
             * Format: date-time
             * @description By the sandbox clock.
             */
            at: string;
            kind: components["schemas"]["JournalKind"];
            method: string;
            /** @description The request's path, or the webhook's endpoint URL (credentials cut). */
            path: string;
            /** @description The query string, credentials replaced by REDACTED. */
            query?: string;
            /** @description 0 when no answer came (a dropped connection, no answer, a network failure). */
            status: number;
            reason?: string;
            /**
             * Format: uuid
             * @description The key the request used; for a Bearer call, its access token's OAuth grant.
             */
            keyId?: string;
            scenario?: string;
            fault?: string;
            /** @description Time to answer, injected latency included. */
            durationMs: number;
            /** Format: uuid */
            eventId?: string;
            eventType?: components["schemas"]["WebhookEventType"];
            webhookId?: string;
            /** Format: uuid */
            subscriptionId?: string;
            attempt?: number;
            chaos?: components["schemas"]["WebhookChaosMode"];
        };
        JournalPage: {
            data: components["schemas"]["JournalEntry"][];
            pagination: components["schemas"]["CursorPageInfo"];
        };
        /** @enum {string} */
        WebhookChaosMode: "duplicate" | "out-of-order" | "late" | "fail-first";
        WebhookChaos: {
            mode: components["schemas"]["WebhookChaosMode"];
            /** @description late, out-of-order: how long to hold it (sandbox time); default 60. */
            delaySeconds?: number;
            /** @description fail-first: how many attempts fail; default 1. */
            attempts?: number;
        };
        ArmWebhookChaosRequest: {
            mode: components["schemas"]["WebhookChaosMode"];
            delaySeconds?: number;
            attempts?: number;
            /** Format: uuid */
            subscriptionId?: string;
            eventType?: components["schemas"]["WebhookEventType"];
            /** @description How many events; default until disarmed. */
            times?: number;
        };
        WebhookChaosRule: {
            /** Format: uuid */
            id: string;
            mode: components["schemas"]["WebhookChaosMode"];
            delaySeconds?: number;
            attempts?: number;
            /** Format: uuid */
            subscriptionId?: string;
            eventType?: components["schemas"]["WebhookEventType"];
            times?: number;
            /** @description How many deliveries it has applied to. */
            used: number;
            /** Format: date-time */
            armedAt: string;
        };
        WebhookChaosRuleData: {
            data: components["schemas"]["WebhookChaosRule"];
        };
        WebhookChaosRuleList: {
            data: components["schemas"]["WebhookChaosRule"][];
        };
        WebhookResendRequest: {
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            subscriptionId?: string;
            chaos?: components["schemas"]["WebhookChaos"];
        };
        WebhookResendResult: {
            /** Format: uuid */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        WebhookResendData: {
            data: components["schemas"]["WebhookResendResult"];
        };
        WorkspaceName: string;
        Workspace: {
            name: components["schemas"]["WorkspaceName"];
            /**
             * Format: date-time
             * @description Real time.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Real time.
             */
            lastUsedAt: string;
        };
        WorkspaceList: {
            workspaces: components["schemas"]["Workspace"][];
            /** @description At most this many live at once. */
            maxWorkspaces: number;
            /** @description A workspace unused this long (real time) is dropped. */
            idleSeconds: number;
        };
        WorkspaceListData: {
            data: components["schemas"]["WorkspaceList"];
        };
    };
    responses: {
        /** @description Over Pleo's rate limit (600 requests a minute per key), or forced (the `rate-limited` scenario, `X-Sandbox-Fault` `status=429`). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description A fault injected with `X-Sandbox-Fault` or an armed fault (503 carries `Retry-After`), the workspace limit (503), or a sandbox bug (500 `internal_error`). */
        ServerError: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description Invalid query, body or scenario header. */
        BadRequest: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description Missing, malformed, unknown, deleted or expired credential (or, on `/sandbox`, user). */
        Unauthorized: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description Feature not enabled, company not covered by the key, or scope missing. */
        Forbidden: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description No such resource inside the companies the key covers. */
        NotFound: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description NOT_IMPLEMENTED - Pleo documents the operation, the sandbox does not model it (docs/differences.md says why). Answered after the credential checks. */
        NotModelled: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description The change clashes with existing data (a taken externalId or code, or a resource still in use). */
        Conflict: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description LIMIT_REACHED - the sandbox holds as many of these as it keeps (`limit_reached`; see docs/running-safely.md). A sandbox limit, not Pleo's. */
        LimitReached: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
            };
        };
        /** @description Back to the app's `redirect_uri`, with `code` and `state`, or with `error` (an AuthorizationErrorCode), `error_description` and `state` (and then `X-Sandbox-Reason`). */
        OAuthRedirect: {
            headers: {
                Location: string;
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An authorization request that cannot be sent back to the app (unknown client, a redirect URI it did not register, no such web-app user), explained on a page. */
        OAuthPageError: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "text/html;charset=UTF-8": string;
            };
        };
        /** @description An RFC 6749 refusal. */
        OAuthError: {
            headers: {
                "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                [name: string]: unknown;
            };
            content: {
                "application/json;charset=UTF-8": components["schemas"]["OAuthErrorBody"];
            };
        };
    };
    parameters: {
        accountingEntryId: string;
        /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
        ScenarioHeader: string;
        /** @description Inject a fault on a Pleo operation: `latency=<n>ms`, `status=<code>` (429, 500, 502, 503, 504), `reset` (the connection is dropped), `timeout` (no answer), or latency with one of the others, comma-separated. */
        FaultHeader: string;
        /** @description Names an isolated sandbox (created on first use) to answer this request. */
        WorkspaceHeader: components["schemas"]["WorkspaceName"];
        /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
        UserHeader: string;
        /** @description The subscription's id. */
        SubscriptionId: string;
        before: string;
        after: string;
        offset: number;
        /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
        limit: number;
        /** @description Items per page, 1 to 100 (Gjoll's entry list). */
        limitUpTo100: number;
        sorting_keys: string[];
        sorting_order: components["schemas"]["PageOrder"][];
        /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
        CompanyIdQuery: string;
        TagGroupId: string;
        TagId: string;
        DimensionId: string;
        TaxCodeId: string;
        AccountId: string;
        /** @description The vendor's id. */
        VendorId: string;
        /** @description With `X-Sandbox-Consent`, the web-app user who decides, by id or email. */
        ConsentUserHeader: string;
        /** @description Decide at once instead of showing the consent page. */
        ConsentHeader: "approve" | "deny";
        /** @description With `X-Sandbox-Consent`, the company or organisation (id or URN) the app is installed for; default the user's company. */
        ConsentResourceHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description The machine-readable reason for a refusal (see design.md's error table). */
        "X-Sandbox-Reason": components["schemas"]["SandboxReason"];
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getClientInstallation: {
        parameters: {
            query?: {
                company_id?: string;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Installation exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["InstallationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateClientInstallation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInstallationRequest"];
            };
        };
        responses: {
            /** @description Installation updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["InstallationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createClientInstallation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientInstallationRequest"];
            };
        };
        responses: {
            /** @description Installation created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["InstallationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteClientInstallation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Installation deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateMyInstallation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Installation is successfully activated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["InstallationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    introspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExternalClientModelDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCompanies: {
        parameters: {
            query?: {
                organization_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CompanyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CompanyData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getEmployees: {
        parameters: {
            query?: {
                companyId?: string;
                email?: string;
                code?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of employees. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["EmployeePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getEmployee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                employeeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The employee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["EmployeeData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSubscriptions: {
        parameters: {
            query?: {
                status?: components["schemas"]["SubscriptionStatus"];
                event_types?: string[];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["LimitReached"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSubscriptionById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The subscription's id. */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The subscription's id. */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description The updated subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The subscription's id. */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSubscriptionActivities: {
        parameters: {
            query?: {
                operation_types?: components["schemas"]["SubscriptionOperationType"][];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The subscription's id. */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionActivityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSubscriptionSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The subscription's id. */
                id: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SubscriptionSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    externalSearchAccountingEntriesV1: {
        parameters: {
            query?: {
                company_id?: string;
                organization_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                /** @description Items per page, 1 to 100 (Gjoll's entry list). */
                limit?: components["parameters"]["limitUpTo100"];
                sorting_keys?: components["schemas"]["AccountingEntriesSortingKeys"][];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountingEntrySearchRequest"];
            };
        };
        responses: {
            /** @description A page of accounting entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountingEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    externalGetAccountingEntryV1: {
        parameters: {
            query?: {
                include_deleted?: boolean;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountingEntryId: components["parameters"]["accountingEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountingEntryData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAllReceiptsV6: {
        parameters: {
            query?: {
                source?: components["schemas"]["ReceiptSource"][];
                file_type?: components["schemas"]["ReceiptFileType"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                limit?: number;
                sorting_keys?: components["schemas"]["ReceiptsSortingKeys"][];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountingEntryId: components["parameters"]["accountingEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ReceiptPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReceiptFileV6: {
        parameters: {
            query?: {
                file_type?: components["schemas"]["ReceiptFileType"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountingEntryId: components["parameters"]["accountingEntryId"];
                receiptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ReceiptData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchReceiptsByPostV6: {
        parameters: {
            query?: {
                company_id?: string;
                organization_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                limit?: number;
                sorting_keys?: components["schemas"]["ReceiptsSortingKeys"][];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptSearchRequest"];
            };
        };
        responses: {
            /** @description A page of receipts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ReceiptPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCoreAccountingEntryV6ById: {
        parameters: {
            query?: {
                include_deleted?: boolean;
                /** @deprecated */
                include_hidden?: boolean;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountingEntryId: components["parameters"]["accountingEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountingEntryCoreData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobsListV3: {
        parameters: {
            query?: {
                company_id?: string;
                statuses?: components["schemas"]["ExportJobStatus"][];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createExportJobV3: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportJob"];
            };
        };
        responses: {
            /** @description The job, pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description EXPORT_ALREADY_IN_PROGRESS - the company has an open export job. */
            409: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobByIdV3: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobItemsV3: {
        parameters: {
            query?: {
                status?: components["schemas"]["ExportJobItemStatus"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the job's items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateExportJobItemsV3: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExportJobItem"][];
            };
        };
        responses: {
            /** @description The updated items and the per-item errors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobItemUpdateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call. */
            413: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            /** @description EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress (pending, finished or expired). */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createExportJobEventV3: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportJobEvent"];
            };
        };
        responses: {
            /** @description The event was applied. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept this event. */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobItemByAccountingEntryIdV3: {
        parameters: {
            query?: {
                company_id?: string;
                accounting_entry_id?: string;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry's export job item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobItemData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportItemsV3: {
        parameters: {
            query?: {
                job_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired. */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSandboxScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue, in the guide's order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ScenarioCatalogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listArmedScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What is armed now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ArmedScenarioList"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    armScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArmScenarioRequest"];
            };
        };
        responses: {
            /** @description Armed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ArmedScenarioData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmAllScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is armed any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disarmed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listArmedFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What is armed now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ArmedFaultList"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    armFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArmFaultRequest"];
            };
        };
        responses: {
            /** @description Armed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ArmedFaultData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmAllFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is armed any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disarmed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSandboxRateLimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rate limit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["RateLimitData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    setSandboxRateLimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRateLimitRequest"];
            };
        };
        responses: {
            /** @description The rate limit now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["RateLimitData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSandboxRequests: {
        parameters: {
            query?: {
                keyId?: string;
                /** @description The path (no query string), where `*` matches anything, or the contract's path template (`/v1/vendors/{id}`). */
                path?: string;
                method?: components["schemas"]["HttpMethod"];
                status?: number;
                kind?: components["schemas"]["JournalKind"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the journal; `pagination.total` counts every match. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["JournalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    clearSandboxRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal is empty. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWebhookChaos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What is armed now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["WebhookChaosRuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    armWebhookChaos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArmWebhookChaosRequest"];
            };
        };
        responses: {
            /** @description Armed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["WebhookChaosRuleData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmAllWebhookChaos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is armed any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disarmWebhookChaos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disarmed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resendWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookResendRequest"];
            };
        };
        responses: {
            /** @description The deliveries started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["WebhookResendData"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSandboxWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspaces, most recently used first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["WorkspaceListData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSandboxWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: components["schemas"]["WorkspaceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gone; the name makes a fresh workspace on its next use. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobsListV2: {
        parameters: {
            query?: {
                company_id?: string;
                /** @deprecated */
                status?: components["schemas"]["ExportJobStatus"];
                statuses?: components["schemas"]["ExportJobStatus"][];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createExportJobV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportJob"];
            };
        };
        responses: {
            /** @description The job, pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description EXPORT_ALREADY_IN_PROGRESS - the company has an open export job. */
            409: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobByIdV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportJobItemsV2: {
        parameters: {
            query?: {
                status?: components["schemas"]["ExportJobItemStatus"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the job's items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobItemPageV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateExportJobItemsV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExportJobItemV2"][];
            };
        };
        responses: {
            /** @description The updated items and the per-item errors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportJobItemUpdateResultV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call. */
            413: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            /** @description EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress (pending, finished or expired). */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createExportJobEventV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExportJobEvent"];
            };
        };
        responses: {
            /** @description The event was applied. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept this event. */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExportItemsV2: {
        parameters: {
            query?: {
                job_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of export items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExportItemPageV2"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired. */
            422: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSandboxWorld: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SandboxWorldData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSandboxApiKeys: {
        parameters: {
            query?: {
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the keys, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSandboxApiKey: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CreatedApiKeyData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["LimitReached"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSandboxApiKey: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the key is refused (401) from now on. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSandboxOAuthApps: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The apps, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["OAuthAppList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSandboxOAuthApp: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOAuthAppRequest"];
            };
        };
        responses: {
            /** @description The app, with its client secret shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CreatedOAuthAppData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["LimitReached"];
        };
    };
    deleteSandboxOAuthApp: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSandboxInstallations: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live installations, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["SandboxInstallationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSandboxInstallation: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSandboxInstallationRequest"];
            };
        };
        responses: {
            /** @description The installation, with its Integrated API Key shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CreatedSandboxInstallationData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["LimitReached"];
        };
    };
    deleteSandboxInstallation: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uninstalled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    sendSandboxTestEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The acting web-app user, by id or email (see `GET /sandbox/world`). */
                "X-Sandbox-User": components["parameters"]["UserHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestRequest"];
            };
        };
        responses: {
            /** @description The event, and the deliveries started for it. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["WebhookTestData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Too many webhook deliveries are pending (`limit_reached`); `Retry-After` says when to try again. */
            429: {
                headers: {
                    "X-Sandbox-Reason": components["headers"]["X-Sandbox-Reason"];
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ExceptionInfo"];
                };
            };
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSandboxClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now, by the sandbox clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ClockData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    setSandboxClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClockRequest"];
            };
        };
        responses: {
            /** @description The new time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["ClockData"];
                };
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resetSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["Health"];
                };
            };
        };
    };
    getOpenApiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["OpenApiDocument"];
                };
            };
        };
    };
    getOpenApiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
    getTagGroups: {
        parameters: {
            query?: {
                company_id?: string;
                organization_id?: string;
                include_archived?: boolean;
                include_tags_count?: boolean;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTagGroup: {
        parameters: {
            query?: {
                /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
                company_id?: components["parameters"]["CompanyIdQuery"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new tag group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTagGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateTagGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagGroupUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated tag group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteTagGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTags: {
        parameters: {
            query?: {
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
                include_archived?: boolean;
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description The new tag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchTags: {
        parameters: {
            query?: {
                /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
                company_id?: components["parameters"]["CompanyIdQuery"];
                text_search?: string;
                tag_group_id?: string[];
                include_archived?: boolean;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulkDeleteTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTagDeleteRequest"];
            };
        };
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description The updated tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchTagsPost: {
        parameters: {
            query?: {
                /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
                company_id?: components["parameters"]["CompanyIdQuery"];
                organization_id?: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TagSearchRequest"];
            };
        };
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    bulkArchiveTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTagArchiveRequest"];
            };
        };
        responses: {
            /** @description The changed tags, in the order their ids were sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTagDimensionValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag's dimension values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagDimensionValueList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDimensionValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dimension value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagDimensionValueData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateDimensionValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagDimensionValueRequest"];
            };
        };
        responses: {
            /** @description The changed dimension value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagDimensionValueData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createDimensionValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagDimensionValueRequest"];
            };
        };
        responses: {
            /** @description The new dimension value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagDimensionValueData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteDimensionValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                tagId: components["parameters"]["TagId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed dimension value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagDimensionValueData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTagGroupDimensions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's dimensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupDimensionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTagGroupDimension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagGroupDimensionCreateRequest"];
            };
        };
        responses: {
            /** @description The new dimension. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupDimensionData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTagGroupDimension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dimension. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupDimensionData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateTagGroupDimension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagGroupDimensionUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated dimension. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupDimensionData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteTagGroupDimension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
                dimensionId: components["parameters"]["DimensionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTagGroupUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                groupId: components["parameters"]["TagGroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's usage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TagGroupUsageData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAggregatedTagGroups: {
        parameters: {
            query?: {
                company_id?: string;
                organization_id?: string;
                tag_group_ids?: string[];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag groups with their dimensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AggregatedTagGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchAggregatedTags: {
        parameters: {
            query?: {
                /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
                company_id?: components["parameters"]["CompanyIdQuery"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TagSearchRequest"];
            };
        };
        responses: {
            /** @description A page of aggregated tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AggregatedTagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTaxCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxCodeRequest"];
            };
        };
        responses: {
            /** @description The new tax code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TaxCodeData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTaxCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                taxCodeId: components["parameters"]["TaxCodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tax code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TaxCodeData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateTaxCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                taxCodeId: components["parameters"]["TaxCodeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxCodeRequest"];
            };
        };
        responses: {
            /** @description The updated tax code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TaxCodeData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteTaxCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                taxCodeId: components["parameters"]["TaxCodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getTaxCodes: {
        parameters: {
            query?: {
                /** @description The company; a company-level key may omit it (its own company), an organisation-level key must send it. */
                company_id?: components["parameters"]["CompanyIdQuery"];
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaxCodeSearchRequest"];
            };
        };
        responses: {
            /** @description A page of tax codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TaxCodePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    calculateTax: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateTaxesRequest"];
            };
        };
        responses: {
            /** @description The breakdown of every amount, by tax code id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["CalculateTaxesData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createAccountV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreateRequest"];
            };
        };
        responses: {
            /** @description The request matched an existing account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountData"];
                };
            };
            /** @description The new account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createAccountsBatchV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountBatchRequest"];
            };
        };
        responses: {
            /** @description The created accounts and the failed items with their reasons. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountBatchData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAccountV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAccountV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAccountV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchAccountsV1: {
        parameters: {
            query?: {
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSearchRequest"];
            };
        };
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["AccountPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    postVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VendorCreateRequest"];
            };
        };
        responses: {
            /** @description The new vendor. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["VendorData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getVendorById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The vendor's id. */
                id: components["parameters"]["VendorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vendor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["VendorData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The vendor's id. */
                id: components["parameters"]["VendorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VendorUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated vendor. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["VendorData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The vendor's id. */
                id: components["parameters"]["VendorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VendorActivateRequest"];
            };
        };
        responses: {
            /** @description Activated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveVendorById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                /** @description The vendor's id. */
                id: components["parameters"]["VendorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchVendors: {
        parameters: {
            query: {
                company_id: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VendorSearchRequest"];
            };
        };
        responses: {
            /** @description A page of vendors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["VendorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createCsvImportJobV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvImportJobCreateRequest"];
            };
        };
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCsvImportJobV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCsvImportJobErrorsV1: {
        parameters: {
            query?: {
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateCsvImportJobMetadataV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvImportJobMetadataRequest"];
            };
        };
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateCsvImportJobStatusV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvImportJobStatusRequest"];
            };
        };
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCsvImportJobPresignedUrlV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    runCsvImportJobV1: {
        parameters: {
            query?: never;
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchCsvImportJobsV1: {
        parameters: {
            query: {
                company_id: string;
                before?: components["parameters"]["before"];
                after?: components["parameters"]["after"];
                offset?: components["parameters"]["offset"];
                /** @description Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20. */
                limit?: components["parameters"]["limit"];
                sorting_keys?: components["parameters"]["sorting_keys"];
                sorting_order?: components["parameters"]["sorting_order"];
            };
            header?: {
                /** @description Force a scenario (an id from `scenarios/`); it changes the key before the checks run. */
                "X-Sandbox-Scenario"?: components["parameters"]["ScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsvImportJobSearchRequest"];
            };
        };
        responses: {
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotModelled"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    oauthAuthorize: {
        parameters: {
            query?: {
                /** @description `code`. */
                response_type?: string;
                client_id?: string;
                /** @description One of the app's redirect URIs, exactly; may be left out when the app has only one. */
                redirect_uri?: string;
                /** @description Space-separated; defaults to every scope the app registered. */
                scope?: string;
                /** @description Sent back unchanged. */
                state?: string;
                /** @description BASE64URL(SHA-256(code_verifier)), 43 characters. */
                code_challenge?: string;
                /** @description `S256`, the only method accepted. */
                code_challenge_method?: string;
            };
            header?: {
                /** @description With `X-Sandbox-Consent`, the web-app user who decides, by id or email. */
                "X-Sandbox-User"?: components["parameters"]["ConsentUserHeader"];
                /** @description Decide at once instead of showing the consent page. */
                "X-Sandbox-Consent"?: components["parameters"]["ConsentHeader"];
                /** @description With `X-Sandbox-Consent`, the company or organisation (id or URN) the app is installed for; default the user's company. */
                "X-Sandbox-Resource"?: components["parameters"]["ConsentResourceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html;charset=UTF-8": string;
                };
            };
            302: components["responses"]["OAuthRedirect"];
            400: components["responses"]["OAuthPageError"];
            401: components["responses"]["OAuthPageError"];
        };
    };
    oauthConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConsentForm"];
            };
        };
        responses: {
            302: components["responses"]["OAuthRedirect"];
            400: components["responses"]["OAuthPageError"];
            401: components["responses"]["OAuthPageError"];
            413: components["responses"]["OAuthPageError"];
        };
    };
    oauthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The tokens. */
            200: {
                headers: {
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["OAuthError"];
            401: components["responses"]["OAuthError"];
            413: components["responses"]["OAuthError"];
        };
    };
    oauthIntrospect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenIntrospectionRequest"];
            };
        };
        responses: {
            /** @description The token's state. */
            200: {
                headers: {
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json;charset=UTF-8": components["schemas"]["TokenIntrospection"];
                };
            };
            400: components["responses"]["OAuthError"];
            401: components["responses"]["OAuthError"];
            413: components["responses"]["OAuthError"];
        };
    };
    oauthRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenIntrospectionRequest"];
            };
        };
        responses: {
            /** @description Revoked (or nothing to revoke). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthError"];
            401: components["responses"]["OAuthError"];
            413: components["responses"]["OAuthError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const sandboxReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SandboxReason"]> = ["unknown_route", "credential_missing", "credential_malformed", "key_unknown", "key_revoked", "key_expired", "feature_not_enabled", "company_not_covered", "scope_missing", "invalid_request", "not_found", "conflict", "user_missing", "user_unknown", "role_insufficient", "payload_too_large", "internal_error", "export_already_in_progress", "export_items_limit", "export_job_finished", "export_job_expired", "export_job_not_started", "invalid_status_change", "not_modelled", "missing_contra_accounts", "unsupported_api_version", "limit_reached", "origin_not_allowed", "host_not_allowed", "admin_token_required", "request_timeout", "rate_limited", "fault_injected", "workspace_limit", "token_invalid", "token_expired", "token_revoked", "app_not_installed", "client_unknown", "client_auth_failed", "redirect_uri_mismatch", "consent_denied", "scope_not_allowed", "pkce_mismatch", "code_invalid", "code_expired", "code_reused", "refresh_token_invalid", "refresh_token_expired", "refresh_token_reused", "grant_revoked", "unsupported_grant_type"];
export const scopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scope"]> = ["accounting-entries:read", "accounting-entries:write", "accounts:read", "accounts:write", "companies:read", "export-items:read", "export-jobs:read", "export-jobs:write", "tag-groups:read", "tag-groups:write", "tax-codes:read", "tax-codes:write", "users:read", "vendors:read", "vendors:write"];
export const pageOrderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PageOrder"]> = ["ASC", "ASC_NULLS_FIRST", "ASC_NULLS_LAST", "DESC", "DESC_NULLS_FIRST", "DESC_NULLS_LAST"];
export const installationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InstallationStatus"]> = ["ACTIVATED", "INACTIVE", "AUTHORIZED", "PENDING_INTEGRATION", "ERROR"];
export const installationErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InstallationErrorCode"]> = ["NOT_ENTITLED", "AUTH_ERROR"];
export const externalClientModelAuthMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExternalClientModel"]["authMethod"]> = ["OAUTH2", "API_KEY", "NONE"];
export const consentFormConsentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConsentForm"]["consent"]> = ["approve", "deny"];
export const tokenIntrospectionToken_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TokenIntrospection"]["token_type"]> = ["at+JWT", "refresh_token"];
export const authorizationErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuthorizationErrorCode"]> = ["invalid_request", "unsupported_response_type", "invalid_scope", "access_denied"];
export const oAuthErrorBodyErrorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OAuthErrorBody"]["error"]> = ["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"];
export const sandboxCompanyFeaturesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SandboxCompany"]["features"]> = ["api-keys"];
export const userRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserRole"]> = ["admin", "bookkeeper", "employee"];
export const apiKeyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiKeyStatus"]> = ["active", "expired"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok"];
export const webhookEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEventType"]> = ["v1.export-job.created", "v1.vendor.created"];
export const subscriptionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionStatus"]> = ["ACTIVE", "INACTIVE"];
export const subscriptionOperationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubscriptionOperationType"]> = ["CREATE", "UPDATE", "DELETE", "DELIVERY"];
export const endpointAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EndpointAuth"]["type"]> = ["NONE", "BASIC"];
export const taxCodeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaxCodeType"]> = ["inclusive", "exclusive", "reverse"];
export const vendorStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VendorState"]> = ["DRAFT", "ACTIVE", "ARCHIVED"];
export const accountingEntryFamilyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountingEntryFamily"]> = ["BALANCE_AMENDMENT", "BILL_INVOICE", "CARD_PURCHASE", "CASHBACK", "CREDIT_NOTE", "MILEAGE", "OUT_OF_POCKET", "OVERDRAFT", "PER_DIEM", "PLEO_INVOICE", "REIMBURSEMENT", "WALLET", "BILL_INVOICE_PAYMENT"];
export const accountingEntrySubFamilyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountingEntrySubFamily"]> = ["ATM", "IN_STORE", "ONLINE", "PLEO_INVOICE", "PLEO_INVOICE_REFUND", "REIMBURSEMENT_TO_COMPANY", "REIMBURSEMENT_TO_EMPLOYEE", "REIMBURSEMENT_TO_EMPLOYEE_REFUND", "LOAD", "UNLOAD", "WITHDRAWAL", "FEE", "INTEREST", "BILL_INVOICE_PAYMENT_RETURNED", "BILL_INVOICE_PAYMENT_RECEIVED"];
export const accountingEntryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountingEntryStatus"]> = ["DRAFT", "PENDING", "COMPLETED", "COMPLETED_EXTERNALLY", "CANCELLED", "REJECTED", "ERROR"];
export const reviewStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewStatus"]> = ["NOT_OK", "NOT_REQUIRED", "NOT_SET", "OK", "WAITING_FOR_EXPENSE_OWNER", "WAITING_FOR_REVIEWER", "WAITING_FOR_COMPANY_REVIEWER", "WAITING_FOR_TEAM_REVIEWER", "WAITING_FOR_TAG_REVIEWER"];
export const exportStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportStatus"]> = ["CREATED", "EXPORTED", "EXPORTING", "NOT_CREATED", "NOT_EXPORTED", "QUEUED"];
export const accountingEntriesSortingKeysValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountingEntriesSortingKeys"]> = ["settledAt", "performedAt", "id", "bookkeepingDate"];
export const receiptFileTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReceiptFileType"]> = ["EMBED", "ORIGINAL", "THUMBNAIL", "PREVIEW"];
export const receiptSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReceiptSource"]> = ["APP_SHARE", "BOLT", "CAMERA", "CASHBACK", "EMAIL_FETCHING", "EMAIL_FETCHING_BATCHED", "EMAIL_FORWARDING", "GENERATED_RECEIPT", "LOST_RECEIPT", "ROGER", "STOREBOX", "STRIPE", "TRAVELPERK", "USER"];
export const receiptMimeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReceiptMimeType"]> = ["unknown", "application/pdf", "application/postscript", "application/xml", "image/jpeg", "image/png", "image/heic", "image/heif", "image/gif", "text/xml"];
export const receiptsSortingKeysValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReceiptsSortingKeys"]> = ["createdAt", "id", "size"];
export const exportJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobStatus"]> = ["pending", "in_progress", "failed", "completed", "completed_with_errors"];
export const exportJobEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobEventType"]> = ["started", "failed", "completed", "completed_with_errors"];
export const exportJobFailureReasonTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobFailureReasonType"]> = ["invalid_configuration", "missing_configuration", "authentication_failure", "accounting_system_authentication_failure", "pleo_rate_limit", "accounting_system_rate_limit", "service_unreachable", "accounting_system_unreachable", "validation_failure", "authorization_failure", "integration_unusable", "job_expired", "service_timeout", "accounting_system_timeout", "canceled_by_user"];
export const exportJobItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobItemStatus"]> = ["pending", "in_progress", "failed", "successful", "abandoned"];
export const exportJobItemFailureReasonTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobItemFailureReasonType"]> = ["receipt_upload_failure", "receipt_download_failure", "receipt_file_size_limit_exceeded", "receipt_conversion_failure", "unexpected_failure", "invalid_configuration", "missing_configuration", "accounting_system_authentication_failure", "accounting_system_rate_limit", "accounting_system_unreachable", "validation_failure", "accounting_system_validation_failure", "authorization_failure", "accounting_system_timeout", "vendor_unknown", "account_unknown", "tax_code_unknown", "tag_unknown"];
export const exportJobItemUpdateErrorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobItemUpdateErrorType"]> = ["ACCOUNTING_ENTRY_DOES_NOT_EXIST", "EXPORT_ENTRY_STATUS_UPDATE_FAILED", "ACCOUNTING_ENTRY_UPDATE_FAILED"];
export const exportItemTypeV3Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportItemTypeV3"]> = ["card_purchase", "card_invoice", "out_of_pocket", "mileage", "per_diem", "external_reimbursement", "direct_reimbursement", "invoice", "invoice_payment", "chargeback", "refund", "cashback", "atm_withdrawal", "wallet_topup", "wallet_unload", "personal_spend", "fee"];
export const exportItemSubTypeV3Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportItemSubTypeV3"]> = ["reimbursement_to_employee_refund", "reimbursement_to_company", "reimbursement_to_employee", "invoice_payment_returned", "invoice_payment_sent", "interest"];
export const exportItemBookkeepingMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportItem"]["bookkeeping"]["method"]> = ["none", "journal", "accounts_payable"];
export const exportJobItemFailureReasonTypeV2Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportJobItemFailureReasonTypeV2"]> = ["receipt_upload_failure", "receipt_download_failure", "receipt_file_size_limit_exceeded", "receipt_conversion_failure", "unexpected_failure", "invalid_configuration", "missing_configuration", "accounting_system_authentication_failure", "accounting_system_rate_limit", "accounting_system_unreachable", "validation_failure", "accounting_system_validation_failure", "authorization_failure", "accounting_system_timeout"];
export const exportItemV2AdditionalInformationInvoiceInformationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportItemV2"]["additionalInformation"]["invoiceInformation"]["status"]> = ["pending_approval", "paid"];
export const exportItemV2BookkeepingMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExportItemV2"]["bookkeeping"]["method"]> = ["none", "journal", "accounts_payable"];
export const accountBatchFailureReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccountBatchFailureReason"]> = ["EXTERNAL_ID_ALREADY_EXISTS", "EXTERNAL_ID_TOO_LONG", "EXTERNAL_ID_EMPTY", "NAME_TOO_LONG", "NAME_EMPTY", "CODE_TOO_LONG", "OTHER"];
export const countryCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CountryCode"]> = ["UNDEFINED", "AC", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AN", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CP", "CR", "CS", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DG", "DJ", "DK", "DM", "DO", "DZ", "EA", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "EU", "EZ", "FI", "FJ", "FK", "FM", "FO", "FR", "FX", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "IC", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NT", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SF", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SU", "SV", "SX", "SY", "SZ", "TA", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TP", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UK", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XI", "XU", "XK", "YE", "YT", "YU", "ZA", "ZM", "ZR", "ZW"];
export const csvImportJobMetadataRequestStrategyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CsvImportJobMetadataRequest"]["strategy"]> = ["REPLACE", "MERGE"];
export const csvImportJobStatusRequestErrorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CsvImportJobStatusRequest"]["errorType"]> = ["INVALID_FILE_FORMAT", "FILE_TOO_LARGE", "FILE_TOO_SMALL", "FILE_TYPE_NOT_SUPPORTED", "FILE_EXTENSION_NOT_SUPPORTED", "IMPORT_JOB_NOT_FOUND", "INVALID_STATUS_TRANSITION", "PROCESSING_FAILED"];
export const csvImportJobStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CsvImportJobStatus"]> = ["UPLOAD_INITIATED", "UPLOADED", "READY_FOR_IMPORT", "QUEUED", "PROCESSING", "COMPLETED", "FAILED"];
export const httpMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HttpMethod"]> = ["GET", "POST", "PUT", "DELETE", "PATCH"];
export const journalKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JournalKind"]> = ["request", "webhook"];
export const webhookChaosModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookChaosMode"]> = ["duplicate", "out-of-order", "late", "fail-first"];
export const componentsParametersConsentHeaderValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["ConsentHeader"]> = ["approve", "deny"];
