/**
 * What a resource module writes for each operation of sandbox.yaml: its input schemas and its
 * `run`. The types come from openapi-typescript's `operations`, so the compiler refuses a handler
 * for an unknown operation, a query or body schema an operation does not declare (or whose output
 * drifts from the contract), a read of `ctx.body` where there is no body, and an answer whose
 * status or shape the operation does not declare.
 */
import type { z } from "zod";
import type { operations } from "../../openapi/schema.ts";
import type { OpenOperationId, UnmodelledOperationId } from "../../openapi/routes.ts";
import type { World } from "../world/fixtures.ts";
import type { Sandbox } from "../world/state.ts";
import type { SandboxResponse } from "../http/http.ts";
import type { Access } from "./access.ts";

export type OperationId = keyof operations;

type Parameters<K extends OperationId> = operations[K]["parameters"];
type Present<T> = [NonNullable<T>] extends [never] ? never : NonNullable<T>;

/** The path parameters sandbox.yaml declares for the operation, by name. */
export type PathOf<K extends OperationId> = [Present<Parameters<K>["path"]>] extends [never] ? Record<string, never> : Present<Parameters<K>["path"]>;
/** The query sandbox.yaml declares, as the contract types it (never when it declares none). */
export type QueryOf<K extends OperationId> = Present<Parameters<K>["query"]>;
/** The JSON body sandbox.yaml declares (never when it declares none). */
export type BodyOf<K extends OperationId> = Present<operations[K]["requestBody"]> extends { content: infer C } ? C[keyof C] : never;

type Responses<K extends OperationId> = operations[K]["responses"];
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** Every answer the operation declares: a status it lists, with that status's body. */
export type Reply<K extends OperationId> = {
  [S in keyof Responses<K>]: S extends number ? { status: S; headers: Record<string, string>; body?: ContentOf<Responses<K>[S]> } : never;
}[keyof Responses<K>];

interface BaseContext<K extends OperationId> {
  sandbox: Sandbox;
  /** The world the operation reads and changes (the sandbox's current one). */
  world: World;
  /** Sandbox time. */
  now: Date;
  /** The adapter's time, which the sandbox clock is an offset from. */
  realNow: Date;
  params: PathOf<K>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
}

/** What `run` gets: `query` and `body` only where the operation declares them, `access` only behind a credential. */
export type OperationContext<K extends OperationId, Q, B> = BaseContext<K> &
  ([Q] extends [never] ? unknown : { query: Q }) &
  ([B] extends [never] ? unknown : { body: B }) &
  (K extends OpenOperationId ? unknown : { access: Access });

/** One operation's handler. A refusal is thrown as an ApiError (errors.ts). */
export interface Operation<K extends OperationId, Q = never, B = never> {
  operationId: K;
  query?: z.ZodType<Q, unknown>;
  body?: z.ZodType<B, unknown>;
  run: (ctx: OperationContext<K, Q, B>) => Reply<K> | Promise<Reply<K>>;
}

/**
 * Declares the handler of operation `id`. `Q` and `B` are what the zod schemas produce; they must
 * fit the contract's query and body, so a schema cannot drift from sandbox.yaml.
 */
export function operation<K extends OperationId, Q extends QueryOf<K> = never, B extends BodyOf<K> = never>(
  id: K,
  handler: Omit<Operation<K, Q, B>, "operationId">,
): Operation<K, Q, B> {
  return { operationId: id, ...handler };
}

/** A zod schema as the router uses it: only to parse. */
interface Parser {
  safeParse(value: unknown): z.ZodSafeParseResult<unknown>;
}

/**
 * Any operation's handler as the router holds it. Its context and answers were checked where it was
 * declared with `operation()`; the router only parses input with its schemas and calls `run`.
 */
export interface AnyOperation {
  operationId: OperationId;
  query?: Parser;
  body?: Parser;
  run: (ctx: never) => SandboxResponse | Promise<SandboxResponse>;
}

/** A handler for every operation of sandbox.yaml, each under its own operationId (unmodelled ones have a shared one). */
export type Handlers = { [K in Exclude<OperationId, UnmodelledOperationId>]: AnyOperation & { operationId: K } };
