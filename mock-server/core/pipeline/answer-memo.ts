/**
 * Answers remembered for reads asked again. A Pleo operation that changes nothing, asked again with
 * the same credential, method, URL and body while its world is at the same revision
 * (world/revision.ts), gives the same answer: the first one is kept as the bytes it was serialised
 * to, and later ones are sent from them without running the operation or JSON.stringify again.
 *
 * What an operation read decides whether its answer may be kept: one that read the sandbox (keys,
 * subscriptions, installations), the request's headers or the real time is never kept; one that
 * read sandbox time is kept for that second only (such operations see time to the second, as
 * Pleo's timestamps are). The credential's checks, scenarios, faults and the rate limit run before
 * this, for every request. Bounded: MAX_ENTRIES answers and MAX_BYTES of bodies per sandbox and its
 * workspaces, the least recently used dropped first.
 */
import { bodyText, type SandboxResponse } from "../http/http.ts";
import type { World } from "../world/fixtures.ts";
import { revisionOf } from "../world/revision.ts";
import type { Access } from "./access.ts";
import type { RequestContext } from "./request.ts";

export const MEMO_LIMITS = {
  entries: 256,
  bytes: 8 * 1024 * 1024,
  /** A larger body (or a request with a larger body) is answered afresh each time. */
  entryBytes: 1024 * 1024,
  requestBodyChars: 8 * 1024,
} as const;

/** An answer as it is kept. */
export interface RememberedAnswer {
  response: SandboxResponse;
  bytes: number;
  /** The second of sandbox time the answer is good for, when the operation read the time. */
  second?: number;
}

/** One sandbox's remembered answers (shared with its workspaces: their worlds tell them apart). */
export class AnswerMemo {
  readonly #entries = new Map<string, RememberedAnswer>();
  #bytes = 0;

  /** How many answers are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** The bytes of the bodies kept. */
  get bytes(): number {
    return this.#bytes;
  }

  /** What the answers are kept under, the least recently used first. */
  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /** Forgets every answer (the bench times first answers this way). */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  /** The answer kept under `key`, now the most recently used. */
  get(key: string): RememberedAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Keeps `entry` under `key`, then drops the least recently used while over the bounds. */
  set(key: string, entry: RememberedAnswer): void {
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= previous.bytes;
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    for (const [oldest, dropped] of this.#entries) {
      if (this.#entries.size <= MEMO_LIMITS.entries && this.#bytes <= MEMO_LIMITS.bytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= dropped.bytes;
    }
  }
}

/** The context an operation runs with, as handle() builds it. */
export interface OperationInput {
  sandbox: unknown;
  world: World;
  now: Date;
  realNow: Date;
  params: unknown;
  headers: unknown;
  query: unknown;
  body: unknown;
  access: unknown;
}

/** One request's place in the memo: what it is remembered under, and how to recall or keep its answer. */
export interface MemoSlot {
  /** The remembered answer, if one is good now. */
  recall(): SandboxResponse | undefined;
  /** Runs the operation on a context that notes what it reads, and keeps the answer if it may. */
  remember<C extends OperationInput>(input: C, run: (ctx: C) => SandboxResponse | Promise<SandboxResponse>): Promise<SandboxResponse>;
}

/** The request's slot, or undefined when its answer is never remembered (see the module comment). */
export function memoSlot(ctx: RequestContext, access: Access, mayWrite: boolean): MemoSlot | undefined {
  const { request, sandbox } = ctx;
  const revision = revisionOf(sandbox.state.world);
  if (mayWrite || revision === undefined || (request.body?.length ?? 0) > MEMO_LIMITS.requestBodyChars) return undefined;
  const { kind, id } = access.key;
  const key = `${revision}\n${request.method} ${request.url}\n${kind} ${id}\n${request.headers["content-type"] ?? ""}\n${request.body ?? ""}`;
  const memo = sandbox.answers;
  const second = Math.floor(ctx.now.getTime() / 1000);
  return {
    recall() {
      const entry = memo.get(key);
      return entry === undefined || (entry.second !== undefined && entry.second !== second) ? undefined : entry.response;
    },
    async remember(input, run) {
      const reads = { time: false, other: false };
      const response = await run(noting(input, new Date(second * 1000), reads) as typeof input);
      // An answer worked out while a write ran is kept under the revision before it: a write moves the
      // revision once it has run, so no later request asks for that revision again.
      if (reads.other) return response;
      const kept = encoded(response);
      if (kept === undefined) return response;
      memo.set(key, { response: kept, bytes: kept.bytes!.length, ...(reads.time && { second }) });
      return kept;
    },
  };
}

/** The context the operation sees: time to the second, and every read of what the key leaves out noted. */
function noting(input: OperationInput, second: Date, reads: { time: boolean; other: boolean }): OperationInput {
  const { world, params, query, body, access } = input;
  return {
    world, params, query, body, access,
    get now() {
      reads.time = true;
      return second;
    },
    get sandbox() {
      reads.other = true;
      return input.sandbox;
    },
    get realNow() {
      reads.other = true;
      return input.realNow;
    },
    get headers() {
      reads.other = true;
      return input.headers;
    },
  };
}

/** A successful JSON answer with its bytes, or undefined for one not worth keeping. */
function encoded(response: SandboxResponse): SandboxResponse | undefined {
  if (response.status < 200 || response.status >= 300 || response.body === undefined || response.drop || response.delayMs) return undefined;
  if (!/json/i.test(response.headers["content-type"] ?? "")) return undefined;
  const bytes = encoder.encode(bodyText(response));
  return bytes.length > MEMO_LIMITS.entryBytes ? undefined : { ...response, bytes };
}

const encoder = new TextEncoder();
