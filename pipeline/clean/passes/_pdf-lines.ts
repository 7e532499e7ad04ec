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
export function lineWidths(lines: readonly Line[], ignore: (line: Line) => boolean = () => false): { typical: number[]; column: number[] } {
  const content = lines.filter((line) => !isBlank(line) && !ignore(line));
  const lengths = content.map((line) => line.text.trim().length);
  const positionInContent = new Map(content.map((line, i) => [line.index, i]));
  const typicalAt: number[] = [];
  const columnAt: number[] = [];
  for (let i = 0; i < content.length; i++) {
    const window = Float64Array.from(lengths.slice(Math.max(0, i - WINDOW), i + WINDOW + 1)).sort();
    const typical = window[window.length >> 1] || 1;
    const limit = typical * OVERLONG;
    let kept = window.length;
    while (kept > 0 && window[kept - 1]! > limit) kept--;
    typicalAt.push(typical);
    columnAt.push(kept === 0 ? typical : window[Math.min(kept - 1, Math.floor(kept * COLUMN_PERCENTILE))]!);
  }
  let nearest = 0;
  const typical: number[] = [];
  const column: number[] = [];
  for (const line of lines) {
    nearest = positionInContent.get(line.index) ?? nearest;
    typical.push(typicalAt[nearest] ?? 1);
    column.push(columnAt[nearest] ?? 1);
  }
  return { typical, column };
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
