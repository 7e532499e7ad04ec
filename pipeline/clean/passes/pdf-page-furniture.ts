import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, nextContentLine, normaliseForComparison, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { DATE_LABEL, isDateline, startsLowercase } from './_pdf-lines.ts';

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
  // A quotation opened and not closed continues on a later line: part of a heading or the text, never a running head.
  if (/^["“‘]/.test(trimmed) && !/["”’]/.test(trimmed.slice(1))) return false;
  const key = furnitureKey(trimmed);
  // The piece's own title standing on a line of its own is the running head (or the title page), never text.
  if (title !== undefined && key === furnitureKey(title) && key.includes(' ')) return true;
  const repeats = counts.get(key);
  if (!repeats) return false;
  // The same words with a different number each time is a footer counting pages: twice is enough.
  return repeats.count >= RUNNING_HEAD_REPEATS || (repeats.count >= 2 && repeats.numbers.size === repeats.count && /\d/.test(trimmed));
}

/** Words a title leaves in lower case. */
const MINOR_WORDS = /^(?:a|an|and|at|by|for|in|of|on|or|the|to|with)$/;

/**
 * "The Valley Review 14", "14 Occasional Papers": a name of two to six words, capitalised as a
 * title, and a page number. One word and a number is more often a heading ("Chapter 12").
 */
function isTitleAndPageNumber(text: string): boolean {
  const m = /^\s*(?:(\d{1,3})\s+(.+?)|(.+?)\s+(\d{1,3}))\s*$/u.exec(text);
  const name = m?.[2] ?? m?.[3];
  if (!name || /[.,;:!?"”’)]$/.test(name) || isDateline(text) || DATE_LABEL.test(text)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w) || MINOR_WORDS.test(w));
}

/**
 * A footer seen only once, so no repetition gives it away: a title and a page number where a
 * page ends, that is between two halves of a sentence or at the foot of the text before a
 * blank line.
 */
function isOneOffFooter(lines: readonly Line[], line: Line): boolean {
  if (!isTitleAndPageNumber(line.text)) return false;
  const before = lines[line.index - 1];
  const after = nextContentLine(lines, line.index);
  if (before === undefined || isBlank(before)) return false;
  const cutsSentence = !SENTENCE_END.test(before.text) && after !== undefined && startsLowercase(after.text);
  return cutsSentence || isBlank(lines[line.index + 1]);
}

/**
 * The piece's title at the top of the text (the front matter carries it) or beside a bare page
 * number (a running head), even when the title is one word ("Introduction").
 */
function isTitleFurniture(lines: readonly Line[], line: Line, title: string | undefined): boolean {
  if (title === undefined || furnitureKey(line.text) !== furnitureKey(title)) return false;
  const above = previousContentLine(lines, line.index);
  if (above === undefined) return true;
  return [above, nextContentLine(lines, line.index)].some((n) => n !== undefined && PAGE_NUMBER.test(n.text));
}

/**
 * Page furniture: running heads and footers (a line repeated on several pages, page number
 * aside, or the piece's title on a line of its own), bare page numbers, "Continued on page N",
 * and a footer seen once (a title and a page number where a page ends).
 */
export const removePageFurniture: Pass = {
  ruleId: 'pdf/page-furniture',
  run(text, ctx) {
    const lines = splitLines(text);
    const counts = lineCounts(lines);
    const edits: Edit[] = [];
    for (const line of lines) {
      const wholeLine = { start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/page-furniture' };
      if (
        CONTINUED_LINE.test(line.text) ||
        PAGE_NUMBER.test(line.text) ||
        isRunningHead(line.text, counts, ctx.title) ||
        isOneOffFooter(lines, line) ||
        isTitleFurniture(lines, line, ctx.title)
      ) {
        edits.push(wholeLine);
        continue;
      }
      const glued = CONTINUED_AT_END.exec(line.text);
      if (glued) edits.push({ start: line.start + glued.index, end: line.end, text: '', ruleId: 'pdf/page-furniture' });
    }
    return edits;
  },
};
