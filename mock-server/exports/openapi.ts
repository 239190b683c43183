/**
 * `pleo-sandbox/openapi`: the types openapi-typescript generates from the sandbox's contract
 * (`paths`, `components`, `operations`, for openapi-fetch and the like), the named schema types,
 * and the enums' value lists.
 */
export type { paths, components, operations } from "../openapi/schema.ts";
export * from "../openapi/types.ts";
