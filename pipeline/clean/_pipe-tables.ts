/**
 * Where a text holds GFM pipe tables: a row of cells with a pipe, then a delimiter row of
 * dashes with as many cells (`|---|:-:|`), then the rows up to a blank line or a line without a
 * pipe. The passes that judge lines as prose or page furniture keep out of them (see _runner.ts).
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
