/** A `.cpuprofile` (V8's format, as `node --cpu-prof` writes it) summed up by function. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  /** `name file:line`, the file without its directories. */
  name: string;
  /** Share of all sampled time, 0 to 1. */
  share: number;
}

/** The functions that took the most time by themselves (`self`) and with what they called (`inclusive`). */
export function summarise(profile: CpuProfile, top: number): { self: FunctionTime[]; inclusive: FunctionTime[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || "(anonymous)"} ${url.replace(/^.*\//, "")}:${lineNumber + 1}`;
  };

  const timeOf = new Map<number, number>();
  profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, time] of timeOf) {
    total += time;
    const own = label(byId.get(id)!);
    self.set(own, (self.get(own) ?? 0) + time);
    // Each function counts once per sample, however deep it recurses.
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = label(byId.get(at)!);
      if (counted.has(name)) continue;
      counted.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    }
  }
  const ranked = (times: Map<string, number>) =>
    [...times].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, time]) => ({ name, share: total > 0 ? time / total : 0 }));
  return { self: ranked(self), inclusive: ranked(inclusive) };
}
