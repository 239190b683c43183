/** The context handlers not yet declared with `operation()` receive (see operation.ts). */
import type { World } from "../world/fixtures.ts";
import type { ApiError } from "../http/errors.ts";
import type { SandboxResponse } from "../http/http.ts";
import type { Sandbox } from "../world/state.ts";
import type { Access } from "./access.ts";

export type { Access } from "./access.ts";

export interface OperationContext<Query = unknown, Body = unknown> {
  sandbox: Sandbox;
  world: World;
  now: Date;
  realNow: Date;
  params: Record<string, string>;
  query: Query;
  body: Body;
  headers: Record<string, string | undefined>;
  access: Access;
}

export type Outcome = SandboxResponse | ApiError;
