import type { Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A Markdown pipe table (GFM): a row of cells between pipes, then a delimiter row of dashes
 * (`|---|:--:|`). remark-parse reads it as an ordinary paragraph, as CommonMark does, and
 * tables are not set by either renderer: the book would print the rows as one run-on
 * paragraph, the delimiter row's dashes turned into em and en dashes. Said, not guessed at:
 * the editor turns the table into a list or prose.
 */
export function pipeTableRows(paragraph: Paragraph): { header: string; delimiter: string } | undefined {
  const lines = toString(paragraph).split('\n');
  for (let index = 1; index < lines.length; index += 1) {
    const delimiter = lines[index]!;
    const header = lines[index - 1]!;
    if (header.includes('|') && isDelimiterRow(delimiter) && cellCount(header) === cellCount(delimiter)) return { header, delimiter };
  }
  return undefined;
}

/** Paragraphs anywhere in the tree (in lists, quotes, notes), in document order. */
export function paragraphsOf(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? node.children.flatMap((child) => paragraphsOf(child)) : [];
}

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
}

function cellCount(row: string): number {
  return cells(row).length;
}

/** `|---|:--:|`, `--- | ---`: at least one pipe, every cell dashes with optional alignment colons. */
function isDelimiterRow(line: string): boolean {
  return line.includes('|') && cells(line).every((cell) => /^\s*:?-+:?\s*$/.test(cell));
}
