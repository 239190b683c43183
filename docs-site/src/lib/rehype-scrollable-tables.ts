/**
 * Every table in the guide's Markdown and MDX scrolls inside its own box on a narrow screen
 * (Starlight draws tables as scroll containers). A box that scrolls must be reachable by keyboard,
 * so each table can take focus (keeping its table role), named after its header row. JSX tables
 * in MDX get the focus; their page names them with aria-label.
 */
interface Node {
  type: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
}

export function rehypeScrollableTables() {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (node.type === "element" && node.tagName === "table") {
        node.properties = { ariaLabel: tableLabel(node), ...node.properties, tabIndex: 0 };
      } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "table") {
        node.attributes = [...(node.attributes ?? []), { type: "mdxJsxAttribute", name: "tabindex", value: "0" }];
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}

/** "Table: <first header cell>, …" so a screen reader knows which table it is in. */
function tableLabel(table: Node): string {
  const text = (node: Node): string =>
    node.type === "text" ? String((node as unknown as { value: string }).value) : (node.children ?? []).map(text).join("");
  const firstRow = find(table, (n) => n.tagName === "tr");
  const headers = (firstRow?.children ?? []).filter((c) => c.tagName === "th" || c.tagName === "td").map((c) => text(c).trim());
  return `Table: ${headers.join(", ")}`;
}

function find(node: Node, match: (n: Node) => boolean): Node | undefined {
  for (const child of node.children ?? []) {
    if (match(child)) return child;
    const found = find(child, match);
    if (found) return found;
  }
  return undefined;
}
