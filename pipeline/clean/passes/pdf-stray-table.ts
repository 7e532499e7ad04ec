import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, previousContentLine, splitLines, type Line } from '../_lines.ts';

/** Columns set as runs of spaces: two or more between cells. */
const COLUMN_GAP = /\s{2,}/;
/** A head cell: a word or two of letters. */
const HEAD_CELL = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)?$/u;
/** A figure cell: a number, with thousands or a decimal point. */
const FIGURE_CELL = /^\d{1,3}(?:[,.]\d{3})*(?:\.\d+)?$|^\d+$/;
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 6;
const MIN_ROWS = 2;

function cells(line: Line): string[] {
  return line.text.trim().split(COLUMN_GAP);
}

function isHeadRow(line: Line): number {
  if (!/\S\s{3,}\S/.test(line.text)) return 0;
  const parts = cells(line);
  return parts.length >= MIN_COLUMNS && parts.length <= MAX_COLUMNS && parts.every((p) => HEAD_CELL.test(p)) ? parts.length : 0;
}

function figureRow(line: Line | undefined, columns: number): number[] | undefined {
  if (line === undefined || isBlank(line)) return undefined;
  const parts = cells(line);
  if (parts.length !== columns || !parts.every((p) => FIGURE_CELL.test(p))) return undefined;
  return parts.map((p) => Number(p.replace(/,/g, '')));
}

/** Words of the text outside the table, lower-cased. */
function vocabulary(lines: readonly Line[], skip: ReadonlySet<number>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    if (skip.has(line.index)) continue;
    for (const w of line.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
  }
  return words;
}

/**
 * Removes a table set into a PDF's text that the text does not own: a head row of words and
 * two or more rows of figures under it, the columns as runs of spaces, the first column counting
 * up by one (numbers, years), where nothing else in the text uses the table's words or its
 * figures, and the line above does not introduce it (no colon). A table the text talks about
 * shares a column's word or a figure with its sentences, or is introduced, and stays; a table
 * with some of that evidence and not all is kept and listed.
 */
export const removeStrayTable: Pass = {
  ruleId: 'pdf/stray-table',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (let i = 0; i < lines.length; i++) {
      const head = lines[i]!;
      const columns = isHeadRow(head);
      if (columns === 0) continue;
      const rows: Line[] = [];
      const firsts: number[] = [];
      const figures: number[] = [];
      let at = i + 1;
      for (;;) {
        // Rows go on over a blank line where a page broke, if the count goes on too.
        const next = isBlank(lines[at]) && rows.length > 0 ? at + 1 : at;
        const row = figureRow(lines[next], columns);
        if (row === undefined || (firsts.length > 0 && row[0] !== firsts[firsts.length - 1]! + 1)) break;
        rows.push(lines[next]!);
        firsts.push(row[0]!);
        figures.push(...row.slice(1));
        at = next + 1;
      }
      if (rows.length < MIN_ROWS) continue;
      const skip = new Set([head.index, ...rows.map((r) => r.index)]);
      const words = vocabulary(lines, skip);
      const sharedWord = cells(head).some((c) => c.toLowerCase().match(/[\p{L}]+/gu)?.some((w) => words.has(w)));
      const sharedFigure = figures.some((f) => words.has(String(f)));
      const above = previousContentLine(lines, head.index);
      const introduced = above !== undefined && /:\s*$/.test(above.text);
      if (sharedWord || sharedFigure || introduced) {
        ctx.keep(head.start, head.text.trim(), `may be a table the text does not own; kept: ${[sharedWord && 'a column’s word is the text’s', sharedFigure && 'a figure is named in the text', introduced && 'the line above introduces it'].filter(Boolean).join(', ')}`);
        i = rows[rows.length - 1]!.index;
        continue;
      }
      const reason = `a head row and ${rows.length} rows of figures in space-set columns, the first column counting up by one, no word or figure shared with the text`;
      for (const line of [head, ...rows]) edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/stray-table', reason });
      i = rows[rows.length - 1]!.index;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed table not the text's “${old.trim()}”`,
};
