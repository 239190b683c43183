/** The request journal: the last requests and webhook deliveries, newest first, filtered and paged. */
import { z } from "zod";
import { httpMethodValues, journalKindValues } from "../../../openapi/types.ts";
import { pathMatches } from "../../chaos/armed.ts";
import { clearJournal, newestFirst } from "../../chaos/journal.ts";
import { enumOf } from "../../http/enum-of.ts";
import { empty, json } from "../../http/http.ts";
import { pagedQuery, paginate } from "../../http/pagination.ts";
import { echoParameters } from "../../http/query.ts";
import type { OperationContext, Reply } from "../../pipeline/operation.ts";

export const journalQuery = pagedQuery(
  {
    keyId: z.uuid().optional(),
    path: z.string().min(1).max(500).optional(),
    method: enumOf(httpMethodValues).optional(),
    status: z.coerce.number().int().min(0).max(599).optional(),
    kind: enumOf(journalKindValues).optional(),
  },
  { sortingKeys: [], minLimit: 1, maxLimit: 1_000 },
);
type JournalQuery = z.infer<typeof journalQuery>;

export function listRequests({ sandbox, query }: OperationContext<"listSandboxRequests", JournalQuery, never>): Reply<"listSandboxRequests"> {
  const matches = newestFirst(sandbox.state.chaos.journal).filter(
    (e) =>
      (query.keyId === undefined || e.keyId === query.keyId) &&
      (query.path === undefined || pathMatches(query.path, e.path)) &&
      (query.method === undefined || e.method === query.method) &&
      (query.status === undefined || e.status === query.status) &&
      (query.kind === undefined || e.kind === query.kind),
  );
  return json(200, paginate(matches, query, echoParameters(query, ["keyId", "path", "method", "status", "kind"])));
}

export function clearRequests({ sandbox }: OperationContext<"clearSandboxRequests", never, never>): Reply<"clearSandboxRequests"> {
  clearJournal(sandbox.state.chaos.journal);
  return empty(204);
}
