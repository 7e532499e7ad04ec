/**
 * Nodes hast-util-to-mdast makes that the book's Markdown does not carry (it is CommonMark
 * with footnotes, not GFM): struck-through text and tables. Their text is kept, never lost:
 * struck text as plain text, a table as a list of its rows with the cells set apart by a
 * middle dot, and each change is said in the report.
 */
import type { ListItem, Nodes, Parent, PhrasingContent, Root, RootContent, TableCell } from 'mdast';

export interface Unsupported {
  tables: number;
  struck: number;
}

export function replaceUnsupported(tree: Root): Unsupported {
  const found: Unsupported = { tables: 0, struck: 0 };
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      const replaced = replacement(child as Nodes, found);
      for (const node of replaced) {
        children.push(node);
        if ('children' in node) stack.push(node as Parent);
      }
    }
    parent.children = children as never;
  }
  return found;
}

function replacement(node: Nodes, found: Unsupported): RootContent[] {
  if (node.type === 'delete') {
    found.struck++;
    return node.children;
  }
  // Rows and cells met outside a table (a table inside a link, say) keep their text in place.
  if (node.type === 'tableRow') return cellsInARow(node.children) as RootContent[];
  if (node.type === 'tableCell') return node.children;
  if (node.type === 'table') {
    found.tables++;
    const items: ListItem[] = node.children.map((row) => {
      return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: cellsInARow(row.children) }] };
    });
    return [{ type: 'list', ordered: false, spread: false, children: items }];
  }
  return [node as RootContent];
}

function cellsInARow(cells: readonly TableCell[]): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  cells.forEach((cell, i) => {
    if (i > 0) phrasing.push({ type: 'text', value: ' · ' });
    phrasing.push(...cell.children);
  });
  return phrasing;
}
