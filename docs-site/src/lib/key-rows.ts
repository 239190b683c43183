/**
 * One row of the Settings › API Keys list, as text: the same function renders the build-time
 * list (the seeded world) and the live one, so the two cannot differ.
 */
export interface KeySummary {
  id: string;
  name: string;
  accessLevel: { type: "company"; companyId: string } | { type: "organisation"; organisationId: string };
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  status: string;
}

export type Names = { companies: Record<string, string>; organisations: Record<string, string> };

export interface KeyRow {
  id: string;
  name: string;
  accessLevel: string;
  /** All scopes; the list folds them behind their count when there are more than three. */
  scopes: string[];
  created: string;
  expires: string;
  status: string;
}

export const FOLD_SCOPES_OVER = 3;

export function keyRow(key: KeySummary, names: Names): KeyRow {
  const level = key.accessLevel;
  return {
    id: key.id,
    name: key.name,
    accessLevel: level.type === "company"
      ? `Company: ${names.companies[level.companyId] ?? level.companyId}`
      : `Organisation: ${names.organisations[level.organisationId] ?? level.organisationId}`,
    scopes: key.scopes,
    created: key.createdAt.slice(0, 10),
    expires: key.expiresAt.slice(0, 10),
    status: key.status,
  };
}
