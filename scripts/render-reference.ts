/**
 * Renders docs/reference.md, the one home of the sandbox's reference text, from the code's own data:
 * the route table (mock-server/openapi/routes.ts) and sandbox.yaml (summaries, tags, parameters,
 * responses, the Scope and SandboxReason enums), the seeded world (fixtures/world.json: companies,
 * web-app users, ready-made keys), the scenario catalogue and the error builders. The few sentences
 * written here are keyed by reason or operationId, and rendering fails when one names something the
 * code does not have (or the code has something they do not describe). Deterministic: no timestamps,
 * every list in a stable order. `npm run generate` writes it; `--check` and a test fail when stale.
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { errors, type ApiError } from "../mock-server/core/http/errors.ts";
import { oauthErrors } from "../mock-server/core/http/refusals/oauth.ts";
import { isForceable, scenarios, type RequestSpec } from "../mock-server/core/scenarios/scenarios.ts";
import { fixturesSchema, type Fixtures } from "../mock-server/core/world/fixtures.ts";
import { routeTable, type RouteSpec, type TargetSpec } from "../mock-server/openapi/routes.ts";

const root = new URL("../", import.meta.url);
const specUrl = new URL("mock-server/openapi/sandbox.yaml", root);
const worldUrl = new URL("fixtures/world.json", root);
const sourceUrl = new URL("mock-server/", root);

interface Parameter { name?: string; in?: string; required?: boolean; $ref?: string }
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  items?: Schema;
  enum?: string[];
}
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
  "x-pleo-source"?: string;
  "x-pleo-differences"?: string[];
  "x-pleo-unsupported-parameters"?: string[];
}
interface Document {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

/**
 * What each X-Sandbox-Reason means, in the order the checks run (the first that fails answers);
 * `group` splits the table. Must name every SandboxReason, and nothing else.
 */
const REASONS: { reason: string; group: "checks" | "export" | "control" | "server" | "oauth" | "other"; check: string }[] = [
  { reason: "unknown_route", group: "checks", check: "unknown path (404) or method (405, with an `Allow` header)" },
  {
    reason: "rate_limited",
    group: "checks",
    check: "a known key sent more requests in the last minute (sandbox clock) than the rate limit allows, when it is on; or forced (`rate-limited`, `X-Sandbox-Fault: status=429`)",
  },
  { reason: "credential_missing", group: "checks", check: "no Authorization header" },
  { reason: "credential_malformed", group: "checks", check: 'not `Basic base64("<key>:")`: Bearer, a raw key, no colon, a password' },
  { reason: "key_unknown", group: "checks", check: "no such key" },
  { reason: "key_revoked", group: "checks", check: "the key was deleted" },
  { reason: "key_expired", group: "checks", check: "the key expired, by the sandbox clock" },
  { reason: "token_invalid", group: "checks", check: "a Bearer JWT this sandbox did not sign, or no longer knows (reset since)" },
  { reason: "token_revoked", group: "checks", check: "the access token, or its whole grant, was revoked (a refresh token reused, the app's revocation)" },
  { reason: "app_not_installed", group: "checks", check: "the integrated key's or access token's app was uninstalled (or deleted)" },
  { reason: "token_expired", group: "checks", check: "the access token expired, by the sandbox clock (`JWT_EXPIRED`)" },
  { reason: "feature_not_enabled", group: "checks", check: "the key's company lacks the API-keys feature (on `/sandbox`: the company keys are managed for)" },
  { reason: "company_not_covered", group: "checks", check: "the company (or organisation) asked for is not covered by the key" },
  { reason: "scope_missing", group: "checks", check: "the operation's scope is not on the key" },
  {
    reason: "invalid_request",
    group: "checks",
    check: "invalid query or body, malformed JSON, wrong content type, an unknown or unforceable scenario; request headers over 16 KiB (431, HTTP server only)",
  },
  { reason: "not_found", group: "checks", check: "not found inside the companies the key covers" },
  { reason: "conflict", group: "checks", check: "clashes with existing data: a taken `externalId` or code, a record entries still use" },
  { reason: "payload_too_large", group: "checks", check: "a body over 1 MiB" },
  { reason: "export_already_in_progress", group: "export", check: "the company already has an open (pending or in_progress) export job" },
  { reason: "export_items_limit", group: "export", check: "more than 100 items in one item update" },
  { reason: "export_job_not_started", group: "export", check: "items updated on a pending job: post `started` first" },
  { reason: "export_job_finished", group: "export", check: "the job is finished" },
  { reason: "export_job_expired", group: "export", check: "the job expired: no update for 3600 s" },
  { reason: "invalid_status_change", group: "export", check: "an event the job's status does not accept" },
  { reason: "missing_contra_accounts", group: "export", check: "the company has a Pleo account without a contra account (Export v3)" },
  { reason: "unsupported_api_version", group: "export", check: "Export API v2 for a company with wallets in several currencies" },
  { reason: "not_modelled", group: "other", check: "an operation Pleo documents that the sandbox does not model (after the checks)" },
  { reason: "user_missing", group: "control", check: "no `X-Sandbox-User` header" },
  { reason: "user_unknown", group: "control", check: "no web-app user with that id or email" },
  { reason: "role_insufficient", group: "control", check: "the acting user's role (or company) does not allow it (at `/oauth/authorize`: sent back as `access_denied`)" },
  { reason: "limit_reached", group: "other", check: "the sandbox holds as many keys, subscriptions, OAuth apps or installations, or runs as many webhook deliveries, as it keeps ([limits](running-safely.md#limits))" },
  { reason: "origin_not_allowed", group: "server", check: "a browser page from an origin the server was not started with (`--cors-origin`)" },
  { reason: "host_not_allowed", group: "server", check: "`/sandbox/*` addressed to another host than the server's own (DNS rebinding)" },
  { reason: "admin_token_required", group: "server", check: "`/sandbox/*` without the admin token, on a server listening beyond loopback" },
  { reason: "request_timeout", group: "server", check: "the request's headers and body did not arrive in time (slow or stalled client)" },
  { reason: "client_unknown", group: "oauth", check: "no app has the `client_id` (the consent page shows it: nothing is sent to an unverified redirect URI)" },
  { reason: "redirect_uri_mismatch", group: "oauth", check: "a `redirect_uri` the app did not register (page), or not the one the code was issued for" },
  { reason: "consent_denied", group: "oauth", check: "the user denied (`access_denied` sent back to the app)" },
  { reason: "scope_not_allowed", group: "oauth", check: "a scope the app did not register (`invalid_scope` sent back), or a refresh asking for more than was granted" },
  { reason: "client_auth_failed", group: "oauth", check: "no client authentication, or the wrong client secret" },
  { reason: "unsupported_grant_type", group: "oauth", check: "`grant_type` is neither `authorization_code` nor `refresh_token`" },
  { reason: "code_invalid", group: "oauth", check: "a code this sandbox did not issue, or issued to another client" },
  { reason: "code_expired", group: "oauth", check: "the code is older than 10 minutes" },
  { reason: "code_reused", group: "oauth", check: "the code was exchanged before: the tokens it gave are revoked" },
  { reason: "pkce_mismatch", group: "oauth", check: "BASE64URL(SHA-256(`code_verifier`)) is not the `code_challenge`" },
  { reason: "refresh_token_invalid", group: "oauth", check: "a refresh token this sandbox did not issue to this client" },
  { reason: "refresh_token_reused", group: "oauth", check: "the refresh token was spent: its whole grant is now revoked" },
  { reason: "refresh_token_expired", group: "oauth", check: "the refresh token is older than 60 days: its whole grant is now revoked" },
  { reason: "grant_revoked", group: "oauth", check: "the refresh token's grant was revoked before" },
  { reason: "internal_error", group: "other", check: "a sandbox bug; please report it with the request" },
  { reason: "fault_injected", group: "other", check: "a fault from `X-Sandbox-Fault` or an armed fault (`POST /sandbox/faults`); 503 carries `Retry-After`" },
  { reason: "workspace_limit", group: "other", check: "`X-Sandbox-Workspace` names a new workspace while the most are alive and none is idle" },
];

/** Rules of the control plane beyond its contract, by operationId (each must be a control-plane operation). */
const CONTROL_NOTES: Record<string, string> = {
  getSandboxWorld: "Companies come with their `features`, users with their `role`.",
  listSandboxApiKeys:
    "Name, access level, scopes, created, expires, status and an 8-character `prefix` of the secret; paged like Pleo's lists.",
  createSandboxApiKey:
    "The secret `key` is in the 201 and never again. Admins and bookkeepers only; the company needs `api-keys`; " +
    "expiry in the future; scopes from the catalogue; organisation-level keys by organisation admins only.",
  deleteSandboxApiKey: "The key is refused (401 `key_revoked`) from then on.",
  sendSandboxTestEvent:
    "Acting as an admin or bookkeeper of the company (or an organisation admin of its organisation). " +
    "See [the webhooks guide](webhooks.md#sending-an-event-now-post-sandboxwebhookstest).",
  setSandboxClock: "`now` jumps (also backwards); `advanceSeconds` moves forward.",
  armScenario: "With neither `keyId` nor `companyId` it applies to every Pleo operation. See [make it fail](make-it-fail.md).",
  armFault: "`fault` as in `X-Sandbox-Fault`. See [make it fail](make-it-fail.md).",
  setSandboxRateLimit: "Off by default in-process (`createSandbox`), on by default over HTTP (`npm start`, `startServer`).",
  listSandboxRequests: "Filters `keyId`, `path`, `method`, `status`, `kind`; at most 1,000 entries kept by default.",
  armWebhookChaos: "See [make it fail](make-it-fail.md#webhooks-twice-out-of-order-late-retried).",
  listSandboxWorkspaces: "See [workspaces](workspaces.md).",
};

const RESOURCE_NAMES: Record<string, string> = {
  employee: "the employee",
  accountingEntry: "the accounting entry",
  exportJob: "the export job",
  tagGroup: "the tag group",
  tag: "the tag's group",
  taxCode: "the tax code",
  account: "the account",
  vendor: "the vendor",
};

const HEADER =
  "<!-- Generated by `npm run generate` (scripts/render-reference.ts) from sandbox.yaml, the route table, " +
  "fixtures/world.json, scenarios/ and the error builders. Do not edit by hand. -->\n\n";

/** The text docs/reference.md should hold for the current code and data. */
export async function renderReference(): Promise<string> {
  const doc = parse(await readFile(specUrl, "utf8")) as Document;
  const world: Fixtures = fixturesSchema.parse(JSON.parse(await readFile(worldUrl, "utf8")));
  const operations = routeTable.map((route) => ({ route, op: operationOf(doc, route) }));
  const catalogue: string[] = doc.components.schemas.Scope?.enum ?? [];
  const pleo = operations.filter((o) => o.route.credential);
  const control = operations.filter((o) => !o.route.credential && !o.route.path.startsWith("/oauth/"));
  const authorizationServer = operations.filter((o) => o.route.path.startsWith("/oauth/"));
  for (const id of Object.keys(CONTROL_NOTES)) {
    if (!control.some((o) => o.route.operationId === id)) throw new Error(`CONTROL_NOTES names ${id}, which is not a control-plane operation`);
  }

  const out: string[] = [];
  const line = (...text: string[]) => out.push(...text);
  line(
    HEADER.trimEnd(),
    "",
    "# Reference",
    "",
    "Everything the sandbox serves and answers, generated from its code and data. How-tos live elsewhere:",
    "[the README](../README.md), [webhooks](webhooks.md), [the Export API](export-api.md),",
    "[master data](master-data.md); what deliberately differs from Pleo is in [differences.md](differences.md).",
    "",
    "- [Credentials](#credentials)",
    "- [Ready-made keys](#ready-made-keys)",
    "- [The default world](#the-default-world)",
    "- [Operations](#operations)",
    "- [The control plane](#the-control-plane)",
    "- [The authorization server](#the-authorization-server)",
    "- [Sandbox headers](#sandbox-headers)",
    "- [Errors](#errors)",
    "- [Scenarios](#scenarios)",
    "- [Scopes](#scopes)",
    "",
  );

  line(
    "## Credentials",
    "",
    "Send a key as Pleo expects: HTTP Basic with the key as the username and an empty password,",
    '`Authorization: Basic base64("<key>:")` (curl: `-u "<key>:"`). Keys are made in the control plane',
    "(`POST /sandbox/api-keys`), which shows the secret once; the default world also publishes the keys below.",
    "",
  );

  line(
    "## Ready-made keys",
    "",
    "Published by the default world (`fixtures/world.json`, generated from a fixed seed) so you can try",
    "things at once. Their secrets are public on purpose and work only in the sandbox; `npm start` prints them too.",
    "",
    "| Slug | Secret | What it is | Access level | Scopes | Expires |",
    "|---|---|---|---|---|---|",
    ...world.readyMadeKeys.map((k) =>
      row(
        code(k.slug),
        code(k.secret),
        k.description,
        k.accessLevel.type === "company" ? `company ${nameOf(world, k.accessLevel.companyId)}` : `organisation ${nameOf(world, k.accessLevel.organisationId)}`,
        catalogue.every((s) => (k.scopes as string[]).includes(s))
          ? "every scope"
          : k.scopes.map(code).join(", "),
        k.deletedAt ? `${k.expiresAt} (deleted ${k.deletedAt})` : k.expiresAt,
      ),
    ),
    "",
  );

  line(
    "## The default world",
    "",
    "Organisations and companies (`GET /sandbox/world` lists them too):",
    "",
    "| Organisation | Company | Company id | API-keys feature |",
    "|---|---|---|---|",
    ...world.companies.map((c) =>
      row(nameOf(world, c.organisationId), c.name, code(c.id), c.features.includes("api-keys") ? "yes" : "no"),
    ),
    "",
    "Web-app users, to name in `X-Sandbox-User` (by id or email):",
    "",
    "| Company | Role | Name | Email | Organisation admin |",
    "|---|---|---|---|---|",
    ...world.users.map((u) => row(nameOf(world, u.companyId), u.role, u.name, code(u.email), u.organisationAdmin ? "yes" : "")),
    "",
  );

  line(
    "## Operations",
    "",
    "Pleo's operations, grouped as in the contract ([`mock-server/openapi/sandbox.yaml`](../mock-server/openapi/sandbox.yaml)).",
    "*Company from* is where a request names the company it is about (the first that is present wins);",
    "without one, a company-level key acts for its own company and an organisation-level key for every company",
    "of its organisation (where an operation needs one company, an organisation-level key must name it: 400",
    "otherwise). A record's id means the record's own company decides. *Answers* lists the statuses the contract declares.",
    "",
    "Lists take Pleo's paging: `before`/`after` cursors, `offset` (where Pleo's document has it), `limit` (1 to 100,",
    "default 20 unless the operation says otherwise), `sorting_keys`/`sorting_order`, and answer `{data, pagination}`",
    "with `currentRequestPagination`, `hasNextPage`, `hasPreviousPage`, `startCursor`, `endCursor` and `total`.",
    "`before`, `after` and `offset` are mutually exclusive.",
    "",
  );
  for (const tag of tagsInOrder(doc, pleo.map((o) => o.op))) {
    const group = pleo.filter((o) => (o.op.tags?.[0] ?? "Other") === tag.name);
    const sources = [...new Set(group.map((o) => o.op["x-pleo-source"]).filter((s): s is string => !!s))];
    line(`### ${tag.name}`, "");
    if (tag.description) line(tag.description, "");
    if (sources.length) line(`Follows Pleo's ${sources.map(code).join(", ")}.`, "");
    line(
      "| Operation | operationId | Scope | Company from | Answers | Summary |",
      "|---|---|---|---|---|---|",
      ...group.map(({ route, op }) =>
        row(code(`${route.method} ${route.path}`), code(route.operationId), "scope" in route ? code(route.scope) : "none",
          companyFrom(route, op, doc), answers(op), op.summary ?? ""),
      ),
      "",
    );
  }
  const declared = pleo.filter(({ op }) => op["x-pleo-differences"]?.length || op["x-pleo-unsupported-parameters"]?.length);
  line(
    "### Declared differences",
    "",
    "Operations that declare where they knowingly differ from Pleo's document (`x-pleo-differences`) or leave",
    "one of its parameters unsupported (`x-pleo-unsupported-parameters`); `test/pleo-conformance.test.ts` accepts",
    "exactly these. Why each one differs: [differences.md](differences.md).",
    "",
    "| Operation | Differs at | Unsupported parameters |",
    "|---|---|---|",
    ...declared.map(({ route, op }) =>
      row(code(`${route.method} ${route.path}`), (op["x-pleo-differences"] ?? []).map(code).join(", "), (op["x-pleo-unsupported-parameters"] ?? []).map(code).join(", ")),
    ),
    "",
  );

  line(
    "## The control plane",
    "",
    "Under `/sandbox`, not Pleo's: it stands in for the web app's Settings > API Keys page and for the sandbox's",
    "own clock and reset. No Pleo credential; where marked, the acting web-app user is named by `X-Sandbox-User`.",
    "JSON in, `{\"data\": …}` out, refusals in Pleo's error shape.",
    "",
    "| Request | operationId | `X-Sandbox-User` | Body | Answers | Does |",
    "|---|---|---|---|---|---|",
    ...control.map(({ route, op }) =>
      row(
        code(`${route.method} ${route.path}`),
        code(route.operationId),
        takesHeader(op, doc, "X-Sandbox-User") ? "required" : "",
        bodyOf(op, doc),
        answers(op),
        [op.summary ?? "", CONTROL_NOTES[route.operationId] ?? ""].filter(Boolean).join(". "),
      ),
    ),
    "",
  );

  line(
    "## The authorization server",
    "",
    "Pleo's OAuth 2.0 endpoints (`auth.pleo.io`), served on the sandbox's own origin: Authorization Code with",
    "PKCE (S256), refresh with rotation, introspection and revocation. Refusals are RFC 6749's",
    "`{\"error\", \"error_description\"}` (the authorization endpoint's are sent back to the app, or shown on the page),",
    "with `X-Sandbox-Reason`. A walkthrough: [docs/oauth.md](oauth.md).",
    "",
    "| Request | operationId | Body | Answers | Does |",
    "|---|---|---|---|---|",
    ...authorizationServer.map(({ route, op }) =>
      row(code(`${route.method} ${route.path}`), code(route.operationId), bodyOf(op, doc), answers(op), op.summary ?? ""),
    ),
    "",
    ...(world.oauth
      ? [
          "Ready-made apps (their client secrets are public demo secrets, like the keys):",
          "",
          "| Slug | `client_id` | `client_secret` | Name | Redirect URIs | Scopes |",
          "|---|---|---|---|---|---|",
          ...world.oauth.apps.map((a) =>
            row(code(a.slug), code(a.clientId), code(a.clientSecret), a.name, a.redirectUris.map(code).join(", "),
              catalogue.every((s) => (a.scopes as string[]).includes(s)) ? "every scope" : a.scopes.map(code).join(", ")),
          ),
          "",
          "Ready-made grants, as if a user had approved the `demo-app` (the tokens are in `fixtures/world.json`, `oauth.grants`):",
          "",
          "| Slug | What it is | Access token expires | Refresh token expires |",
          "|---|---|---|---|",
          ...world.oauth.grants.map((g) => row(code(g.slug), g.description, g.accessTokenExpiresAt, g.refreshTokenExpiresAt)),
          "",
        ]
      : []),
  );

  const forcing = pleo.filter(({ op }) => takesHeader(op, doc, "X-Sandbox-Scenario")).length;
  line(
    "## Sandbox headers",
    "",
    "None of these exist in Pleo's API.",
    "",
    "| Header | Sent by | Means |",
    "|---|---|---|",
    row(
      code("X-Sandbox-Scenario"),
      "you, on a Pleo operation",
      `Force a [scenario](#scenarios) on a request that would succeed: the sandbox changes the key (or its company) before the checks, ` +
        `so the answer is the natural one; the response echoes the header. An unknown id, or one that cannot be forced, is a 400. ` +
        `Accepted by ${forcing === pleo.length ? "every Pleo operation" : `${forcing} of the ${pleo.length} Pleo operations`}.`,
    ),
    row(
      code("X-Sandbox-User"),
      "you, on the control plane",
      `The acting web-app user, by id or email (see [the default world](#the-default-world)). Required by ` +
        `${control.filter(({ op }) => takesHeader(op, doc, "X-Sandbox-User")).map(({ route }) => code(`${route.method} ${route.path}`)).join(", ")}.`,
    ),
    row(
      code("X-Sandbox-Fault"),
      "you, on a Pleo operation",
      "Inject a fault: `latency=<n>ms` (up to 120000), `status=<code>` (429, 500, 502, 503, 504), `reset` (the connection is dropped; " +
        "in MSW a network error) or `timeout` (no answer for 2 minutes, then dropped); latency combines with one of the others " +
        "(`latency=800ms,status=503`). Accepted by every Pleo operation; armed faults (`POST /sandbox/faults`) do the same without it. " +
        "See [make it fail](make-it-fail.md).",
    ),
    row(
      code("X-Sandbox-Workspace"),
      "you, on any request",
      "Answer from an isolated sandbox of that name (1 to 64 letters, digits, `.`, `_`, `-`), made on first use. " +
        "A key made in a workspace ends in `~<name>` and finds it without the header. See [workspaces](workspaces.md).",
    ),
    row(code("X-Sandbox-Reason"), "the sandbox, on every refusal", "Which check failed: one of the [reasons](#errors) below."),
    row(code("X-Sandbox-Scenario"), "the sandbox, on a forced answer", "The scenario that was forced (by the header or an armed scenario)."),
    row(code("X-Sandbox-Fault"), "the sandbox, on a faulted answer", "The fault that was applied (by the header or an armed fault)."),
    row(code("Retry-After"), "the sandbox, on 429 and 503", "Seconds to wait before retrying (on the sandbox clock for the rate limit)."),
    "",
  );

  const reasons = reasonsOf(doc);
  const answersByReason = await refusalsByReason();
  for (const r of reasons) if (!REASONS.some((x) => x.reason === r)) throw new Error(`SandboxReason ${r} has no entry in REASONS (scripts/render-reference.ts)`);
  for (const x of REASONS) {
    if (!reasons.includes(x.reason)) throw new Error(`REASONS names ${x.reason}, which is not a SandboxReason`);
    if (!answersByReason.has(x.reason)) throw new Error(`no error builder produces the reason ${x.reason}`);
  }
  const reasonRows = (group: string) =>
    REASONS.filter((x) => x.group === group).map((x) => {
      const { statuses, types } = answersByReason.get(x.reason)!;
      return row(x.check, [...statuses].sort().join(" / "), [...types].map(code).join(", "), code(x.reason));
    });
  const reasonTable = ["| Check | Status | `type` | `X-Sandbox-Reason` |", "|---|---|---|---|"];
  line(
    "## Errors",
    "",
    "Every refusal has Pleo's body `{\"type\": \"...\", \"message\": \"...\"}`; the message says what was sent, what",
    "was expected and how to fix it, and `X-Sandbox-Reason` names the failed check. The checks run in this order;",
    "the first that fails answers. Statuses and types are those the sandbox's error builders give.",
    "",
    ...reasonTable,
    ...reasonRows("checks"),
    "",
    "The export lifecycle's own refusals (see [the Export API guide](export-api.md)):",
    "",
    ...reasonTable,
    ...reasonRows("export"),
    "",
    "Control-plane refusals:",
    "",
    ...reasonTable,
    ...reasonRows("control"),
    "",
    "The HTTP server's own refusals, before a request reaches the sandbox (see [running it safely](running-safely.md)):",
    "",
    ...reasonTable,
    ...reasonRows("server"),
    "",
    "The authorization server's (`type` is RFC 6749's `error`; a status of 302 means it is sent back to the app's `redirect_uri`):",
    "",
    ...reasonTable,
    ...reasonRows("oauth"),
    "",
    "And:",
    "",
    ...reasonTable,
    ...reasonRows("other"),
    "",
  );

  const unforceable = scenarios.filter((s) => !isForceable(s));
  line(
    "## Scenarios",
    "",
    "`scenarios/*.json` is the one catalogue of what can go wrong. Each file says what it teaches, why it",
    "happens, how to fix it, a request that fails that way on its own, a request that succeeds until the",
    "scenario is forced, and the expected status, `type` and reason. The same files drive the tests (every",
    "scenario through the core, MSW and Express), the guide's *When it fails* page and `X-Sandbox-Scenario` forcing.",
    "",
    "| Id | Title | What it teaches | Status and `type` | `X-Sandbox-Reason` | Fails on its own | Forceable |",
    "|---|---|---|---|---|---|---|",
    ...scenarios.map((s) =>
      row(code(s.id), s.title, s.teaches, `${s.expected.status}${s.expected.type ?? s.expected.error ? ` ${code((s.expected.type ?? s.expected.error)!)}` : ""}`, code(s.expected.reason),
        [...s.setup.map((r) => `after ${request(r)}: `), request(s.natural)].join(""), isForceable(s) ? "yes" : "no"),
    ),
    "",
    `Not forceable: ${unforceable.map((s) => code(s.id)).join(", ")}. They come from the sandbox's state or from the`,
    "data a request sends, not from the key, so forcing them answers 400; their files may list `setup` requests",
    "that run first.",
    "",
  );

  line(
    "## Scopes",
    "",
    "The scope catalogue (`GET /sandbox/world` lists it too), and the operations that need each scope. Operations not",
    "listed need none.",
    "",
    "| Scope | Needed by |",
    "|---|---|",
    ...catalogue.map((s) => row(code(s), pleo.filter(({ route }) => "scope" in route && route.scope === s).map(({ route }) => code(`${route.method} ${route.path}`)).join(", ") || "no operation yet")),
  );
  return out.join("\n") + "\n";
}

function operationOf(doc: Document, route: RouteSpec): Operation {
  const op = doc.paths[route.path]?.[route.method.toLowerCase()];
  if (!op || op.operationId !== route.operationId) throw new Error(`${route.operationId} (${route.method} ${route.path}) is not in sandbox.yaml: run \`npm run generate\``);
  return op;
}

function tagsInOrder(doc: Document, ops: Operation[]): { name: string; description?: string }[] {
  const used = new Set(ops.map((op) => op.tags?.[0] ?? "Other"));
  const declared = (doc.tags ?? []).filter((t) => used.has(t.name));
  const undeclared = [...used].filter((name) => !declared.some((t) => t.name === name)).sort().map((name) => ({ name }));
  return [...declared, ...undeclared];
}

function parametersOf(op: Operation, doc: Document): Parameter[] {
  return (op.parameters ?? []).map((p) => (p.$ref ? doc.components.parameters[p.$ref.split("/").pop()!] ?? p : p));
}

function takesHeader(op: Operation, doc: Document, name: string): boolean {
  return parametersOf(op, doc).some((p) => p.in === "header" && p.name === name);
}

function resolve(schema: Schema | undefined, doc: Document): Schema | undefined {
  return schema?.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()!], doc) : schema;
}

function bodySchema(op: Operation, doc: Document): Schema | undefined {
  return resolve(Object.values(op.requestBody?.content ?? {})[0]?.schema, doc);
}

function companyFrom(route: RouteSpec, op: Operation, doc: Document): string {
  if (route.target.length === 0) return "the key's own";
  return route.target.map((t: TargetSpec) => {
    const where = `${t.in} ${code(t.name)}`;
    const required = t.in === "query" && parametersOf(op, doc).some((p) => p.in === "query" && p.name === t.name && p.required);
    const said = t.is === "company" ? where : t.is === "organisation" ? `${where} (an organisation)` : `${RESOURCE_NAMES[t.is] ?? t.is} (${where})`;
    return required ? `${said}, required` : said;
  }).join(" or ");
}

function answers(op: Operation): string {
  return Object.keys(op.responses ?? {}).sort().join(", ");
}

function bodyOf(op: Operation, doc: Document): string {
  const schema = bodySchema(op, doc);
  if (!schema) return "";
  const shape = (s: Schema): string =>
    s.oneOf
      ? s.oneOf.map((alt) => shape(resolve(alt, doc) ?? alt)).join(" \\| ")
      : `{${Object.keys(s.properties ?? {}).map((k) => (s.required?.includes(k) ? k : `${k}?`)).join(", ")}}`;
  return code(shape(schema));
}

function reasonsOf(doc: Document): string[] {
  const reasons = doc.components.schemas.SandboxReason?.enum;
  if (!reasons?.length) throw new Error("sandbox.yaml has no SandboxReason enum");
  return reasons;
}

/**
 * Status and `type` per reason, from every builder in `errors`. A builder whose `type` is an argument
 * (e.g. notFound) contributes the literal types the sources pass it (`errors.notFound("TAG_NOT_FOUND", …)`).
 */
async function refusalsByReason(): Promise<Map<string, { statuses: Set<number>; types: Set<string> }>> {
  const passed = await typesPassedToBuilders();
  const byReason = new Map<string, { statuses: Set<number>; types: Set<string> }>();
  for (const [name, build] of Object.entries({ ...errors, ...oauthErrors })) {
    const err = (build as (...args: unknown[]) => ApiError)([], [], [], [], []);
    const entry = byReason.get(err.reason) ?? { statuses: new Set<number>(), types: new Set<string>() };
    entry.statuses.add(err.status);
    for (const type of typeof err.type === "string" ? [err.type] : passed.get(name) ?? []) entry.types.add(type);
    byReason.set(err.reason, entry);
  }
  return byReason;
}

/**
 * The literal types handed to builders that take their `type` as an argument: from the builder's own
 * signature in core/http/refusals/ when it is a union of literals (`(type: "A" | "B", …) =>`), and from every
 * call in the sources that passes one (`errors.notFound("TAG_NOT_FOUND", …)`).
 */
async function typesPassedToBuilders(): Promise<Map<string, string[]>> {
  const files = (await readdir(sourceUrl, { recursive: true })).filter((f) => f.endsWith(".ts")).sort();
  const found = new Map<string, Set<string>>();
  const add = (builder: string, types: string[]) => found.set(builder, new Set([...(found.get(builder) ?? []), ...types]));
  for (const file of files) {
    const text = await readFile(new URL(file, sourceUrl), "utf8");
    for (const [, builder, type] of text.matchAll(/errors\.(\w+)\(\s*"([A-Z][A-Z0-9_]*)"/g)) add(builder!, [type!]);
    if (file.replace(/\\/g, "/").startsWith("core/http/refusals/")) {
      for (const [, builder, union] of text.matchAll(/^\s*(\w+): \(type: ((?:"[A-Z][A-Z0-9_]*"(?: \| )?)+)/gm)) {
        add(builder!, [...union!.matchAll(/"([A-Z][A-Z0-9_]*)"/g)].map((m) => m[1]!));
      }
    }
  }
  return new Map([...found].map(([builder, types]) => [builder, [...types].sort()]));
}

/** A scenario's request as a reader would send it: method, path and query, body, and which credential. */
function request(r: RequestSpec): string {
  const query = Object.entries(r.query ?? {}).map(([k, v]) => `${k}=${v}`).join("&");
  const form = r.form === undefined ? "" : ` ${new URLSearchParams(r.form)}`;
  const body = r.body === undefined || r.credential !== null ? form : ` ${JSON.stringify(r.body)}`;
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => ` with ${code(`${k}: ${v}`)}`).join("");
  const c = r.credential;
  const credential =
    c === null ? ""
    : "key" in c ? ` with ${code(c.key)}${c.scheme === "basic" ? "" : ` (${c.scheme === "raw" ? "the raw key" : "as a Bearer token"})`}`
    : "secret" in c ? " with a key the sandbox never issued"
    : ` with ${code(`Authorization: ${c.header}`)}`;
  return `${code(`${r.method} ${r.path}${query ? `?${query}` : ""}${body}`)}${credential}${headers}`;
}

function nameOf(world: Fixtures, id: string): string {
  return world.companies.find((c) => c.id === id)?.name ?? world.organisations.find((o) => o.id === id)?.name ?? id;
}

function code(text: string): string {
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function row(...cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\n/g, " ").replace(/(?<!\\)\|/g, "\\|")).join(" | ")} |`;
}

export const referencePath = fileURLToPath(new URL("docs/reference.md", root));
