import { LETTER, NUMBER, kindOf, lowerCodeOf } from './_chars.ts';

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

/** A run without white space, for wordCount. */
const RUN = /\S+/g;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Words with a letter or a number in them, between white space, counted without splitting the
 * text into an array first. Passes ask for every line. (A single pattern for "a run with a
 * letter in it" backtracks over every start of a long run of punctuation: quadratic.)
 */
export function wordCount(text: string): number {
  let count = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) if (LETTER_OR_NUMBER.test(m[0])) count++;
  return count;
}

/** Ends like a sentence: final stop, possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’)\]*_]*\s*$/u;

/**
 * A lettered item of rules or a list: a small letter in brackets, then a word in lower case
 * ("(c) at any other time …"). Case-sensitive, so "(c) Getty Images", "(C) 2019" stay "(c)" for ©.
 */
export const LETTERED_ITEM = /^\s*\([a-z]\)\s+[a-z]/u;

export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A day and its month, either way round ("5th April", "April 9th"): regex source, no year. */
export const DAY_AND_MONTH_SOURCE = `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?`;
/** A full date, the day or the month first ("14 March 1936", "March 14, 1936"): regex source. */
export const FULL_DATE_SOURCE = `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\s+\\d{4}\\b|\\b(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`;
const MONTHS = MONTH_NAMES;
/** "7 March 2003", "March 7, 2003", "January 1990", "2003-03-07". */
export const DATE_LINE = new RegExp(
  `^\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)\\s*$`,
  'i',
);

/** A place and a date after a comma, closing the line: "Cairo, 14 November 1923", "Recorded in Leeds, June 1978". */
export const PLACE_AND_DATE_LINE = new RegExp(
  `^\\s*["“‘']?\\p{Lu}[^.;:!?]*,\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}\\s*$`,
  'iu',
);

/** Scratch space for normaliseForComparison: the output is written as character codes, then made a string once. */
let scratch = new Uint16Array(256);
/** String.fromCharCode takes its codes as arguments: longer texts are converted in pieces. */
const MAX_CODES_PER_CALL = 8192;

function stringOfCodes(codes: Uint16Array, length: number): string {
  if (length <= MAX_CODES_PER_CALL) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let at = 0; at < length; at += MAX_CODES_PER_CALL) {
    out += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + MAX_CODES_PER_CALL)) as unknown as number[]);
  }
  return out;
}

/**
 * Lower-cases and strips punctuation so "Socialism didn't fail" matches "Socialism didn’t fail!".
 * Without `keepDigits`, ASCII digits go with the punctuation (as if each run of them were "#").
 * Passes call it for every line of a text, so it makes one sweep over the character codes, each
 * lower-cased where it stands and kept or turned into a space, where the patterns below would
 * make three copies; they still serve the rare text where lower-casing a character depends on
 * more than that character (a final sigma, a dotted capital I).
 */
export function normaliseForComparison(text: string, keepDigits = true): string {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  const asciiKept = keepDigits ? ASCII_KEPT : ASCII_KEPT_BUT_DIGITS;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (asciiKept[code] === 0) {
        gap = true;
        continue;
      }
      if (code === 96) code = 39;
      else if (code >= 65 && code <= 90) code += 32;
    } else {
      code = lowerCodeOf(code);
      if (code === -1) return normaliseWithPatterns(keepDigits ? text.toLowerCase() : text.replace(/\d+/g, '#').toLowerCase());
      if (code === 0x2019 || code === 0x2018) code = 39;
      else if (code >= 128 ? !isLetterOrNumber(code) : asciiKept[code] === 0) {
        gap = true;
        continue;
      }
    }
    if (gap && length > 0) scratch[length++] = 32;
    gap = false;
    scratch[length++] = code;
  }
  return stringOfCodes(scratch, length);
}

/** ASCII characters normaliseForComparison keeps: letters, digits (or not), apostrophes (the backquote becomes one). */
const ASCII_KEPT = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9'`]/.test(String.fromCharCode(code)) ? 1 : 0));
const ASCII_KEPT_BUT_DIGITS = ASCII_KEPT.map((kept, code) => (code >= 48 && code <= 57 ? 0 : kept));

function isLetterOrNumber(code: number): boolean {
  const kind = kindOf(code);
  return kind === LETTER || kind === NUMBER;
}

function normaliseWithPatterns(lower: string): string {
  return lower
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
