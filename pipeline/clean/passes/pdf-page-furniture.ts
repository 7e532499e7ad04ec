import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { splitLines, type Line } from '../_lines.ts';

const CONTINUED_LINE = /^\s*continued( on| from)?( on)? page \d+\s*$/i;
/** Typesetting sometimes glues the jump line to the end of the text line before it. */
const CONTINUED_AT_END = /\s*continued( on| from)?( on)? page \d+\s*$/i;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A running head repeats on many pages; three times is already more than chance. */
const RUNNING_HEAD_REPEATS = 3;

function lineCounts(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.text.trim();
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function isRunningHead(text: string, counts: Map<string, number>): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 8 && (counts.get(trimmed) ?? 0) >= RUNNING_HEAD_REPEATS && !/[.,;:!?"”’]$/.test(trimmed);
}

/** Page furniture: running heads and footers, bare page numbers, "Continued on page N". */
export const removePageFurniture: Pass = {
  ruleId: 'pdf/page-furniture',
  run(text) {
    const lines = splitLines(text);
    const counts = lineCounts(lines);
    const edits: Edit[] = [];
    for (const line of lines) {
      const wholeLine = { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture' };
      if (CONTINUED_LINE.test(line.text) || PAGE_NUMBER.test(line.text) || isRunningHead(line.text, counts)) {
        edits.push(wholeLine);
        continue;
      }
      const glued = CONTINUED_AT_END.exec(line.text);
      if (glued) edits.push({ start: line.start + glued.index, end: line.end, text: '', ruleId: 'pdf/page-furniture' });
    }
    return edits;
  },
};
