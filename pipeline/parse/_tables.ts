import type { Nodes, Parent, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface UntypesetTable {
  message: string;
  /** Text of the manuscript to place the message at. */
  snippet: string;
}

/**
 * GFM pipe tables are parsed (micromark-extension-gfm-table) and typeset by both renderers,
 * in the text, in quotations and in lists. A table inside a footnote is not typeset in print:
 * the print edition sets a note as running text, each of the table's cells on a line of its
 * own. Said, not guessed at: the editor moves the table into the text.
 */
export function untypesetTables(tree: Nodes): UntypesetTable[] {
  const found: UntypesetTable[] = [];
  const visit = (node: Nodes, inNote: boolean): void => {
    if (node.type === 'table' && inNote) {
      const header = node.children[0] ? rowText(node) : '';
      found.push({
        message: `Unexpected table “${header}” in a footnote: the print edition sets notes as running text, so it sets the table's cells one to a line, without rows or columns (the EPUB sets the table); move the table into the text`,
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

/** The data a table's caption travels in (parse sets it, the renderers read it). */
interface TableData {
  caption?: PhrasingContent[];
}

/** The table's caption, when its source gave one. */
export function tableCaption(table: Table): PhrasingContent[] | undefined {
  return (table.data as TableData | undefined)?.caption;
}

/** `Table: …` as the opening of a paragraph right after a table (pandoc's way of writing a caption). */
const CAPTION_OPENING = /^Table:[ \t]+/;

/**
 * A paragraph that opens with `Table: ` right after a table is its caption (pandoc writes one so,
 * and the HTML and Word readers turn a `<caption>` into one): it moves into the table's data,
 * without the label, so both renderers set it as the table's caption. Any other paragraph stays.
 */
export function attachTableCaptions(parent: Parent): void {
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    const next = children[index + 1];
    if (node.type === 'table' && next?.type === 'paragraph' && !tableCaption(node)) {
      const first = next.children[0];
      if (first?.type === 'text' && CAPTION_OPENING.test(first.value)) {
        const rest = first.value.replace(CAPTION_OPENING, '');
        const caption = [...(rest ? [{ ...first, value: rest }] : []), ...next.children.slice(1)];
        if (caption.length > 0) {
          node.data = { ...node.data, caption } as Table['data'];
          children.splice(index + 1, 1);
        }
      }
    }
    if ('children' in node && node.type !== 'table') attachTableCaptions(node as Parent);
  }
}

/**
 * Whether the table's first row is a header: a pipe table always has one, but a table read from a
 * page or a Word file that had none gets an empty first row, which the renderers leave out.
 */
export function hasHeaderRow(table: Table): boolean {
  return table.children[0]?.children.some((cell) => cell.children.length > 0) ?? false;
}
