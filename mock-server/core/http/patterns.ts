/** Shapes of identifiers checked in more than one place. */

/** A UUID in any version, as Pleo's ids are. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
