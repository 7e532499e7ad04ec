/**
 * Tables and struck-through text, which the book's Markdown (CommonMark with footnotes and GFM
 * pipe tables) carries only in part. A simple table (rows of cells, a header row or none, no
 * merged cells, no table inside, nothing but text and paragraphs in a cell) becomes a pipe
 * table: a cell's paragraphs and line breaks become `<br>` (the parser reads it back as a line
 * break in the cell), its caption the `Table: …` paragraph after it. A table the pipe syntax
 * cannot carry (merged cells, a table inside a cell, lists, headings or quotations in a cell)
 * becomes a list of its rows with the cells set apart by a middle dot. Struck-through text,
 * which CommonMark has no syntax for, is written as inline `<del>` (the parser reads it back as
 * struck text, set struck through in both books); the report quotes it, for the editor may
 * rather delete it. Text is kept, never lost, and each change is said in the report.
 */
import type { Element } from 'hast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import type { ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';

export interface Unsupported {
  /** Tables set as lists of rows, and why each was. */
  tables: number;
  reasons: string[];
  struck: number;
  /** The words of the first few struck passages, for the report: the editor must find them. */
  struckWords: string[];
}

export function createUnsupported(): Unsupported {
  return { tables: 0, reasons: [], struck: 0, struckWords: [] };
}

/** Elements that make a cell more than text: the pipe syntax has one line of inline text per cell. */
const BLOCK_IN_CELL = new Set(['ul', 'ol', 'dl', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figure', 'table', 'section', 'article', 'aside', 'header', 'footer']);

/** The toMdast handler for `<table>`: a pipe table when the table is simple, else a list of its rows. */
export function tableHandlers(found: Unsupported): Record<string, Handle> {
  return {
    table(state: State, node: Element) {
      const reason = whyNotSimple(node);
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      const withoutCaption: Element = caption ? { ...node, children: node.children.filter((child) => child !== caption) } : node;
      const converted = defaultHandlers.table(state, withoutCaption) as Table | RootContent;
      if (converted.type !== 'table') return converted as never;
      const captionText: PhrasingContent[] = caption ? inline(state.all(caption) as RootContent[]) : [];
      if (reason) {
        found.tables += 1;
        found.reasons.push(reason);
        const list = rowsAsList(converted);
        return (captionText.length > 0 ? [{ type: 'paragraph', children: captionText }, list] : list) as never;
      }
      for (const row of converted.children) for (const cell of row.children) cell.children = cellContent(cell.children as RootContent[]);
      const nodes: RootContent[] = [converted];
      if (captionText.length > 0) nodes.push({ type: 'paragraph', children: [{ type: 'text', value: 'Table: ' }, ...captionText] });
      return nodes as never;
    },
  };
}

/** Why the table is not one the pipe syntax can carry; undefined when it is. */
function whyNotSimple(table: Element): string | undefined {
  let reason: string | undefined;
  const visit = (node: Element, inCell: boolean): void => {
    for (const child of node.children) {
      if (reason || child.type !== 'element') continue;
      if (child.tagName === 'table') reason = 'a table inside a cell';
      else if ((child.tagName === 'td' || child.tagName === 'th') && (span(child.properties.colSpan) > 1 || span(child.properties.rowSpan) > 1)) reason = 'merged cells';
      else if (inCell && BLOCK_IN_CELL.has(child.tagName)) reason = `a ${child.tagName === 'ul' || child.tagName === 'ol' ? 'list' : `<${child.tagName}>`} inside a cell`;
      else visit(child, inCell || child.tagName === 'td' || child.tagName === 'th');
    }
  };
  visit(table, false);
  return reason;
}

function span(value: unknown): number {
  const number = Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(number) ? number : 1;
}

/**
 * A cell's content on one line: paragraphs (Word puts each cell's text in one) and line breaks
 * become `<br>` between their words, which a pipe table's cell can hold.
 */
function cellContent(children: readonly RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const lineBreak = (): void => {
    if (out.length > 0 && !(out[out.length - 1]!.type === 'html')) out.push({ type: 'html', value: '<br>' });
  };
  for (const child of children) {
    if (child.type === 'paragraph') {
      if (out.length > 0) lineBreak();
      out.push(...inline(child.children));
    } else if (child.type === 'break') lineBreak();
    else out.push(...inline([child]));
  }
  while (out.length > 0 && out[out.length - 1]!.type === 'html') out.pop();
  return out;
}

/** Phrasing content of any nodes: blocks give their phrasing, a break becomes `<br>`. */
function inline(nodes: readonly RootContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'break') return [{ type: 'html', value: '<br>' }];
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'footnoteReference' || node.type === 'image' || node.type === 'html') return [node];
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link') return [{ ...node, children: inline(node.children) } as PhrasingContent];
    // A container of blocks (a list, its items, paragraphs): its blocks' words stay apart.
    if ('children' in node) return (node.children as RootContent[]).flatMap((child, index) => [...(index > 0 ? [{ type: 'text', value: ' ' } as const] : []), ...inline([child])]);
    if ('value' in node && typeof node.value === 'string') return [{ type: 'text', value: node.value }];
    return [];
  });
}

export function replaceUnsupported(tree: Root, found: Unsupported = createUnsupported()): Unsupported {
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
    if (found.struckWords.length < 3) found.struckWords.push(toString(node).trim());
    return [{ type: 'html', value: '<del>' }, ...node.children, { type: 'html', value: '</del>' }];
  }
  return [node as RootContent];
}

function rowsAsList(table: Table): RootContent {
  const items: ListItem[] = table.children
    .filter((row) => row.children.some((cell) => cell.children.length > 0))
    .map((row) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: cellsInARow(row.children) } as Paragraph] }));
  return { type: 'list', ordered: false, spread: false, children: items };
}

function cellsInARow(cells: readonly TableCell[]): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  // Merged cells leave empty ones in their place: only cells with text are set apart.
  for (const cell of cells.filter((c) => c.children.length > 0)) {
    if (phrasing.length > 0) phrasing.push({ type: 'text', value: ' · ' });
    phrasing.push(...inline(cell.children as RootContent[]));
  }
  return phrasing;
}
