import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { normaliseForComparison, splitLines, type Line } from '../_lines.ts';
import { DATE_LABEL, isDateline } from './_pdf-lines.ts';

const CONTINUED_LINE = /^\s*continued( on| from)?( on)? page \d+\s*$/i;
/** Typesetting sometimes glues the jump line to the end of the text line before it. */
const CONTINUED_AT_END = /\s*continued( on| from)?( on)? page \d+\s*$/i;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** A running head repeats on many pages; three times is already more than chance. */
const RUNNING_HEAD_REPEATS = 3;

/** Running heads and footers carry the page number, and change case between pages: compare without either. */
function furnitureKey(text: string): string {
  return normaliseForComparison(text.replace(/\d+/g, '#'));
}

interface Repeats {
  count: number;
  /** The different page numbers the line carried. */
  numbers: Set<string>;
}

function lineCounts(lines: readonly Line[]): Map<string, Repeats> {
  const counts = new Map<string, Repeats>();
  for (const line of lines) {
    const key = furnitureKey(line.text);
    if (!key) continue;
    const entry = counts.get(key) ?? { count: 0, numbers: new Set<string>() };
    entry.count++;
    entry.numbers.add(line.text.match(/\d+/g)?.join(' ') ?? '');
    counts.set(key, entry);
  }
  return counts;
}

function isRunningHead(text: string, counts: Map<string, Repeats>, title: string | undefined): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 8 || /[.,;:!?"”’]$/.test(trimmed) || isDateline(trimmed) || DATE_LABEL.test(trimmed)) return false;
  const key = furnitureKey(trimmed);
  // The piece's own title standing on a line of its own is the running head (or the title page), never text.
  if (title !== undefined && key === furnitureKey(title) && key.includes(' ')) return true;
  const repeats = counts.get(key);
  if (!repeats) return false;
  // The same words with a different number each time is a footer counting pages: twice is enough.
  return repeats.count >= RUNNING_HEAD_REPEATS || (repeats.count >= 2 && repeats.numbers.size === repeats.count && /\d/.test(trimmed));
}

/**
 * Page furniture: running heads and footers (a line repeated on several pages, page number
 * aside, or the piece's title on a line of its own), bare page numbers, "Continued on page N".
 */
export const removePageFurniture: Pass = {
  ruleId: 'pdf/page-furniture',
  run(text, ctx) {
    const lines = splitLines(text);
    const counts = lineCounts(lines);
    const edits: Edit[] = [];
    for (const line of lines) {
      const wholeLine = { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture' };
      if (CONTINUED_LINE.test(line.text) || PAGE_NUMBER.test(line.text) || isRunningHead(line.text, counts, ctx.title)) {
        edits.push(wholeLine);
        continue;
      }
      const glued = CONTINUED_AT_END.exec(line.text);
      if (glued) edits.push({ start: line.start + glued.index, end: line.end, text: '', ruleId: 'pdf/page-furniture' });
    }
    return edits;
  },
};
