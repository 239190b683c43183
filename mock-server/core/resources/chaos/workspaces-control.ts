/** The workspaces alive on this server, and dropping one early (a CI job cleaning up after itself). */
import { errors } from "../../http/errors.ts";
import { empty, json } from "../../http/http.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";
import { isoSeconds } from "../../world/clock.ts";
import { WORKSPACE_NAME } from "../../world/workspaces.ts";

export function listWorkspaces({ sandbox, realNow }: OperationContext<"listSandboxWorkspaces", never, never>): Reply<"listSandboxWorkspaces"> {
  const { workspaces } = sandbox;
  const list = workspaces.list(realNow).map((w) => ({ name: w.name, createdAt: isoSeconds(w.createdAt), lastUsedAt: isoSeconds(w.lastUsedAt) }));
  return json(200, { data: { workspaces: list, maxWorkspaces: workspaces.limits.max, idleSeconds: workspaces.limits.idleSeconds } });
}

export function deleteWorkspace({ sandbox, params }: OperationContext<"deleteSandboxWorkspace", never, never>): Reply<"deleteSandboxWorkspace"> {
  if (!WORKSPACE_NAME.test(params.name)) throw errors.workspaceName(params.name);
  if (!sandbox.workspaces.delete(params.name)) throw errors.workspaceNotFound(params.name);
  return empty(204);
}
