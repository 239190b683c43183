/**
 * "When it fails" is one short page per kind of refusal. A scenario's page follows from its
 * expected status, so a new scenarios/*.json lands on a page without touching the guide; the last
 * group takes every status the others do not, so no scenario is ever left out.
 * Imported by astro.config.mjs (the sidebar), so it imports nothing.
 */
export interface ScenarioGroup {
  /** The page's path under when-it-fails/. */
  slug: string;
  /** Sidebar label and page title. */
  title: string;
  description: string;
  /** The statuses on this page; undefined: every status no other group takes. */
  statuses?: readonly number[];
}

export const scenarioGroups: readonly ScenarioGroup[] = [
  {
    slug: "key-refused",
    title: "The key is refused (401)",
    description: "Expired, deleted, unknown and malformed keys: every call is refused with 401 UNAUTHORIZED.",
    statuses: [401],
  },
  {
    slug: "not-allowed",
    title: "The key may not do this (403)",
    description: "A missing scope, a company the key does not cover, a company without API keys: 403 and why.",
    statuses: [403],
  },
  {
    slug: "state-and-data",
    title: "The data or the state says no",
    description: "Conflicts and expired jobs: refusals that come from what the sandbox holds, not from the key.",
  },
];

/** The group a scenario with this expected status belongs to. */
export function groupOf(status: number): ScenarioGroup {
  return scenarioGroups.find((g) => g.statuses?.includes(status)) ?? scenarioGroups.find((g) => !g.statuses)!;
}
