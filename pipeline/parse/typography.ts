import type { Root, Text, Parent, RootContent } from 'mdast';
import { frenchDashes, localizeQuotes, spacesPunctuation } from './_quotes.ts';
import { URL_OPENING, verbatimSpans } from '../urls.ts';

/**
 * Typography to Standard Ebooks' standard, on mdast text nodes (never on serialized markup):
 * curly quotes and apostrophes (elisions such as ’90s included), unspaced em dashes,
 * en dashes in number ranges, ellipses, and no-break spaces where a line must not break.
 *
 * Quotes are decided from the characters on both sides, which may sit in neighbouring
 * text nodes (`"*word*"`), so each block's text nodes are processed as one run. With a
 * `language`, they are then set in that language's marks and spacing (see _quotes.ts).
 */
export function typographyPlugin(options: { language?: string } = {}) {
  return (tree: Root): void => {
    for (const run of textRuns(tree)) applyToRun(run, options.language);
  };
}

const NBSP = '\u00A0';
/** Block containers whose inline content forms one run of text. */
const RUN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes whose text must stay as written. */
const VERBATIM = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath']);

function textRuns(tree: Root): Text[][] {
  const runs: Text[][] = [];
  const visit = (node: Root | RootContent): void => {
    if (RUN_BLOCKS.has(node.type)) {
      const run: Text[] = [];
      collectTexts(node as Parent, run);
      runs.push(run);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return runs;
}

function collectTexts(node: Parent, into: Text[]): void {
  for (const child of node.children) {
    if (child.type === 'text') into.push(child);
    else if (VERBATIM.has(child.type) || isAddressLink(child)) into.push({ type: 'text', value: '\uFFFC' }); // an opaque object boundary
    else if ('children' in child) collectTexts(child as Parent, into);
  }
}

/** A link whose text is an address, written out whole (`<https://…>`, `[www.x.org/a...](…)`): its text is the address. */
function isAddressLink(node: RootContent): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]!.type !== 'text') return false;
  const text = node.children[0].value.trim();
  return text === node.url || text === node.url.replace(/^mailto:/i, '') || (!/\s/.test(text) && URL_AT_START.test(text));
}

const URL_AT_START = new RegExp(`^${URL_OPENING.source}`, 'i');

function applyToRun(run: Text[], language: string | undefined): void {
  if (run.length === 0) return;
  // Join with a marker that no rule matches across, then split back into the same nodes.
  const SEP = '\u0000';
  const joined = run.map((t) => t.value).join(SEP);
  const out = smarten(joined, language);
  const parts = out.split(SEP);
  if (parts.length !== run.length) return; // a rule swallowed a boundary: keep the text as written
  run.forEach((node, i) => {
    if (node.value !== '\uFFFC') node.value = parts[i]!;
  });
}

/**
 * Exported for tests: the string-level rules, applied to one block's text. Each rule first
 * checks for a character its pattern cannot match without: most blocks of prose have no
 * straight quote or double hyphen, and the patterns that open on `(\S)` would otherwise
 * try a match at every character.
 */
export function smarten(input: string, language?: string): string {
  const spans = verbatimSpans(input);
  if (spans.length === 0 && !input.includes(HELD)) return smartenProse(input, language);
  // Each address (a URL, an e-mail address, a path, a file name, a version) is held aside as one
  // character that no rule changes, and put back as typed: inside one, a hyphen between years,
  // a straight quote or three full stops are the address's own. The character is no letter and
  // no opening, as an address's first and last characters are to the quotes around it.
  const held: string[] = [];
  let masked = '';
  let from = 0;
  for (const [start, end] of spans) {
    masked += holdOwn(input.slice(from, start), held) + HELD;
    held.push(input.slice(start, end));
    from = end;
  }
  masked += holdOwn(input.slice(from), held);
  const out = smartenProse(masked, language);
  const parts = out.split(HELD);
  if (parts.length !== held.length + 1) return input; // a rule swallowed an address: keep the text as written
  return parts.reduce((text, part, i) => text + held[i - 1]! + part);
}

/** The placeholder for an address held aside: a noncharacter, never in a book's text by rights. */
const HELD = '\uFDD0';

/** `text` with the placeholder character it holds itself held aside too, so that it comes back as it was. */
function holdOwn(text: string, held: string[]): string {
  if (!text.includes(HELD)) return text;
  for (const c of text) if (c === HELD) held.push(HELD);
  return text;
}

/** The rules, on text whose addresses are held aside. */
function smartenProse(input: string, language?: string): string {
  let s = input;
  s = s.replace(/\.\s?\.\s?\./g, '…');
  // Dashes used as punctuation: spaced hyphen, spaced en or em dash, double hyphen → unspaced em
  // dash; French sets them spaced instead (its spaces are decided with the quotes').
  if (spacesPunctuation(language)) s = frenchDashes(s);
  else {
    if (s.includes('--')) s = s.replace(/(\S)[ \t]*---?[ \t]*(?=\S)/g, (m, before: string) => (m.includes('--') ? `${before}—` : m));
    if (SPACED_DASH.test(s)) s = s.replace(/(\S) +[-–—] +(?=\S)/g, '$1—');
    if (s.includes('—')) s = s.replace(/(\S)—[ \t]+(?=\S)/g, '$1—').replace(/(\S)[ \t]+—(?=\S)/g, '$1—');
  }
  // Number ranges: 1918-21, 1936–38, pages 10-12.
  if (s.includes('-')) {
    s = s.replace(/(?<!\d[-–])\b(\d{1,4})-(\d{1,4})\b(?!-)/g, (m, a: string, b: string) => (isNumberRange(a, b) ? `${a}–${b}` : m));
  }
  // Feet and inches, minutes and seconds (5'10", 45°30'15"): primes, not quotes. A lone 6' or
  // 12" may close a quotation, so only the pair is read as measures.
  if (s.includes("'") && s.includes('"')) s = s.replace(/(\d)'([ \u00A0]?\d{1,2}(?:\.\d+)?)"/g, '$1′$2″');
  // The elided "and" between two words (rock 'n' roll): two apostrophes, not a quoted n.
  if (/n['’]/.test(s)) s = s.replace(/(\p{L}[ \u00A0])['‘]n['’](?=[ \u00A0]\p{L})/gu, '$1’n’');
  if (QUOTE.test(s)) s = smartQuotes(s);
  // No-break space after honorifics and initials, and before a number's unit of percent.
  s = s.replace(/\b(Mr|Mrs|Ms|Dr|St|Prof)\. (?=[A-Z])/g, `$1.${NBSP}`);
  if (s.includes('%') || s.includes('per cent')) s = s.replace(/(\d) (%|per cent)/g, `$1${NBSP}$2`);
  return language ? localizeQuotes(s, language) : s;
}

/**
 * Whether `a-b` is a range (1918-21, 1911-1912, pages 1020-1045, 1999-00): it must end after it
 * starts, its end read as the last digits of a number like its start. Not a range: a year and a
 * month as ISO 8601 writes them (2024-01), a number with a leading zero (0161-1234), a pair that
 * ends before it starts (a phone number's 7946-0958) or one link of a longer chain (ISBNs).
 */
export function isNumberRange(a: string, b: string): boolean {
  if (a.length !== 4 || a.startsWith('0')) return false;
  const start = Number(a);
  const end = Number(a.slice(0, 4 - b.length) + b);
  if (end > start) return true;
  const month = b.length === 2 && b >= '01' && b <= '12';
  return b.length === 2 && !month && end + 100 > start; // across a century: 1999-00
}

/** A dash with spaces on both sides, which the spaced-dash rule needs. */
const SPACED_DASH = / [-–—] /;
/** The characters smartQuotes changes. */
const QUOTE = /['"‘]/;

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/u;
/** Words that begin with an elision apostrophe. */
const ELISIONS = /^(tis|twas|em|n|cause|til|bout|round|s)\b/i;

/** The characters smartQuotes decides on. */
const QUOTES = /['"‘]/g;

/**
 * Straight quotes (and a left quote before a decade) made typographic, from the characters
 * on both sides. Only the quotes are visited: a block of prose is long, its quotes are few.
 * Characters are counted in code points, as the rules were written, and the neighbours of a
 * quote are read from the text as given: a quote already decided on is neither a letter nor
 * an opening context, whichever way it was decided.
 */
function smartQuotes(s: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const match of s.matchAll(QUOTES)) {
    const i = match.index;
    const decided = quoteAt(s, i);
    if (decided === s[i]) continue;
    parts.push(s.slice(from, i), decided);
    from = i + 1;
  }
  if (from === 0) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

function quoteAt(s: string, i: number): string {
  const c = s[i]!;
  const prev = neighbourBefore(s, i);
  const next = neighbourAfter(s, i);
  const atOpening = OPENING_CONTEXT.test(prev);
  if (c === '"') return atOpening && !/\s/.test(next) ? '“' : '”';
  // A left quote before a decade is an elision typed the wrong way round: ‘20s → ’20s.
  if (c === '‘') return /\d/.test(next) && /^\d\ds\b/.test(codePointsAfter(s, i, 4)) ? '’' : c;
  // Straight single quote.
  if (LETTER.test(prev) && LETTER.test(next)) return '’'; // don't, workers's
  if (atOpening && /\d/.test(next) && /^\d\ds\b/.test(codePointsAfter(s, i, 4))) return '’'; // ’90s
  if (atOpening && ELISIONS.test(codePointsAfter(s, i, 7)) && !hasClosingSingle(s, i)) return '’';
  if (atOpening && !/\s/.test(next)) return '‘';
  return '’';
}

/** The character before `i`, looking through node boundaries (U+0000); a space before the start. */
function neighbourBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && s[j - 1] === '\u0000') j--;
  return j === 0 ? ' ' : codePointEndingAt(s, j);
}

/** The character after `i`, looking through node boundaries (U+0000); a space after the end. */
function neighbourAfter(s: string, i: number): string {
  let j = i + 1;
  while (j < s.length && s[j] === '\u0000') j++;
  return j === s.length ? ' ' : codePointAt(s, j);
}

/** Up to `count` code points after `i`. */
function codePointsAfter(s: string, i: number, count: number): string {
  let end = i + 1;
  for (let n = 0; n < count && end < s.length; n++) end += codePointAt(s, end).length;
  return s.slice(i + 1, end);
}

/** Whether an opening single quote at `i` is closed later in the same run (then it is a quote, not an elision). */
function hasClosingSingle(s: string, i: number): boolean {
  for (let j = i + 1; j < s.length; j++) {
    if ((s[j] === "'" || s[j] === '’') && !LETTER.test(j + 1 < s.length ? codePointAt(s, j + 1) : ' ')) return true;
  }
  return false;
}

/** The code point that starts at `i`: a surrogate pair, or one code unit (a lone surrogate too). */
function codePointAt(s: string, i: number): string {
  return isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1)) ? s.slice(i, i + 2) : s[i]!;
}

/** The code point that ends just before `end`. */
function codePointEndingAt(s: string, end: number): string {
  return end >= 2 && isLowSurrogate(s.charCodeAt(end - 1)) && isHighSurrogate(s.charCodeAt(end - 2)) ? s.slice(end - 2, end) : s[end - 1]!;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
