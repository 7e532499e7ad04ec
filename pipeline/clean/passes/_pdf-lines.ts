import { DATE_LINE, MONTH_NAMES, SENTENCE_END, isBlank, median, type Line } from '../_lines.ts';

/** PDF extractions: hard-wrapped lines whose widths differ from column to column. */

/** Lines on either side that make up a line's neighbourhood when judging its length. */
const WINDOW = 12;

/**
 * The typical length of a full line around each line: the median of its neighbours'
 * lengths. Columns differ in width across a document, so one global figure would not do.
 */
export function localLineLengths(lines: readonly Line[], ignore: (line: Line) => boolean = () => false): number[] {
  return lineWidths(lines, ignore).typical;
}

/**
 * Both measures of the neighbourhood of each line in one sweep: the typical (median) length
 * and the column width (see localColumnWidths). Several passes need them on texts of thousands of lines.
 */
export function lineWidths(
  lines: readonly Line[],
  ignore: (line: Line) => boolean = () => false,
  /** Also measure the column in the book face (see typeWidth); only the passes that weigh a line's last word need it. */
  typeset = false,
): { typical: number[]; column: number[]; typeColumn: number[] } {
  const content = lines.filter((line) => !isBlank(line) && !ignore(line));
  const lengths = content.map((line) => line.text.trim().length);
  const typeWidths = typeset ? content.map((line) => typeWidth(line.text.trim())) : [];
  const positionInContent = new Map(content.map((line, i) => [line.index, i]));
  const typicalAt: number[] = [];
  const columnAt: number[] = [];
  const typeColumnAt: number[] = [];
  const sections = sectionBounds(lines, content);
  for (let i = 0; i < content.length; i++) {
    const [from, to] = sections[i]!;
    const lo = Math.max(from, i - WINDOW);
    const hi = Math.min(to, i + WINDOW + 1);
    const window = Float64Array.from(lengths.slice(lo, hi)).sort();
    typicalAt.push(window[window.length >> 1] || 1);
    columnAt.push(columnOf(window));
    if (typeset) typeColumnAt.push(columnOf(Float64Array.from(typeWidths.slice(lo, hi)).sort()));
  }
  let nearest = 0;
  const typical: number[] = [];
  const column: number[] = [];
  const typeColumn: number[] = [];
  for (const line of lines) {
    nearest = positionInContent.get(line.index) ?? nearest;
    typical.push(typicalAt[nearest] ?? 1);
    column.push(columnAt[nearest] ?? 1);
    typeColumn.push(typeColumnAt[nearest] ?? 1);
  }
  return { typical, column, typeColumn };
}

/** Fewer lines than this under a heading say too little about the column: the neighbourhood then reaches past the heading. */
const MIN_SECTION_LINES = 8;

/**
 * For each content line, the range of content lines its neighbourhood may draw on: the
 * section between two Markdown headings, since a new section often starts a new layout
 * (another column width, another page design). A short section borrows from its neighbours.
 */
function sectionBounds(lines: readonly Line[], content: readonly Line[]): [number, number][] {
  const cuts: number[] = [0];
  let k = 0;
  for (const line of lines) {
    if (k < content.length && content[k] === line) k++;
    else if (/^#{2,6} /.test(line.text)) cuts.push(k);
  }
  cuts.push(content.length);
  const bounds: [number, number][] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c]!, cuts[c + 1]!];
    const range: [number, number] = to - from >= MIN_SECTION_LINES ? [from, to] : [0, content.length];
    for (let i = from; i < to; i++) bounds.push(range);
  }
  return bounds;
}

/** Nearly the longest of a sorted neighbourhood, leaving out lines run together. */
function columnOf(sorted: Float64Array): number {
  const typical = sorted[sorted.length >> 1] || 1;
  let kept = sorted.length;
  while (kept > 0 && sorted[kept - 1]! > typical * OVERLONG) kept--;
  return kept === 0 ? typical : sorted[Math.min(kept - 1, Math.floor(kept * COLUMN_PERCENTILE))]!;
}

/**
 * Advance widths of a book face (Times Roman, in thousandths of an em). Which face a PDF used
 * is not known, but book faces share the proportions that matter here: "i", "l" and "t" are
 * narrow, "m", "w" and capitals wide. A character count misjudges a line of wide letters.
 */
const ADVANCE: Record<string, number> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '.': 250, ',': 250, ';': 278, ':': 278, '-': 333, "'": 333, '"': 408, '’': 333, '‘': 333, '“': 444,
  '”': 444, '(': 333, ')': 333, '!': 333, '?': 444, '—': 1000, '–': 500, '\\': 0,
};
/** Digits and anything the table lacks: the width of an average letter. */
const DEFAULT_ADVANCE = 500;

/** Width of a text as set in a book face, in thousandths of an em. Escapes added by the cleaner take no room. */
export function typeWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ADVANCE[ch] ?? DEFAULT_ADVANCE;
  return width;
}

/** Width of a space in the same units: justified lines stretch it, so this is the least it takes. */
const SPACE_ADVANCE = 250;

/**
 * Whether the next line's first word would have fitted at the end of this one, measured in
 * the book face: then the break was not forced. `slack` is the share of the column counted
 * as certainly available.
 */
export function breakIsChosenInType(text: string, next: string, column: number, slack: number): boolean {
  const word = /^\s*([^\s-]*-?)/.exec(next)![1]!;
  return typeWidth(text.trim()) + SPACE_ADVANCE + typeWidth(word) <= column * slack;
}

/** A line this much longer than its neighbours is two lines run together, or a paragraph on one line. */
export const OVERLONG = 1.3;
/** Share of a neighbourhood's lines that are shorter than its column: the rest are full lines. */
const COLUMN_PERCENTILE = 0.9;

/**
 * The width of the column around each line: nearly the longest of its neighbours, leaving
 * out lines run together. A greedy or justified typesetter fills lines to this width, so it
 * tells whether a line break was forced by the margin or chosen by the author.
 */
export function localColumnWidths(lines: readonly Line[], ignore: (line: Line) => boolean = () => false): number[] {
  return lineWidths(lines, ignore).column;
}

/** Length of what a typesetter could have put on the line before: the first word, or the first part of a hyphenated one. */
export function firstWordLength(text: string): number {
  return /^\s*([^\s-]*-?)/.exec(text)![1]!.length;
}

/**
 * Proportional type makes a character count a loose measure of width: a full line may hold a
 * few characters fewer than its neighbours. Only a clear gap counts as room for another word.
 */
const WIDTH_SLACK = 0.9;

/**
 * Whether the next line's first word would have fitted at the end of this one: then the break
 * was not forced. `slack` is the share of the column counted as certainly available.
 */
export function breakIsChosen(text: string, next: string, width: number, slack = WIDTH_SLACK): boolean {
  return text.trim().length + 1 + firstWordLength(next) <= width * slack;
}

/** A label opening a timeline entry: "May 2:", "1990:", "17 June:", "Early 1990s". */
export const DATE_LABEL = new RegExp(
  `^\\s*(?:(?:\\d{1,2}(?:[–-]\\d{1,2})?\\s+)?(?:${MONTH_NAMES})(?:\\s+\\d{1,2}(?:[–-]\\d{1,2})?)?(?:,?\\s+\\d{4})?|\\d{4}(?:[–-]\\d{1,4})?)\\s*:`,
);

export function leadingSpace(text: string): number {
  return /^[ \t\u00a0]*/.exec(text)![0].length;
}

export function startsLowercase(text: string): boolean {
  return /^\s*\p{Ll}/u.test(text);
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Letters present and none of them lower-case: "THE RUSSIAN EMPIRE", "“MODEL”". */
export function isAllCaps(text: string, minLetters = 2): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "1. The risen people", "13\. The collapse" (escaped or not). */
export const NUMBERED_HEADING = /^\s*\d{1,2}\\?\.\s+["“‘']?[\p{Lu}\p{N}]/u;

/** A list item's first line: a bullet, or a number followed by lower-case text ("1. that the machines"). */
export const ITEM_START = /^\s*(?:[•▪●◦]|\d{1,2}\\?[.)]\s+(?=["“‘']?\p{Ll}))/u;

export function isDateline(text: string): boolean {
  return DATE_LINE.test(text);
}

/** A line of verse that keeps its break: it ends in a Markdown hard break (an odd run of backslashes). */
export function endsInHardBreak(text: string): boolean {
  return /(?<!\\)(?:\\\\)*\\$/.test(text.trimEnd());
}

/** A line an earlier pass already turned into Markdown: a heading, an italic dateline, a line of verse. */
export function isMarkedBlock(text: string): boolean {
  const trimmed = text.trim();
  return /^#{2,6} /.test(trimmed) || /^\*[^*\s].*[^\\]\*$|^\*[^*\s]\*$/.test(trimmed) || endsInHardBreak(trimmed);
}

export function firstWord(text: string): string {
  return /\p{L}+/u.exec(text)?.[0] ?? '';
}

export function lastWord(text: string): string {
  return /(\p{L}+)[^\p{L}]*$/u.exec(text)?.[1] ?? '';
}
