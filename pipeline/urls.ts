/**
 * Addresses in running text that a reader copies as typed: URLs, e-mail addresses, file paths
 * and names, version numbers, command-line options. The typography pass (parse/typography.ts) leaves these spans as
 * written (a hyphen made an en dash, a straight quote curled or three full stops made an
 * ellipsis inside one changes the address), and the renderers (render/_urls.ts) know a URL by
 * the same opening.
 */

/** How a URL opens: a scheme with `//`, `www.`, or `mailto:`. */
export const URL_OPENING = /(?:https?:\/\/|ftp:\/\/|www\.|mailto:)/i;

/** Characters that end any span: space, a node boundary (U+0000), an inline object (U+FFFC), angle brackets. */
const STOP = '\\s\\u0000\\uFFFC<>';
/**
 * A URL: its opening, then anything up to a space or a mark of typeset prose (a dash, a curly
 * quote, an ellipsis character), which no address holds as typed; what ends it is trimmed after
 * (see `trimEnd`).
 */
const URL = `(?<![\\p{L}\\p{N}])${URL_OPENING.source}[^${STOP}—“”‘’«»…]+`;
/** Characters of an e-mail address's local part and domain; an apostrophe only between them (o'brien@…). */
const EMAIL = `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}_%+-]+(?:['.][\\p{L}\\p{N}_%+-]+)*@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+`;
/** A segment of a path or file name (no quote, no bracket: those are the sentence's). */
const SEGMENT = `[\\p{L}\\p{N}_.~%+@=-]+`;
/** A path anchored at the root, the home folder or here (`/etc/x`, `~/a`, `./b`, `../c`), or relative with two slashes (`a/b/c`), or a Windows path. */
const PATH = [
  `(?<![^\\s([{\\u0000\\uFFFC"'‘“])(?:~|\\.\\.?)(?:/${SEGMENT})+/?`,
  `(?<![^\\s([{\\u0000\\uFFFC"'‘“])(?:/${SEGMENT}){2,}/?`,
  `(?<![\\p{L}\\p{N}_.~%+@=/-])${SEGMENT}(?:/${SEGMENT}){2,}/?`,
  `(?<![\\p{L}\\p{N}])[A-Za-z]:\\\\[^${STOP}"'|?*]*`,
].join('|');
/** A file name: a name, a full stop and a short lower-case extension (minutes-1911-1912.pdf, setup.tar.gz). */
const FILE_NAME = `(?<![\\p{L}\\p{N}_.~%+@=/-])[\\p{L}\\p{N}_~+-]+(?:\\.[\\p{L}\\p{N}_~+-]+)*\\.[a-z][a-z0-9]{0,4}(?![\\p{L}\\p{N}])`;
/** A version number with three parts or a `v` (v1.2, 5.15.0-1034, 2.0.1-beta.3). */
const VERSION = `(?<![\\p{L}\\p{N}.])(?:v\\d+(?:\\.\\d+)+|\\d+(?:\\.\\d+){2,})(?:[-+][\\p{L}\\p{N}]+(?:[.-][\\p{L}\\p{N}]+)*)?(?![\\p{L}\\p{N}])`;

/**
 * A long command-line option as a word of its own (`--no-cache`, `--out=dist`): two hyphens at a
 * word's start, then a lower-case name of two or more parts or with a value. A double hyphen
 * between words (`lies--and`) or before one word (`wait --then`) is a dash, and stays the
 * typography's to set: an option of one part (`--help`) cannot be told from that.
 */
const OPTION = `(?<![^\\s([{\\u0000\\uFFFC"'‘“])--[a-z][a-z0-9]*(?:(?:-[a-z0-9]+)+(?:=[^${STOP}"'’”]*)?|=[^${STOP}"'’”]+)`;

const SPANS = new RegExp([URL, EMAIL, PATH, FILE_NAME, VERSION, OPTION].map((source) => `(?:${source})`).join('|'), 'giu');

const EMAIL_WORD = new RegExp(`^\\p{P}*${EMAIL}\\p{P}*$`, 'u');
const AT_START = new RegExp(`^(?:${[URL, EMAIL, PATH, FILE_NAME, VERSION, OPTION].map((source) => `(?:${source})`).join('|')})`, 'iu');

/** Whether `word` (a run of text between spaces) is an e-mail address, with the sentence's punctuation around it. */
export function isEmailAddress(word: string): boolean {
  return word.includes('@') && EMAIL_WORD.test(word);
}

/** The length of the address that opens `text`, 0 when none does. */
export function addressEnd(text: string): number {
  const match = AT_START.exec(text);
  return match ? trimEnd(match[0]) : 0;
}

/**
 * What every span holds at least one of: a slash, an at sign, a backslash, a full stop before
 * a letter or digit (`www.`, `.pdf`, `1.2`), or two hyphens before a lower-case letter (`--out`).
 * A full stop that ends a sentence is none of them.
 */
const TRIGGER = /[/@\\]|\.[\p{L}\p{N}]|--(?=[a-z])/gu;

/** Characters no span crosses: space, a node boundary (U+0000), an inline object (U+FFFC). */
function isStop(c: string): boolean {
  return c === ' ' || c === '\u0000' || c === '\uFFFC' || /\s/.test(c);
}

/**
 * The spans of `text` to keep as written, as [start, end) offsets, in order, not overlapping.
 * The patterns run only on the words (runs between spaces) that hold a trigger character: in
 * prose that is a few words a paragraph, and no span runs past a space. Each pattern's look
 * behind reads a space and the start of a word alike.
 */
export function verbatimSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let trigger = TRIGGER.exec(text); trigger; trigger = TRIGGER.exec(text)) {
    let start = trigger.index;
    while (start > 0 && !isStop(text[start - 1]!)) start -= 1;
    let end = trigger.index + 1;
    while (end < text.length && !isStop(text[end]!)) end += 1;
    for (const match of text.slice(start, end).matchAll(SPANS)) {
      const length = trimEnd(match[0]);
      // A span of one or two characters is no address (a full stop before a word).
      if (length > 2) spans.push([start + match.index, start + match.index + length]);
    }
    TRIGGER.lastIndex = end;
  }
  return spans;
}

/** Punctuation that ends a sentence or clause, never an address. */
const TRAILING = /[.,;:!?…’”»›]$/u;
/** Closing marks kept at an address's end only when the address opens them too (`…/Foo_(bar)`, `?q='x'`). */
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', "'": "'", '"': '"' };

/** The length of `span` without the sentence's punctuation after it. */
function trimEnd(span: string): number {
  let end = span.length;
  for (;;) {
    const last = span[end - 1]!;
    if (TRAILING.test(last)) end -= 1;
    else if (last in PAIRS && !opens(span.slice(0, end - 1), last)) end -= 1;
    else return end;
    if (end === 0) return 0;
  }
}

/** Whether `body` leaves a `close` mark open (a bracket's opener, or an odd number of quotes). */
function opens(body: string, close: string): boolean {
  const open = PAIRS[close]!;
  let depth = 0;
  for (const c of body) {
    if (open === close) {
      if (c === open) depth = depth === 0 ? 1 : 0;
    } else if (c === open) depth += 1;
    else if (c === close && depth > 0) depth -= 1;
  }
  return depth > 0;
}
