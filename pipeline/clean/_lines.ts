/** One line of a text, by offsets; `end` excludes the newline. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

export function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim() === '';
}

/** End offset of a line plus the blank lines after it: removing [line.start, this) removes the line cleanly. */
export function endWithFollowingBlanks(lines: readonly Line[], index: number, textLength: number): number {
  let next = index + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  return next < lines.length ? lines[next]!.start : textLength;
}

/** Next non-blank line after `index`, or undefined. */
export function nextContentLine(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

export function previousContentLine(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

/** Ends like a sentence: final stop, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’)\]*_]*\s*$/u;

export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS = MONTH_NAMES;
/** "7 March 2003", "March 7, 2003", "January 1990", "2003-03-07". */
export const DATE_LINE = new RegExp(
  `^\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)\\s*$`,
  'i',
);

/** Lower-cases and strips punctuation so "Socialism didn't fail" matches "Socialism didn’t fail!". */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Median of the numbers; 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1]!;
}

/** Runs of non-blank lines: paragraphs in a web page's text. */
export function splitBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}
