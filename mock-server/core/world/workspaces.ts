/**
 * Workspaces: sandboxes by name (`X-Sandbox-Workspace`), each with its own world, keys, clock,
 * journal and armed rules, so parallel CI jobs sharing one server never see each other. Made on
 * first use, reset alone, dropped once idle (real time) for `idleSeconds`; at most `max` at once.
 * A key made in a workspace ends in `~<name>`, so it finds its workspace without the header.
 */
import { basicKeyOf } from "../http/basic-credential.ts";
import { errors } from "../http/errors.ts";
import type { Sandbox } from "./state.ts";

export const WORKSPACE_HEADER = "x-sandbox-workspace";

/** 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit (a CI job id fits). */
export const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface WorkspaceLimits {
  /** How many workspaces may live at once. */
  max: number;
  /** How long (real time) a workspace may go unused before it is dropped. */
  idleSeconds: number;
}

export const DEFAULT_WORKSPACE_LIMITS: WorkspaceLimits = { max: 50, idleSeconds: 30 * 60 };

export interface WorkspaceInfo {
  name: string;
  createdAt: Date;
  lastUsedAt: Date;
}

export interface Workspaces {
  readonly limits: WorkspaceLimits;
  /** The workspace `name`, made on first use; throws 503 when `max` are alive and none is idle. */
  get(name: string, realNow: Date): Promise<Sandbox>;
  /** Whether `name` is alive now. */
  has(name: string, realNow: Date): boolean;
  /** The live workspaces, most recently used first. */
  list(realNow: Date): WorkspaceInfo[];
  /** Drops a workspace at once; false when there was none. */
  delete(name: string): boolean;
}

interface Entry {
  sandbox: Promise<Sandbox>;
  createdAt: number;
  lastUsedAt: number;
}

/** A registry that makes each workspace with `make`. */
export function createWorkspaces(make: (name: string) => Promise<Sandbox>, limits: WorkspaceLimits = DEFAULT_WORKSPACE_LIMITS): Workspaces {
  const entries = new Map<string, Entry>();
  const idleMs = limits.idleSeconds * 1000;
  const dropIdle = (now: number) => {
    for (const [name, entry] of entries) if (entry.lastUsedAt + idleMs <= now) entries.delete(name);
  };
  return {
    limits,
    get(name, realNow) {
      const now = realNow.getTime();
      dropIdle(now);
      const found = entries.get(name);
      if (found) {
        found.lastUsedAt = Math.max(found.lastUsedAt, now);
        return found.sandbox;
      }
      if (entries.size >= limits.max) {
        const soonest = Math.min(...[...entries.values()].map((e) => e.lastUsedAt + idleMs));
        throw errors.workspaceLimit(limits.max, Math.max(1, Math.ceil((soonest - now) / 1000)));
      }
      // Stored before it is made, so concurrent first requests share one workspace.
      const entry: Entry = { sandbox: make(name), createdAt: now, lastUsedAt: now };
      entries.set(name, entry);
      entry.sandbox.catch(() => entries.get(name) === entry && entries.delete(name));
      return entry.sandbox;
    },
    has(name, realNow) {
      dropIdle(realNow.getTime());
      return entries.has(name);
    },
    list(realNow) {
      dropIdle(realNow.getTime());
      return [...entries]
        .map(([name, e]) => ({ name, createdAt: new Date(e.createdAt), lastUsedAt: new Date(e.lastUsedAt) }))
        .sort((a, b) => b.lastUsedAt.getTime() - a.lastUsedAt.getTime() || a.name.localeCompare(b.name));
    },
    delete(name) {
      return entries.delete(name);
    },
  };
}

/** What a key secret made in workspace `name` ends with. */
export function workspaceKeySuffix(name: string | undefined): string {
  return name === undefined ? "" : `~${name}`;
}

/** The workspace a Basic credential's key was made in, if it names one (never refuses: the checks do that). */
export function workspaceOfCredential(authorization: string | undefined): string | undefined {
  const name = /^pls_[A-Za-z0-9]+~([^:~]+)$/.exec(basicKeyOf(authorization) ?? "")?.[1];
  return name !== undefined && WORKSPACE_NAME.test(name) ? name : undefined;
}

/**
 * The sandbox that answers a request: the workspace X-Sandbox-Workspace names (made on first use),
 * else the live workspace the key was made in, else `sandbox` itself.
 */
export async function workspaceFor(sandbox: Sandbox, headers: Record<string, string | undefined>, realNow: Date): Promise<Sandbox> {
  const sent = headers[WORKSPACE_HEADER]?.trim();
  if (sent) {
    if (!WORKSPACE_NAME.test(sent)) throw errors.workspaceName(sent);
    return sent === sandbox.workspace ? sandbox : sandbox.workspaces.get(sent, realNow);
  }
  const named = workspaceOfCredential(headers.authorization);
  if (named === undefined || named === sandbox.workspace || !sandbox.workspaces.has(named, realNow)) return sandbox;
  return sandbox.workspaces.get(named, realNow);
}
