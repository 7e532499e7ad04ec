/**
 * Where a text holds GFM pipe tables: a row of cells with a pipe, then a delimiter row of
 * dashes with as many cells (`|---|:-:|`), then the rows up to a blank line or a line without a
 * pipe; and a table copied from a page as text, without a delimiter row: two lines or more in a
 * row with the same number of cells (three or more) between pipes ("Salt | 4d | 6d | 9d"). A
 * site's row of links stands alone. The passes that judge lines as prose or page furniture keep
 * out of them (see _runner.ts).
 */
import type { Edit } from '../types.ts';

/** A delimiter row: cells of dashes with optional alignment colons, at least one pipe. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/gm;

/**
 * Each table's extent, from the line break before its header row (a pass joining that line to
 * the one above would unmake the table) to the line break after its last row.
 */
export function pipeTableRanges(text: string): Array<{ start: number; end: number }> {
  if (!text.includes('|')) return [];
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(DELIMITER_ROW)) {
    const delimiter = match[0];
    if (!delimiter.includes('|') || match.index === 0) continue;
    const headerEnd = match.index - 1;
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const header = text.slice(headerStart, headerEnd);
    if (!header.includes('|') || cellCount(header) !== cellCount(delimiter)) continue;
    let end = match.index + delimiter.length;
    while (end < text.length) {
      const next = text.indexOf('\n', end + 1);
      const row = text.slice(end + 1, next === -1 ? text.length : next);
      if (!row.includes('|') || !row.trim()) break;
      end = next === -1 ? text.length : next;
    }
    ranges.push({ start: Math.max(0, headerStart - 1), end: Math.min(text.length, end + 1) });
  }
  return [...ranges, ...bareTableRanges(text)];
}

/** Fewest cells of a row of a table without a delimiter row. */
const MIN_BARE_CELLS = 3;

/**
 * Runs of two lines or more with the same number of cells between pipes, each from the line
 * break before it to the one after. A run whose rows are all one line over again is no table: a
 * site sets its row of links twice (a header and its copy for small screens, "English | Svenska |
 * Polski" twice), while a table's rows each give other figures.
 */
function bareTableRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let runStart = -1;
  let runCells = 0;
  let runRows = 0;
  let firstRow = '';
  let allSame = true;
  let offset = 0;
  const close = (end: number): void => {
    if (runRows >= 2 && !allSame) ranges.push({ start: Math.max(0, runStart - 1), end: Math.min(text.length, end + 1) });
    runRows = 0;
  };
  for (const line of text.split('\n')) {
    const cells = line.includes('|') && line.trim() ? cellCount(line) : 0;
    if (cells >= MIN_BARE_CELLS && runRows > 0 && cells === runCells) {
      runRows++;
      if (line.trim() !== firstRow) allSame = false;
    } else {
      close(offset - 1);
      if (cells >= MIN_BARE_CELLS) {
        runStart = offset;
        runCells = cells;
        runRows = 1;
        firstRow = line.trim();
        allSame = true;
      }
    }
    offset += line.length + 1;
  }
  close(offset - 1);
  return ranges;
}

/** The edits that touch no table. */
export function outsideTables(text: string, edits: Edit[]): Edit[] {
  if (edits.length === 0) return edits;
  const ranges = pipeTableRanges(text);
  if (ranges.length === 0) return edits;
  return edits.filter((edit) => !ranges.some((range) => edit.start < range.end && Math.max(edit.end, edit.start + 1) > range.start));
}

function cellCount(row: string): number {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).length;
}
