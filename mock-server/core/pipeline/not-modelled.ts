/**
 * The handler of every operation sandbox.yaml marks `x-sandbox-unmodelled: true`: Pleo documents it,
 * the sandbox cannot simulate it. It runs like any other operation, after the credential checks, so
 * a bad key is still told apart from a missing model, and answers 501 naming the operation.
 */
import type { RouteSpec } from "../../openapi/routes.ts";
import { errors } from "../http/errors.ts";
import type { AnyOperation, OperationId } from "./operation.ts";

/** A handler that refuses with 501 NOT_IMPLEMENTED; it reads no query and no body. */
export function notModelled(spec: RouteSpec): AnyOperation {
  return {
    operationId: spec.operationId as OperationId,
    run: () => {
      throw errors.notModelled(spec.method, spec.path, spec.operationId);
    },
  };
}
