import { LETTER, isSurrogate, kindOf } from '../_chars.ts';
import { continuesNameList } from '../_evidence.ts';
import { DATE_LINE, MONTH_NAMES, SENTENCE_END, isBlank, nextContentLine, previousContentLine, wordCount, type Line } from '../_lines.ts';

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
  const lengths = new Float64Array(content.length);
  const typeWidths = new Float64Array(typeset ? content.length : 0);
  content.forEach((line, i) => {
    const trimmed = line.text.trim();
    lengths[i] = trimmed.length;
    if (typeset) typeWidths[i] = typeWidth(trimmed);
  });
  const typicalAt = new Float64Array(content.length);
  const columnAt = new Float64Array(content.length);
  const typeColumnAt = new Float64Array(content.length);
  const lengthWindow = new SlidingWindow(lengths);
  const typeWindow = typeset ? new SlidingWindow(typeWidths) : undefined;
  const sections = sectionBounds(lines, content);
  for (let i = 0; i < content.length; i++) {
    const lo = Math.max(sections.from[i]!, i - WINDOW);
    const hi = Math.min(sections.to[i]!, i + WINDOW + 1);
    const window = lengthWindow.moveTo(lo, hi);
    typicalAt[i] = window[(hi - lo) >> 1] || 1;
    columnAt[i] = columnOf(window, hi - lo);
    if (typeWindow) typeColumnAt[i] = columnOf(typeWindow.moveTo(lo, hi), hi - lo);
  }
  // Blank and ignored lines take the measures of the nearest content line above (the first one's, at the top).
  let nearest = 0;
  let k = 0;
  const typical: number[] = [];
  const column: number[] = [];
  const typeColumn: number[] = [];
  for (const line of lines) {
    if (k < content.length && content[k] === line) nearest = k++;
    const measured = nearest < content.length;
    typical.push(measured ? typicalAt[nearest]! : 1);
    column.push(measured ? columnAt[nearest]! : 1);
    typeColumn.push(measured && typeset ? typeColumnAt[nearest]! : 1);
  }
  return { typical, column, typeColumn };
}

/**
 * The values of a range of a series, kept sorted while the range slides along: moving it by a
 * line costs one removal and one insertion, not a copy and a sort of the whole neighbourhood.
 */
class SlidingWindow {
  private readonly sorted = new Float64Array(2 * WINDOW + 1);
  private size = 0;
  private lo = 0;
  private hi = 0;

  constructor(private readonly values: Float64Array) {}

  /** The values of [lo, hi) in ascending order; the first hi - lo entries of the array are valid. */
  moveTo(lo: number, hi: number): Float64Array {
    if (lo < this.lo || hi < this.hi || lo > this.hi) {
      this.size = 0;
      this.lo = this.hi = lo;
    }
    for (; this.lo < lo; this.lo++) this.remove(this.values[this.lo]!);
    for (; this.hi < hi; this.hi++) this.insert(this.values[this.hi]!);
    return this.sorted;
  }

  private insert(value: number): void {
    let at = this.size++;
    while (at > 0 && this.sorted[at - 1]! > value) {
      this.sorted[at] = this.sorted[at - 1]!;
      at--;
    }
    this.sorted[at] = value;
  }

  private remove(value: number): void {
    let at = 0;
    while (this.sorted[at] !== value) at++;
    this.size--;
    this.sorted.copyWithin(at, at + 1, this.size + 1);
  }
}

/** Fewer lines than this under a heading say too little about the column: the neighbourhood then reaches past the heading. */
const MIN_SECTION_LINES = 8;

/**
 * For each content line, the range of content lines its neighbourhood may draw on: the
 * section between two Markdown headings, since a new section often starts a new layout
 * (another column width, another page design). A short section borrows from its neighbours.
 */
function sectionBounds(lines: readonly Line[], content: readonly Line[]): { from: Int32Array; to: Int32Array } {
  const cuts: number[] = [0];
  let k = 0;
  for (const line of lines) {
    if (k < content.length && content[k] === line) k++;
    else if (/^#{2,6} /.test(line.text)) cuts.push(k);
  }
  cuts.push(content.length);
  const from = new Int32Array(content.length);
  const to = new Int32Array(content.length);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [start, end] = [cuts[c]!, cuts[c + 1]!];
    const whole = end - start < MIN_SECTION_LINES;
    from.fill(whole ? 0 : start, start, end);
    to.fill(whole ? content.length : end, start, end);
  }
  return { from, to };
}

/** Nearly the longest of a sorted neighbourhood (its first `size` values), leaving out lines run together. */
function columnOf(sorted: Float64Array, size: number): number {
  const typical = sorted[size >> 1] || 1;
  let kept = size;
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

/** ADVANCE by character code (all its characters lie below U+2020), for a lookup without a string per character. */
const ADVANCE_BY_CODE = (() => {
  const table = new Float64Array(0x2020).fill(DEFAULT_ADVANCE);
  for (const [ch, width] of Object.entries(ADVANCE)) table[ch.charCodeAt(0)] = width;
  return table;
})();

/** Width of a text as set in a book face, in thousandths of an em. Escapes added by the cleaner take no room. */
export function typeWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ADVANCE_BY_CODE.length) width += ADVANCE_BY_CODE[code]!;
    else {
      // A character outside the table, counted once even when it takes two code units.
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
      width += DEFAULT_ADVANCE;
    }
  }
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

/** Lines of the paragraph below a line that its measure is taken over, and the fewest it needs to have one. */
const MEASURE_LINES = 3;
const MIN_MEASURE_LINES = 2;

/**
 * The line is as long as the lines of the paragraph directly under it: the first word of the
 * line below would not have fitted within the longest of them (two at least, one after another),
 * measured in the book face (a proportional face wraps by width, not by characters).
 * A paragraph set on its own measure is measured by its own lines, not by the wider lines around
 * (a paragraph run together on one line above: "… among you" / "A year ago we said goodbye to
 * forty-two young men" / "and women at this same station. We did not know"): a line that fills
 * it did not stop short, and runs on into it, when it is set on that paragraph's indent. A
 * caption is set narrower, or further in.
 */
export function fillsMeasureBelow(lines: readonly Line[], line: Line, next: Line): boolean {
  // A line set in further than the paragraph's lines is set apart from them, however long.
  if (next.index !== line.index + 1 || leadingSpace(line.text) !== leadingSpace(next.text)) return false;
  let measure = 0;
  let count = 0;
  for (let k = next.index; k < next.index + MEASURE_LINES && k < lines.length && !isBlank(lines[k]); k++) {
    measure = Math.max(measure, typeWidth(lines[k]!.text.trim()));
    count++;
  }
  return count >= MIN_MEASURE_LINES && !breakIsChosenInType(line.text, next.text, measure, 1);
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

/**
 * The line opens a wrapped paragraph: a sentence ends inside it and the next begins, the line
 * stops in the middle of that one, and the line directly under it (no blank between) goes on
 * in lower case ("Copyright law was not made for pamphleteers. The Statute of Anne" /
 * "protected booksellers, …"). A notice or a byline under a title is complete on its line
 * (even when the text under it opens in lower case, its drop cap lost).
 */
export function opensWrappedParagraph(lines: readonly Line[], line: Line): boolean {
  const below = lines[line.index + 1];
  if (below === undefined || isBlank(below) || !startsLowercase(below.text)) return false;
  const trimmed = line.text.trim();
  return /\p{Ll}[.!?]["'”’)]?\s+\p{Lu}/u.test(trimmed) && /[\p{L},]$/u.test(trimmed);
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * A section's first word set in small capitals, the text going on in lower case: "MEMBERS will
 * wish", "RANCH secretaries are" (its drop cap lost). Running text opens so; no caption or heading does.
 */
export function opensInSmallCapitals(text: string): boolean {
  return /^\s*["“‘]?\p{Lu}{2,}\s+\p{Ll}+\s+\p{Ll}/u.test(text);
}

/** Letters present and none of them lower-case: "THE RUSSIAN EMPIRE", "“MODEL”". */
export function isAllCaps(text: string, minLetters = 2): boolean {
  // ASCII letters are judged from their codes; any other letter takes the full case mapping.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
    } else if (isSurrogate(code) || kindOf(code) === LETTER) return isAllCapsByCaseMapping(text, minLetters);
  }
  return letters >= minLetters && letters > 0;
}

function isAllCapsByCaseMapping(text: string, minLetters: number): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "1. The risen people", "13\. The collapse" (escaped or not). */
export const NUMBERED_HEADING = /^\s*\d{1,2}\\?\.\s+["“‘']?[\p{Lu}\p{N}]/u;

/** A list item's first line: a bullet, or a number followed by lower-case text ("1. that the machines"). */
export const ITEM_START = /^\s*(?:[•▪●◦]|\d{1,2}\\?[.)]\s+(?=["“‘']?\p{Ll}))/u;

/** A list item's mark opening a line: "(a) ", "(iv) ", "b) ", "(2) ", a bullet or a dash. */
export const LIST_MARK = /^\s*(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])\)|[•▪●◦–—-])\s+\S/u;

export function isDateline(text: string): boolean {
  return DATE_LINE.test(text);
}

/** A line of verse that keeps its break: it ends in a Markdown hard break (an odd run of backslashes). */
export function endsInHardBreak(text: string): boolean {
  // Counted from the end: the pattern `(?<!\\)(?:\\\\)*\\$` would be tried at every offset of the line.
  const trimmed = text.trimEnd();
  let backslashes = 0;
  while (backslashes < trimmed.length && trimmed.charCodeAt(trimmed.length - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
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

/** Most words a caption runs to; a longer line is text. */
export const MAX_CAPTION_WORDS = 14;

/**
 * The shape every caption of a PDF extraction shares: opens with a capital, ends on no
 * punctuation, runs to at most MAX_CAPTION_WORDS words, and is no numbered heading, line in
 * capitals or dateline. Each caption rule adds what its place asks for.
 */
export function hasCaptionShape(text: string, maxWords = MAX_CAPTION_WORDS): boolean {
  const trimmed = text.trim();
  return (
    /^["“‘']?\p{Lu}/u.test(trimmed) &&
    !/[.,;:!?\-–—]$/.test(trimmed) &&
    wordCount(trimmed) <= maxWords &&
    !NUMBERED_HEADING.test(trimmed) &&
    !isAllCaps(trimmed) &&
    !isDateline(trimmed)
  );
}

/** Deepest indent read as a paragraph's first-line indent; a deeper one centres a line or sets a block apart. */
const MAX_PARAGRAPH_INDENT = 8;
/** Lines indented alone that a document needs before its indents are read as its paragraph style. */
const MIN_INDENTED_FIRST_LINES = 2;

/**
 * How deep the document indents the first lines of its paragraphs, or 0 when it does not
 * mark them so. Taken from the whole text: lines indented alone (a flush line ending a
 * sentence above, a flush line below) that share one indent and outnumber the indented
 * blocks (quotations, verse). One such line proves nothing; many are the typesetting's style.
 */
export function paragraphIndent(lines: readonly Line[]): number {
  const alone = new Map<number, number>();
  let inBlocks = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const indent = leadingSpace(line.text);
    if (isBlank(line) || indent < 2 || indent > MAX_PARAGRAPH_INDENT) continue;
    const above = lines[i - 1]!;
    const below = lines[i + 1]!;
    // A one-line paragraph over the next paragraph's indented first line (an interview's "Q: …?" over its
    // "A: …") is two first lines in a row, not a block; and a first line may follow one.
    const oneLineParagraph = endsSentence(line.text) && Math.abs(leadingSpace(below.text) - indent) <= 1;
    const aboveEndsParagraph = !isBlank(above) && endsSentence(above.text) && (leadingSpace(above.text) === 0 || Math.abs(leadingSpace(above.text) - indent) <= 1);
    if (!isBlank(below) && leadingSpace(below.text) >= 2) {
      if (!oneLineParagraph) inBlocks++;
    } else if (aboveEndsParagraph && !isBlank(below) && leadingSpace(below.text) === 0) alone.set(indent, (alone.get(indent) ?? 0) + 1);
  }
  let best = 0;
  let count = 0;
  for (const [indent, n] of alone) if (n > count) [best, count] = [indent, n];
  return count >= MIN_INDENTED_FIRST_LINES && count > inBlocks ? best : 0;
}

/** A line indented as the document indents its paragraphs' first lines (one space either way: extraction rounds). */
export function hasParagraphIndent(text: string, indent: number): boolean {
  return indent > 0 && text.trim() !== '' && leadingSpace(text) >= 2 && Math.abs(leadingSpace(text) - indent) <= 1;
}

/** The content line `step` away (1 below, -1 above), crossing one blank line at most; and whether it crossed one. */
export function neighbour(lines: readonly Line[], index: number, step: 1 | -1): { line: Line; blank: boolean } | undefined {
  const near = lines[index + step];
  if (near === undefined) return undefined;
  if (!isBlank(near)) return { line: near, blank: false };
  const far = lines[index + 2 * step];
  return far === undefined || isBlank(far) ? undefined : { line: far, blank: true };
}

/** Characters at a line's end in which its last word is looked for. */
const RHYME_REACH = 40;

/**
 * The sound a line ends on, as spelling shows it: the last word's last vowels and what follows
 * them, a silent "e" reaching back to the vowel before ("light" → "ight", "shine" → "ine",
 * "bed" → "ed"). Undefined when the line ends on no word.
 */
function rhymeOf(text: string): { word: string; rhyme: string } | undefined {
  const word = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(-RHYME_REACH))?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  const at = word.replace(/(?<=[^aeiouy])es?$/, '').search(/[aeiouy]+[^aeiouy]*$/);
  return at < 0 ? undefined : { word, rhyme: word.slice(at) };
}

/**
 * The lines round a block are a stanza's: the line above opens on a capital, as a verse line
 * does, and it rhymes with the line under the block (two different words ending alike: "…
 * morning light" / "… the boats lie tight"). The short lines between are the stanza's own
 * (a refrain, a short line of the metre), not a caption set into a sentence.
 */
export function rhymesAcross(before: Line, after: Line): boolean {
  if (!/^\s*["“‘']?\p{Lu}/u.test(before.text)) return false;
  const [a, b] = [rhymeOf(before.text), rhymeOf(after.text)];
  return a !== undefined && b !== undefined && a.word !== b.word && a.rhyme.length >= 2 && a.rhyme === b.rhyme;
}

/**
 * A comma list of names runs across the edges of a block set between two lines ("… the Danes, Swedes," /
 * "Norwegians, Finns, Icelanders" / "and Estonians had …"): the block is the sentence's own lines, wrapped where the
 * list was, not a caption set into it (see continuesNameList).
 */
export function namesRunAcross(before: Line | undefined, block: readonly Line[], after: Line | undefined): boolean {
  const first = block[0];
  const last = block[block.length - 1];
  if (first === undefined || last === undefined) return false;
  const [above, below] = [before, after].map((line) => (line === undefined || isBlank(line) ? undefined : line.text));
  return continuesNameList(first.text, above, undefined) || continuesNameList(last.text, undefined, below);
}

/** A wide space between two words (three spaces or more, or a tab): a table's cells, a note set in the margin. */
const WIDE_SPACE_INSIDE = /\S(?: {3,}|\t)\S/;

/** Whether the text holds a wide space between two of its words (not at its edges). */
export function hasWideSpace(text: string): boolean {
  return WIDE_SPACE_INSIDE.test(text);
}

/** A page number in the styles folios are set in: "12", "— 12 —", "page 12", "p. 12", "[12]", "xii". */
const FOLIO = String.raw`(?:[—–-]?\s*\d{1,4}\s*[—–-]?|(?:page|p\.)\s*\d{1,4}|\[\d{1,4}\]|[ivxlc]{1,7})`;

/** A line holding a page number alone: "12", "— 12 —", "page 12", "[12]", "xii". */
export const PAGE_NUMBER_LINE = new RegExp(`^\\s*${FOLIO}\\s*$`, 'i');

/** A page number at the start of a line, a wide space (three spaces or more, or a tab) after it, then words: "xii      THE MILLS". */
const FOLIO_AT_START = new RegExp(`^${FOLIO}(?: {3,}|\\t)(?=\\S)`, 'i');
/** Words, a wide space, then a page number ending the line: "The Mills      — 13 —". */
const FOLIO_AT_END = new RegExp(`(?<=\\S)(?: {3,}|\\t)${FOLIO}$`, 'i');
/** Longest line searched for a page number at its edge: a running head is short. */
const MAX_HEAD_LENGTH = 160;

/**
 * A running head's words when a page number is set on its line at either edge, a wide space
 * between ("12      THE MILLS", "The Mills      xiii", "— 14 —      Helen Marsh"), as books set
 * the folio at the page's outer edge; undefined when the line has no page number so placed.
 */
export function withoutEdgeFolio(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_HEAD_LENGTH) return undefined;
  const start = FOLIO_AT_START.exec(trimmed);
  if (start) return trimmed.slice(start[0].length).trim();
  const end = FOLIO_AT_END.exec(trimmed);
  return end ? trimmed.slice(0, end.index).trim() : undefined;
}

/** Whether `line` holds a page number alone. */
export function isPageNumberLine(line: Line | undefined): line is Line {
  return line !== undefined && !isBlank(line) && PAGE_NUMBER_LINE.test(line.text);
}

/** Whether the line directly above or below the one at `index` holds a page number alone: a page's edge. */
export function besidePageNumber(lines: readonly Line[], index: number): boolean {
  return isPageNumberLine(lines[index - 1]) || isPageNumberLine(lines[index + 1]);
}

/**
 * Whether a sentence goes on past the line at `index`: the content line before it ends neither a
 * sentence nor a clause (colon, semicolon), and the one after goes on in lower case. A line set
 * there interrupts the text, as a page's furniture does.
 */
export function interruptsSentence(lines: readonly Line[], index: number): boolean {
  const before = previousContentLine(lines, index);
  const after = nextContentLine(lines, index);
  return before !== undefined && after !== undefined && !SENTENCE_END.test(before.text.trim()) && !/[:;]$/.test(before.text.trim()) && startsLowercase(after.text);
}

/** A number set in the margin of a line, after or before a gap of two spaces or more: "Fees and Bursaries   20", "15   OF AGE AND YOUTH". */
const MARGIN_NUMBER_AFTER = /\S\s{2,}(\d{1,4})\s*$/u;
const MARGIN_NUMBER_BEFORE = /^\s*(\d{1,4})\s{2,}\S/u;
/** Largest step of a margin's line count: every fifth or tenth line numbered. */
const MAX_LINE_NUMBER_STEP = 10;

/**
 * Lines that carry the text's own line numbers in the margin (an edition numbering every fifth line): a number set off
 * from the line by a wide gap that grows with the line's place, so another line that many lines away carries the number
 * that much lower or higher ("15" five lines over "20"). A folio or a running head's page number counts pages, not lines,
 * and never keeps that pace. Such a line is the text's, whatever its words (a heading with its line's number).
 */
export function marginLineNumbers(lines: readonly Line[]): Set<number> {
  const numbered: { index: number; value: number }[] = [];
  for (const line of lines) {
    const m = MARGIN_NUMBER_AFTER.exec(line.text) ?? MARGIN_NUMBER_BEFORE.exec(line.text);
    if (m) numbered.push({ index: line.index, value: Number(m[1]) });
  }
  const out = new Set<number>();
  for (let k = 0; k < numbered.length; k++) {
    const here = numbered[k]!;
    for (const other of [numbered[k - 1], numbered[k + 1]]) {
      if (other === undefined) continue;
      const step = here.value - other.value;
      if (step !== 0 && Math.abs(step) <= MAX_LINE_NUMBER_STEP && step === here.index - other.index) out.add(here.index);
    }
  }
  return out;
}
