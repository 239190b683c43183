/**
 * The shape limits of a JSON body (depth, array length, object size, string length), checked by
 * walking the parsed value once without recursion, before any schema sees it: a schema that lists
 * every bad item of a huge array, or a value too deep to serialise again, never happens.
 */
import { LIMITS } from "./limits.ts";
import { shown } from "./shown.ts";

export interface JsonLimits {
  depth: number;
  arrayItems: number;
  objectKeys: number;
  stringChars: number;
}

const BODY_LIMITS: JsonLimits = {
  depth: LIMITS.jsonDepth,
  arrayItems: LIMITS.arrayItems,
  objectKeys: LIMITS.objectKeys,
  stringChars: LIMITS.stringChars,
};

/** Where a value breaks a limit, as `path: problem`; undefined when it keeps them all. */
export function jsonLimitProblem(value: unknown, limits: JsonLimits = BODY_LIMITS): string | undefined {
  const stack: Visit[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value: current, depth } = visit;
    if (typeof current === "string") {
      if (current.length > limits.stringChars) return `${pathOf(visit)}: is ${current.length} characters long; at most ${limits.stringChars} are accepted`;
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= limits.depth) return `${pathOf(visit)}: nests deeper than ${limits.depth} levels of arrays and objects`;
    if (Array.isArray(current)) {
      if (current.length > limits.arrayItems) return `${pathOf(visit)}: has ${current.length} items; at most ${limits.arrayItems} are accepted in an array`;
      current.forEach((item, i) => stack.push({ value: item, depth: depth + 1, key: String(i), parent: visit }));
      continue;
    }
    const entries = Object.entries(current);
    if (entries.length > limits.objectKeys) return `${pathOf(visit)}: has ${entries.length} keys; at most ${limits.objectKeys} are accepted in an object`;
    for (const [key, item] of entries) {
      if (key.length > limits.stringChars) return `${pathOf(visit)}: has a key ${key.length} characters long; at most ${limits.stringChars} are accepted`;
      stack.push({ value: item, depth: depth + 1, key, parent: visit });
    }
  }
  return undefined;
}

/** A value on the walk; its path is rebuilt from its parents only when a message needs it. */
interface Visit {
  value: unknown;
  depth: number;
  key?: string;
  parent?: Visit;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) keys.unshift(keyLabel(v.key));
  return keys.length === 0 ? "(root)" : keys.join(".");
}

/** A key as a path shows it: quoted only when it is not a plain name. */
function keyLabel(key: string): string {
  return /^[A-Za-z_$][\w$-]{0,63}$/.test(key) ? key : shown(key);
}
