/**
 * Character tests answered from character codes. The helpers of the passes run over every word
 * or line of every pass; a table lookup per character costs far less than a regular expression
 * or a case-mapped copy per string, and the extracted texts are mostly ASCII. Each helper gives
 * exactly the answer of the expression it stands for (named in its comment).
 */

/** Kinds of character: white space (`\s`), letter (`\p{L}`), number (`\p{N}`), anything else. */
const SPACE = 1;
export const LETTER = 2;
export const NUMBER = 3;
const OTHER = 4;

/** Kind of each UTF-16 code unit, filled in as characters are met (0: not yet). */
const KINDS = new Uint8Array(0x10000);

/** The kind of a character outside the surrogates (callers leave those to regular expressions). */
export function kindOf(code: number): number {
  let kind = KINDS[code]!;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = /\s/.test(ch) ? SPACE : /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : OTHER;
    KINDS[code] = kind;
  }
  return kind;
}

export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** `\s` for one UTF-16 code unit (as a pattern without the u flag reads it). */
export function isWhiteSpace(code: number): boolean {
  return !isSurrogate(code) && kindOf(code) === SPACE;
}

/** Lower case of each UTF-16 code unit, and whether that is one code unit whatever stands around it (0: not yet known). */
const LOWER = new Uint16Array(0x10000);
const LOWER_STATE = new Uint8Array(0x10000);
const SIMPLE = 1;
const NOT_SIMPLE = 2;

/**
 * The lower case of a character as `toLowerCase` makes it inside any string, or -1 where that
 * takes more than one code unit ("İ") or depends on the neighbours (final sigma), and surrogates.
 */
export function lowerCodeOf(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let state = LOWER_STATE[code]!;
  if (state === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    state = lower.length === 1 && code !== 0x3a3 && !isSurrogate(code) ? SIMPLE : NOT_SIMPLE;
    LOWER[code] = lower.charCodeAt(0);
    LOWER_STATE[code] = state;
  }
  return state === SIMPLE ? LOWER[code]! : -1;
}

/** `text.toLowerCase()`, without a trip to the full Unicode mapping for text in plain ASCII. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return text.toLowerCase();
  }
  return text;
}

/** `word === word.toUpperCase()`, without building the upper-case copy where the word is ASCII. */
export function isUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return word === word.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/** `/^\p{Lu}\p{Ll}/u.test(word)`. */
export function startsCapitalised(word: string): boolean {
  if (word.length < 2) return false;
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(word);
}

/** `/^\p{Lu}/u.test(word)`. */
export function startsUpperCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word);
}
