/**
 * Whose subscriptions a request sees: those registered for the key's company, or for its
 * organisation with an organisation-level key.
 */
import { shown } from "../../http/shown.ts";
import { errors } from "../../http/errors.ts";
import { UUID } from "../../http/patterns.ts";
import type { Access } from "../../pipeline/access.ts";
import type { Sandbox, StoredSubscription, SubscriptionOwner } from "../../world/state.ts";

/** Who a request registers subscriptions for: the key's company, or its organisation. */
export function ownerOf({ access }: { access: Access }): SubscriptionOwner {
  const level = access.key.accessLevel;
  return level.type === "company" ? { type: "company", id: level.companyId } : { type: "organisation", id: level.organisationId };
}

/** Whether `owner` registered the subscription. */
export function isOwnedBy(subscription: StoredSubscription, owner: SubscriptionOwner): boolean {
  return subscription.owner.type === owner.type && subscription.owner.id === owner.id;
}

/** What finding the subscription in the path needs from an operation's context. */
export interface SubscriptionLookup {
  sandbox: Sandbox;
  access: Access;
  params: { id: string };
}

/**
 * The subscription in the path, if the key's owner registered it (deleted ones only when asked).
 * Throws 400 for an id that is not a UUID and 404 for one the owner has not registered.
 */
export function findOwned({ sandbox, access, params }: SubscriptionLookup, { includeDeleted = false } = {}): StoredSubscription {
  const { id } = params;
  if (!UUID.test(id)) throw errors.invalidRequest(`The subscription id in the path must be a UUID; got ${shown(id)}.`);
  const owner = ownerOf({ access });
  const found = sandbox.state.subscriptions.find((s) => s.id === id && isOwnedBy(s, owner) && (includeDeleted || s.deletedAt === undefined));
  if (!found) throw errors.subscriptionNotFound(id, `${owner.type} ${owner.id}`);
  return found;
}
