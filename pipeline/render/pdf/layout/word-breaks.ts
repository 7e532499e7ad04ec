/**
 * Where a word may be broken across lines: hyphenation points, explicit hyphens and dashes,
 * the joints of URLs, between the characters of Chinese, Japanese and Korean text, and, for
 * words that cannot fit on any line, between any two letters.
 */
import LineBreaker from 'linebreak';
import { isUrlJoint, looksLikeUrl, urlSchemeEnd } from '../../_urls.ts';

export { looksLikeUrl };

/** Positions (0 < p < word.length) where a hyphen may be inserted, from Liang's patterns. */
export type Hyphenator = (word: string) => readonly number[];

export interface WordBreak {
  /** Break after this many UTF-16 code units of the word. */
  offset: number;
  kind: 'plain' | 'hyphen' | 'wordBreak';
  cost: number;
  flagged: boolean;
  /** True when a hyphen is drawn at the end of the line. */
  addsHyphen: boolean;
  /** Between two characters of CJK text, which justified lines space out instead of words. */
  interCharacter?: boolean;
}

export interface WordBreakOptions {
  hyphenate: Hyphenator;
  /** Letters that must stay before and after a hyphenation point. */
  minLeft: number;
  minRight: number;
  hyphenPenalty: number;
  explicitHyphenPenalty: number;
  /** Width of `word.slice(start, end)`, to find parts that fit on no line. */
  widthOf: (start: number, end: number) => number;
  lineWidth: number;
  /** Width of the hyphen that may follow a part at the end of a line. */
  hyphenWidth: number;
}

const LETTERS = /\p{L}+/gu;
const URL_COST = 20;
const LETTER_BREAK_COST = 150;
/** Kerning inside a word moves its parts' widths by far less than a tenth of a line. */
const FITS_WITH_MARGIN = 0.9;

export function findWordBreaks(word: string, options: WordBreakOptions): WordBreak[] {
  const breaks = new Map<number, WordBreak>();
  const add = (wordBreak: WordBreak): void => {
    if (wordBreak.offset <= 0 || wordBreak.offset >= word.length) return;
    const existing = breaks.get(wordBreak.offset);
    if (!existing || existing.cost > wordBreak.cost) breaks.set(wordBreak.offset, wordBreak);
  };
  if (looksLikeUrl(word)) {
    urlBreaks(word).forEach(add);
  } else {
    explicitBreaks(word, options).forEach(add);
    hyphenationBreaks(word, options).forEach(add);
    if (CJK.test(word)) ideographicBreaks(word).forEach(add);
  }
  const sorted = () => (breaks.size === 0 ? [] : [...breaks.values()].sort((a, b) => a.offset - b.offset));
  const known = sorted();
  const overlong = letterBreaksForOverlongParts(word, known, options);
  if (overlong.length === 0) return known;
  overlong.forEach(add);
  return sorted();
}

/**
 * After slashes and before dots and the other joints, where the reader sees the URL go on;
 * failing those, between any two letters, at a higher cost, rather than leave a line loose.
 */
function urlBreaks(word: string): WordBreak[] {
  const result: WordBreak[] = [];
  for (let i = Math.max(1, urlSchemeEnd(word)); i < word.length; i += 1) {
    const cost = isUrlJoint(word, i) ? URL_COST : LETTER_BREAK_COST;
    if (!isLowSurrogate(word.charCodeAt(i))) result.push({ offset: i, kind: 'wordBreak', cost, flagged: false, addsHyphen: false });
  }
  return result;
}

/** After a hyphen or a dash that joins two words: the break needs no added hyphen. */
function explicitBreaks(word: string, options: WordBreakOptions): WordBreak[] {
  const result: WordBreak[] = [];
  for (let i = 1; i < word.length - 1; i += 1) {
    const code = word.charCodeAt(i);
    // Most characters are neither a hyphen nor a dash: nothing else is looked at for them.
    if (code !== HYPHEN_MINUS && code !== EN_DASH && code !== EM_DASH) continue;
    if (code === HYPHEN_MINUS) {
      if (LETTER.test(word[i - 1]!) && LETTER_OR_DIGIT.test(word[i + 1]!)) {
        result.push({ offset: i + 1, kind: 'plain', cost: options.explicitHyphenPenalty, flagged: true, addsHyphen: false });
      }
    } else {
      result.push({ offset: i + 1, kind: 'plain', cost: 0, flagged: false, addsHyphen: false });
    }
  }
  return result;
}

const HYPHEN_MINUS = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hyphenationBreaks(word: string, options: WordBreakOptions): WordBreak[] {
  const result: WordBreak[] = [];
  // A word of ASCII letters, as most are, is its one run of letters: no pattern is run for it.
  const runs = isAsciiLetters(word) ? [{ 0: word, index: 0 }] : word.matchAll(LETTERS);
  for (const match of runs) {
    const letters = match[0];
    if (letters.length < options.minLeft + options.minRight || isAcronym(letters)) continue;
    for (const position of options.hyphenate(letters)) {
      if (position < options.minLeft || letters.length - position < options.minRight) continue;
      result.push({
        offset: match.index + position,
        kind: 'hyphen',
        cost: options.hyphenPenalty,
        flagged: true,
        addsHyphen: true,
      });
    }
  }
  return result;
}

function isAsciiLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Ideographs, kana, Hangul, and the CJK punctuation and full-width forms around them. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;

/**
 * CJK text breaks between characters, where UAX #14 allows (the `linebreak` package): never
 * before a closing mark (。、」）), never after an opening one (「（), the rules of kinsoku.
 * A break touching a CJK character costs nothing; a break the algorithm finds elsewhere in
 * the word (between Latin letters and a bracket) is left to the other rules.
 */
function ideographicBreaks(word: string): WordBreak[] {
  const result: WordBreak[] = [];
  const breaker = new LineBreaker(word);
  for (let found = breaker.nextBreak(); found !== null; found = breaker.nextBreak()) {
    const at = found.position;
    if (at <= 0 || at >= word.length) continue;
    if (!CJK.test(word.slice(Math.max(0, at - 2), at)) && !CJK.test(word.slice(at, at + 2))) continue;
    result.push({ offset: at, kind: 'plain', cost: 0, flagged: false, addsHyphen: false, interCharacter: true });
  }
  return result;
}

function isAcronym(letters: string): boolean {
  // A lower-case ASCII letter is changed by upper-casing: no need to build the upper case.
  for (let i = 0; i < letters.length; i += 1) {
    const code = letters.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  return letters === letters.toUpperCase();
}

/**
 * A part of a word that is wider than the line, even after the breaks found so far, gets a
 * break opportunity between every two characters, so no line ever has to overflow.
 */
function letterBreaksForOverlongParts(word: string, known: WordBreak[], options: WordBreakOptions): WordBreak[] {
  const result: WordBreak[] = [];
  // A part is never wider than its whole word give or take a kern, and almost every word fits
  // on a line with room to spare: then no part needs measuring on its own.
  if (options.widthOf(0, word.length) + options.hyphenWidth <= options.lineWidth * FITS_WITH_MARGIN) return result;
  const bounds = [0, ...known.map((b) => b.offset), word.length];
  for (let k = 0; k + 1 < bounds.length; k += 1) {
    const start = bounds[k]!;
    const end = bounds[k + 1]!;
    if (options.widthOf(start, end) + options.hyphenWidth <= options.lineWidth) continue;
    for (let i = start + 1; i < end; i += 1) {
      if (isLowSurrogate(word.charCodeAt(i))) continue;
      result.push({ offset: i, kind: 'wordBreak', cost: LETTER_BREAK_COST, flagged: false, addsHyphen: false });
    }
  }
  return result;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
