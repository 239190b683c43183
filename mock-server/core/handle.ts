/**
 * The only entry point: a request in, a response out. Imports nothing from Node, Express or MSW, so
 * the same code answers in a server, in a test process and in a browser tab.
 */
import { screen } from "./chaos/screen.ts";
import { recordRequest, withTrace, type Trace } from "./chaos/trace.ts";
import { ApiError, errorResponse, errors, type ErrorShape } from "./http/errors.ts";
import type { SandboxRequest, SandboxResponse } from "./http/http.ts";
import { admit, readScenario } from "./pipeline/admit.ts";
import { memoSlot } from "./pipeline/answer-memo.ts";
import { readInput } from "./pipeline/input.ts";
import { requestContext, type RequestContext } from "./pipeline/request.ts";
import { matchRoute } from "./pipeline/route-table.ts";
import { worldChanged } from "./world/revision.ts";
import type { Sandbox } from "./world/state.ts";
import { workspaceFor } from "./world/workspaces.ts";

/**
 * Answers one request, in the workspace it names (if any), and writes it into that sandbox's
 * journal. `realNow` is when it arrived; the sandbox clock's offset is applied here. Never throws:
 * a refusal thrown anywhere becomes Pleo's error body, anything else a 500.
 */
export async function handle(request: SandboxRequest, sandbox: Sandbox, realNow: Date): Promise<SandboxResponse> {
  const trace: Trace = { delayMs: 0 };
  let answering = sandbox;
  let response: SandboxResponse;
  try {
    answering = await workspaceFor(sandbox, request.headers, realNow);
    response = await answer(request, answering, realNow, trace);
  } catch (cause) {
    response = refusal(cause);
  }
  const traced = withTrace(response, trace);
  recordRequest(answering, request, traced, trace, realNow);
  return traced;
}

/** Route, then for Pleo operations faults, armed scenarios and the rate limit, then the checks and the operation. */
async function answer(request: SandboxRequest, sandbox: Sandbox, realNow: Date, trace: Trace): Promise<SandboxResponse> {
  let writes = false;
  let shape: ErrorShape = "pleo";
  let response: SandboxResponse;
  try {
    const [path, queryString] = splitUrl(request.url);
    const matched = matchRoute(request.method, path);
    writes = mayWrite(request.method, matched.route.operationId);
    shape = matched.route.errors ?? "pleo";
    const forced = matched.route.credential ? readScenario(request.headers) : undefined;
    const ctx = requestContext(sandbox, request, matched, new URLSearchParams(queryString), forced, realNow);
    if (ctx.route.credential) await screen(ctx, trace);
    response = await run(ctx, writes);
  } catch (cause) {
    response = refusal(cause, shape);
  }
  // Refused writes count too: an operation may have changed something before it refused.
  if (writes) {
    worldChanged(sandbox.state.world);
    response = await afterSave(sandbox, response);
  }
  return response;
}

/**
 * Admits the credential (where the operation has one), checks the input, then runs the operation,
 * or gives the answer it gave the same read before (pipeline/answer-memo.ts).
 */
async function run(ctx: RequestContext, writes: boolean): Promise<SandboxResponse> {
  const access = ctx.route.credential ? await admit(ctx) : undefined;
  const memo = access && memoSlot(ctx, access, writes);
  const remembered = memo?.recall();
  if (remembered) return remembered;
  const { query, body } = readInput(ctx);
  const { sandbox, now, realNow, params, request } = ctx;
  const operationContext = { sandbox, world: sandbox.state.world, now, realNow, params, headers: request.headers, query, body, access };
  // The handler's context was type-checked against its operation where it was declared (operation()).
  const operation = (context: typeof operationContext) => ctx.route.handler.run(context as never);
  return memo ? memo.remember(operationContext, operation) : operation(operationContext);
}

/** Methods that never change the state, so their answers need not wait for a save. */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);
/** The one GET that can change the state: an approval at the authorization endpoint stores a code. */
const GETS_THAT_WRITE = new Set(["oauthAuthorize"]);
/** Searches Pleo asks for with POST (the criteria are a body) that change nothing (test/answer-memo.test.ts checks). */
export const POSTS_THAT_READ: ReadonlySet<string> = new Set([
  "externalSearchAccountingEntriesV1",
  "searchReceiptsByPostV6",
  "searchTagsPost",
  "searchAggregatedTags",
  "getTaxCodes",
  "calculateTax",
  "searchAccountsV1",
  "searchVendors",
]);

/** Whether a request may change the state: it is then saved before it is answered, and remembered answers are dropped. */
function mayWrite(method: string, operationId: string): boolean {
  const upper = method.toUpperCase();
  if (READS.has(upper)) return GETS_THAT_WRITE.has(operationId);
  return !(upper === "POST" && POSTS_THAT_READ.has(operationId));
}

/** The flush point: a write is answered only once the state after it is in the store (world/persistence.ts). */
async function afterSave(sandbox: Sandbox, response: SandboxResponse): Promise<SandboxResponse> {
  try {
    await sandbox.persistence.commit();
    return response;
  } catch (cause) {
    return errorResponse(errors.stateNotSaved(cause));
  }
}

/** A refusal in the shape the operation answers them in (Pleo's, RFC 6749's or a page). */
function refusal(cause: unknown, shape: ErrorShape = "pleo"): SandboxResponse {
  return errorResponse(cause instanceof ApiError ? cause : errors.internal(cause), shape);
}

/** Path and query string; a path is taken as sent, never as a URL with a host (`//x` stays a path). */
function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at + 1)];
}
