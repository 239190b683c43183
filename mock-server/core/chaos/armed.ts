/**
 * What armed scenarios, faults and webhook rules share: an id, an optional number of uses, a count
 * of uses, and "the first one that fires is used up one time".
 */

export interface ArmedRule {
  id: string;
  /** How many uses before it disarms itself; absent: until disarmed. */
  times?: number;
  used: number;
  armedAt: string;
}

/** How many rules of one kind a sandbox holds at most. */
export const MAX_ARMED = 100;

/**
 * The first rule `fires` accepts, counted as used (and removed once used up). Rules after it are
 * not asked, so a probability draw happens only where it decides something.
 */
export function takeFirst<R extends ArmedRule>(rules: R[], fires: (rule: R) => boolean): R | undefined {
  const index = rules.findIndex(fires);
  if (index < 0) return undefined;
  const rule = rules[index]!;
  rule.used += 1;
  if (rule.times !== undefined && rule.used >= rule.times) rules.splice(index, 1);
  return rule;
}

/** Removes the rule with `id`; false when there is none. */
export function disarm(rules: ArmedRule[], id: string): boolean {
  const index = rules.findIndex((r) => r.id === id);
  if (index >= 0) rules.splice(index, 1);
  return index >= 0;
}

/**
 * A path filter: the path itself, or a pattern where `*` matches anything and `{name}` one path
 * segment (so the contract's templates, `/v1/vendors/{id}`, work as patterns).
 */
export function pathMatches(pattern: string, path: string): boolean {
  if (pattern === path) return true;
  if (!/[*{]/.test(pattern)) return false;
  const source = pattern
    .split(/(\*|\{[^}]*\})/)
    .map((part) => (part === "*" ? ".*" : /^\{[^}]*\}$/.test(part) ? "[^/:]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}
