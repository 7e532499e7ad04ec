import { DATE_LINE, SENTENCE_END, isBlank, median, type Line } from '../_lines.ts';

/** PDF extractions: hard-wrapped lines whose widths differ from column to column. */

/** Lines on either side that make up a line's neighbourhood when judging its length. */
const WINDOW = 12;

/**
 * The typical length of a full line around each line: the median of its neighbours'
 * lengths. Columns differ in width across a document, so one global figure would not do.
 */
export function localLineLengths(lines: readonly Line[], ignore: (line: Line) => boolean = () => false): number[] {
  const content = lines.filter((line) => !isBlank(line) && !ignore(line));
  const positionInContent = new Map(content.map((line, i) => [line.index, i]));
  let nearest = 0;
  return lines.map((line) => {
    nearest = positionInContent.get(line.index) ?? nearest;
    const window = content.slice(Math.max(0, nearest - WINDOW), nearest + WINDOW + 1);
    return median(window.map((l) => l.text.trim().length)) || 1;
  });
}

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
export const NUMBERED_HEADING = /^\s*\d{1,2}\\?\.\s+\S/;

export function isDateline(text: string): boolean {
  return DATE_LINE.test(text);
}

/** A line the heading pass already turned into Markdown: a heading or an italic dateline. */
export function isMarkedBlock(text: string): boolean {
  const trimmed = text.trim();
  return /^#{2,6} /.test(trimmed) || /^\*[^*\s].*[^\\]\*$|^\*[^*\s]\*$/.test(trimmed);
}

export function firstWord(text: string): string {
  return /\p{L}+/u.exec(text)?.[0] ?? '';
}

export function lastWord(text: string): string {
  return /(\p{L}+)[^\p{L}]*$/u.exec(text)?.[1] ?? '';
}
