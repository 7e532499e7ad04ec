import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, isBlank, normaliseForComparison, previousContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { sameText } from './_web-lines.ts';

/** Blank lines a box's entries may stand apart by. */
const MAX_GAP = 1;
/** Most words in an entry of a contents box (a heading's length). */
const MAX_ENTRY_WORDS = 14;
/** Most words in a label over the box, or in an entry that names no heading ("Comments", "Notes"). */
const MAX_LABEL_WORDS = 4;
/** Fewest entries that must name a heading below, and the share of the box's entries they must be. */
const MIN_MATCHED = 2;
/** Entries set directly under the last heading's that may name the page's own regions, and their most words. */
const MAX_TAIL = 2;
const MAX_TAIL_WORDS = 3;
const MIN_MATCHED_SHARE = 0.6;

/** An entry's number, bullet or arrow ("1.", "2.3", "IV.", "(a)", "–", "▸", "→"), before or after its words. */
const LEADING_MARK = /^\s*(?:[-–—•▪▸►▶→↓⇣·*>»]+\s*|\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[a-z])[.)]\s+)+/u;
const TRAILING_MARK = /[\s↓→↑⇣⬇▾»#]+$/u;

/** The words of an entry or a heading, without its number, bullet or arrow. */
function key(text: string): string {
  return normaliseForComparison(text.replace(LEADING_MARK, '').replace(TRAILING_MARK, ''));
}

interface Entry {
  line: Line;
  /** Index of the later line whose words the entry repeats, or -1. */
  target: number;
}

/**
 * A "jump to" box of contents kept in a copy of a web page: short lines, one a line, that repeat
 * the piece's own headings further down, in their order ("1. The first survey", "– Tolls ↓"),
 * perhaps under a short label and with an entry or two that names no heading ("Comments").
 * Decided by the text alone: at least two entries, and three in five, must each repeat a later
 * line of the text that stands as a heading, in the same order. A list the piece introduces
 * with a sentence ending on a colon ("The report has three parts:") is the author's, and stays.
 */
export const removeContentsBox: Pass = {
  ruleId: 'web/contents-box',
  run(text, ctx) {
    const lines = splitLines(text);
    // Where each heading-like line's words stand (the first place after any given line is what an entry needs).
    const places = new Map<string, number[]>();
    for (const line of lines) {
      if (isBlank(line) || wordCount(line.text) > MAX_ENTRY_WORDS) continue;
      const k = key(line.text);
      if (k.length < 2) continue;
      const list = places.get(k);
      if (list) list.push(line.index);
      else places.set(k, [line.index]);
    }
    const laterPlace = (k: string, after: number): number => firstAfter(places.get(k), after);
    // Prose lines counted up to each line, so "prose between two lines" is one subtraction (a long text asks it often).
    const proseBefore = new Int32Array(lines.length + 1);
    for (const line of lines) proseBefore[line.index + 1] = proseBefore[line.index]! + (isProseLine(line) ? 1 : 0);
    const hasProseBetween = (from: number, to: number): boolean => to > from + 1 && proseBefore[to]! - proseBefore[from + 1]! > 0;
    // The next line with text after each line (-1 for none), for "a paragraph under the heading".
    const nextText = new Int32Array(lines.length).fill(-1);
    for (let k = lines.length - 2; k >= 0; k--) nextText[k] = isBlank(lines[k + 1]) ? nextText[k + 1]! : k + 1;
    const hasProseAfter = (index: number): boolean => nextText[index]! >= 0 && isProseLine(lines[nextText[index]!]!);
    const edits: Edit[] = [];
    let i = 0;
    while (i < lines.length) {
      if (isBlank(lines[i])) {
        i++;
        continue;
      }
      const run = entryRun(lines, i);
      if (run.length === 0) {
        i++;
        continue;
      }
      i = run.at(-1)!.index + 1;
      const entries: Entry[] = [];
      const runEnd = run.at(-1)!.index;
      let previousTarget = runEnd;
      for (const line of run) {
        const target = laterPlace(key(line.text), previousTarget);
        // A heading stands apart with the piece's prose between it and the last: a refrain's lines follow one another.
        const heading = target >= 0 && isBlank(lines[target - 1]) && (previousTarget === runEnd || hasProseBetween(previousTarget, target)) && hasProseAfter(target);
        entries.push({ line, target: heading ? target : -1 });
        if (heading) previousTarget = target;
      }
      // The box runs from its first entry naming a heading to its last; lines above it in the run are the page's own (a title, a byline).
      const firstMatched = entries.findIndex((e) => e.target >= 0);
      let lastMatched = entries.findLastIndex((e) => e.target >= 0);
      if (firstMatched < 0) continue;
      // An entry or two set directly under the last that name no heading of the piece: the page's own regions ("Comments").
      for (let tail = 0; tail < MAX_TAIL; tail++) {
        const next = entries[lastMatched + 1];
        if (!next || next.line.index !== entries[lastMatched]!.line.index + 1 || wordCount(next.line.text) > MAX_TAIL_WORDS) break;
        lastMatched++;
      }
      const box = entries.slice(firstMatched, lastMatched + 1);
      const matched = box.filter((e) => e.target >= 0).length;
      if (matched < MIN_MATCHED || matched < MIN_MATCHED_SHARE * box.length) continue;
      if (box.some((e) => e.target < 0 && wordCount(e.line.text) > MAX_LABEL_WORDS)) continue;
      const first = box[0]!.line;
      const last = box.at(-1)!.line;
      const above = previousContentLine(lines, first.index);
      if (above && /:\s*$/.test(above.text) && wordCount(above.text) > MAX_LABEL_WORDS) {
        ctx?.keep(first.start, first.text.trim(), 'lines repeating the piece’s headings under a sentence that introduces them: may be a contents box, may be the author’s list');
        continue;
      }
      let start = first.start;
      const label = lines[first.index - 1];
      const labelled = label !== undefined && !isBlank(label) && isLabel(label.text) && !sameText(label.text, ctx?.title) && (label.index === 0 || isBlank(lines[label.index - 1]));
      if (labelled) start = label.start;
      // Among the paragraphs, a list of the headings to come may be the author's own ("The guide covers …" over them):
      // there the box needs a label over it or its entries' marks (numbers, arrows) to go.
      const marked = box.filter((e) => LEADING_MARK.test(e.line.text) || TRAILING_MARK.test(e.line.text.trimEnd() + ' ') && /[↓→⇣⬇▾»#]\s*$/u.test(e.line.text)).length;
      if (lines.slice(0, first.index).some(isProseLine) && !labelled && marked * 2 < box.length) {
        ctx?.keep(first.start, first.text.trim(), 'lines repeating the piece’s headings among its paragraphs: may be a contents box, may be the author’s list');
        continue;
      }
      const end = endWithFollowingBlanks(lines, last.index, text.length);
      edits.push({ start, end, text: '', ruleId: 'web/contents-box', reason: `${matched} entries repeating the headings below` });
    }
    return edits;
  },
  describe: (edit, old) => `Removed a contents box, ${edit.reason ?? 'entries repeating the headings below'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};

/** A paragraph of the piece: more words than a heading holds. */
function isProseLine(line: Line): boolean {
  return wordCount(line.text) > MAX_ENTRY_WORDS;
}

/** The first of the ascending indices past `after`, or -1 (a binary search: a short line may come back thousands of times). */
function firstAfter(indices: readonly number[] | undefined, after: number): number {
  if (!indices) return -1;
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (indices[mid]! <= after) low = mid + 1;
    else high = mid;
  }
  return low < indices.length ? indices[low]! : -1;
}

/** A short line with no sentence in it: a box's label ("Contents", "On this page", "Jump to:"). */
function isLabel(text: string): boolean {
  const trimmed = text.trim();
  return wordCount(trimmed) <= MAX_LABEL_WORDS && !SENTENCE_END.test(trimmed);
}

/** The run of short lines, one a line, starting at `from` (blank lines of at most MAX_GAP between); empty where `from` is no entry. */
function entryRun(lines: readonly Line[], from: number): Line[] {
  const run: Line[] = [];
  const keys = new Set<string>();
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      let gap = 0;
      while (i < lines.length && isBlank(lines[i])) {
        gap++;
        i++;
      }
      if (gap > MAX_GAP || run.length === 0) break;
      continue;
    }
    const words = wordCount(line.text);
    if (words === 0 || words > MAX_ENTRY_WORDS || /[.;,]\s*$/.test(line.text.replace(TRAILING_MARK, ''))) break;
    // A line repeating an entry above is the heading it names: the box has ended and the piece begun.
    const k = key(line.text);
    if (keys.has(k)) break;
    keys.add(k);
    run.push(line);
    i++;
  }
  return run;
}
