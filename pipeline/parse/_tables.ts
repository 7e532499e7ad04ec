import type { Nodes, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface UntypesetTable {
  message: string;
  /** Text of the manuscript to place the message at. */
  snippet: string;
}

/**
 * GFM pipe tables are parsed (micromark-extension-gfm-table) and typeset by both renderers,
 * in the text, in quotations and in lists. A table inside a footnote is not: the print
 * edition sets a note as running text, so the table's cells would run on as one paragraph.
 * Said, not guessed at: the editor moves the table into the text.
 */
export function untypesetTables(tree: Nodes): UntypesetTable[] {
  const found: UntypesetTable[] = [];
  const visit = (node: Nodes, inNote: boolean): void => {
    if (node.type === 'table' && inNote) {
      const header = node.children[0] ? rowText(node) : '';
      found.push({
        message: `Unexpected table “${header}” in a footnote: the print edition sets notes as running text, so its cells would run on as one paragraph; move the table into the text`,
        snippet: header.split(' | ')[0] ?? '',
      });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, inNote || node.type === 'footnoteDefinition');
  };
  visit(tree, false);
  return found;
}

function rowText(table: Table): string {
  return table.children[0]!.children.map((cell) => toString(cell).trim()).join(' | ');
}
