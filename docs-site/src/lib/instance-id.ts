/**
 * Ids for one rendering of a widget, so labels and descriptions can point at each other without
 * two widgets on a page ever sharing an id. Build-time only; the client finds parts by data attributes.
 */
let rendered = 0;

/** Returns `id(name)`, giving ids like `pleo-key-manager-3-name` that no other rendering uses. */
export function instanceIds(widget: string): (name: string) => string {
  const n = ++rendered;
  return (name) => `${widget}-${n}-${name}`;
}
