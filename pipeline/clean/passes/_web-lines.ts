import type { Edit } from '../../types.ts';
import { isTurnInTalk } from '../_evidence.ts';
import { DATE_LINE, FULL_DATE_SOURCE, SENTENCE_END, isBlank, normaliseForComparison, wordCount, type Line } from '../_lines.ts';
import { ARTICLES, POSSESSIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, endsOnWord } from '../_function-words.ts';

/** Web-page text puts each paragraph on one line; these describe such lines. */

/** A line that reads like a title or a link: short, capitalised, no closing punctuation. */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 90 || wordCount(trimmed) > 14) return false;
  if (/[.,;]$/.test(trimmed)) return false;
  return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(trimmed);
}

/**
 * An arrow or a geometric shape ("↑", "⇡", "⤒", "▲"): the sign of a link or a button (back to the top, to the contents, to
 * enlarge a picture), which a page's controls carry and the headings of its text do not.
 */
export const ARROW_OR_SHAPE = /[\u2190-\u21FF\u25A0-\u25FF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]/u;

/** A line that reads like running prose: many words, or a finished sentence of some length. */
export function isProse(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words >= 16 || (words >= 8 && SENTENCE_END.test(trimmed));
}

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

const FULL_DATE = new RegExp(FULL_DATE_SOURCE, 'iu');
/** An hour of the day: "2.30 pm", "19:30", "7 pm". */
const HOUR = /\b\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})/iu;

/**
 * A full date with the hour ("Held in the town hall, Saturday 9 March 1996, at 2.30 pm"): an occasion dated, as
 * minutes, programmes and diaries open, or a page's time stamp; a section's title does not carry the hour.
 */
export function datesWithHour(text: string): boolean {
  return FULL_DATE.test(text) && HOUR.test(text);
}

export function sameText(a: string, b: string | undefined): boolean {
  return b !== undefined && normaliseForComparison(a) === normaliseForComparison(b) && normaliseForComparison(a) !== '';
}

/** Words a sentence cannot stop on: a line ending on one ("the whole length of the") goes on somewhere. */
const ENDS_ON_FUNCTION_WORD = endsOnWord(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, ['that', 'which', 'whose'], POSSESSIVES);
/** The longest function word and the character before it: all ENDS_ON_FUNCTION_WORD needs to see of a line. */
const FUNCTION_WORD_REACH = 7;

/** The line ends on an article, preposition, conjunction or possessive: its sentence is unfinished. */
export function endsOnFunctionWord(text: string): boolean {
  return ENDS_ON_FUNCTION_WORD.test(text.trimEnd().slice(-FUNCTION_WORD_REACH));
}

/** Most words a web caption runs to; a longer line is text. */
const MAX_CAPTION_WORDS = 14;

/** The shape every caption on a web page shares: a short title-like line, no list item, no date line. Each caption rule adds what its place asks for. */
export function hasCaptionShape(text: string): boolean {
  return isTitleLike(text) && wordCount(text) <= MAX_CAPTION_WORDS && !/^\s*[•▪●]/.test(text) && !isDateLine(text);
}

/**
 * The sentence a line at `i` may be set into: the line above it (past one blank line) and the
 * line below going on in lower case, both with text; undefined where there is none.
 */
export function sentenceAround(lines: readonly Line[], i: number): { before: Line; next: Line } | undefined {
  const next = lines[i + 1];
  if (!next || isBlank(next) || !/^\s*\p{Ll}/u.test(next.text)) return undefined;
  let before: Line | undefined = lines[i - 1];
  if (before && isBlank(before)) before = lines[i - 2];
  if (!before || isBlank(before)) return undefined;
  return { before, next };
}

/**
 * Where the removal of the line at `index` ends: with the blank lines after it, unless the line
 * above is text, when they stay, so the lines above and below do not close up ("Title⏎byline⏎⏎Heading"
 * must not become a title wrapped over two lines).
 */
export function endKeepingSeparation(lines: readonly Line[], index: number, textLength: number): number {
  const above = lines[index - 1];
  const below = lines[index + 1];
  if (above && !isBlank(above) && below && isBlank(below)) return below.start;
  let next = index + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  return next < lines.length ? lines[next]!.start : textLength;
}

/** A speaker's label before a colon at a line's start: "Q", "A", "Mrs Dale". */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}.'’]{0,15}(?: \p{Lu}[\p{L}.'’]{0,15})?):\s/u;
/** Lines a label must open (the line itself and one more at least) before it marks the piece's turns of speech. */
const MIN_TURNS = 2;

/** How many lines each speaker's label opens, over the document's blocks. */
export function speakerLabels(blocks: readonly (readonly Line[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const line of block) {
      const label = SPEAKER_LABEL.exec(line.text)?.[1];
      if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return counts;
}

/** A line led by a speaker's label that opens another line of the piece too ("Q:", "A:", a name): a turn of its interview or dialogue. */
export function isSpeakerTurn(text: string, labels: ReadonlyMap<string, number>): boolean {
  const label = SPEAKER_LABEL.exec(text)?.[1];
  return label !== undefined && (labels.get(label) ?? 0) >= MIN_TURNS;
}

/**
 * Whether line `i` of block `b` is a turn of the piece's talk (isTurnInTalk): its own label used on other lines, or
 * a labelled question answered by the labelled line under it, its block's next line or the next block's first.
 */
export function isTurnOfPiece(blocks: readonly (readonly Line[])[], b: number, i: number, labels: ReadonlyMap<string, number>): boolean {
  const block = blocks[b]!;
  const below = i + 1 < block.length ? block[i + 1] : blocks[b + 1]?.[0];
  return isTurnInTalk(block[i]!.text, below?.text, (text) => isSpeakerTurn(text, labels));
}

/** Most words and characters of a headline in a site's list of links: longer than a title-like line, one clause with no stop. */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_LENGTH = 140;

/** A headline, maybe too long for a title-like line: capitalised, no stop, comma or colon at its end, no sentence ending inside it, one comma at most. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  return (
    wordCount(t) <= MAX_HEADLINE_WORDS &&
    t.length <= MAX_HEADLINE_LENGTH &&
    /^["“‘'(]?\p{Lu}/u.test(t) &&
    !/[.,;:!]["”’)]*$/u.test(t) &&
    !/[.!?]["”’)]*\s+["“‘']?\p{Lu}/u.test(t) &&
    (t.match(/,/g) ?? []).length <= 1
  );
}

/**
 * The block's lines with each headline wrapped onto the next line joined ("… still divide the⏎parish council"): a line in
 * lower case goes on from a line with no stop, comma or colon at its end, where the two make one headline.
 */
export function joinWrapped(block: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of block) {
    const previous = out[out.length - 1];
    const joined = previous === undefined ? '' : `${previous.text.trim()} ${line.text.trim()}`;
    if (previous !== undefined && /^\p{Ll}/u.test(line.text.trim()) && !/[.,;:!?…]["”’)]*$/u.test(previous.text.trim()) && isHeadline(joined)) out[out.length - 1] = { ...previous, text: joined };
    else out.push(line);
  }
  return out;
}

/** A line of three words or more that stops where no sentence stops (nor on a colon or semicolon): a paragraph cut off where a picture stood. */
export function leavesSentenceOpen(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= 3 && !SENTENCE_END.test(t) && !/[:;]$/.test(t);
}

/** A line opening in lower case, after an opening quote or bracket too: a sentence going on. */
const OPENS_LOWER = /^\s*["“‘'(]?\p{Ll}/u;
/** Fewest words of a line of the text's own glued to a box: a fragment shorter is as likely the box's. */
const MIN_GLUED_WORDS = 3;
/** Fewest words of a sentence's first half glued to a box's head: a box's label is shorter ("Subscribe to continue reading"). */
const MIN_HEAD_WORDS = 6;

/**
 * A box (a paywall's notice, an aside, a caption) set into one of the text's sentences with no blank line on one side: the
 * sentence's first half glued to the box's head, or its rest glued to the box's foot. A web copy keeps each paragraph on one
 * line, so the evidence is the sentence running across the box: the head line leaves its sentence open and the block below the
 * box goes on in lower case; or the block above left its sentence open (or closed on a colon that introduces what follows)
 * and the foot line goes on in lower case. Those lines are the text's, whatever the box's evidence; only the lines between go.
 * The head's line opens on a letter (an ornament opens a box's label), and a sentence running round the whole box (a
 * paragraph left open above it, going on in lower case below) leaves no half of itself in it.
 */
export function sentenceThroughBox(blocks: readonly (readonly Line[])[], b: number): { head: boolean; foot: boolean } {
  const block = blocks[b]!;
  if (block.length < 2) return { head: false, foot: false };
  const first = block[0]!.text;
  const last = block.at(-1)!.text;
  const above = blocks[b - 1]?.at(-1)?.text;
  const below = blocks[b + 1]?.[0]?.text;
  const boxLines = (lines: readonly Line[]): boolean => lines.every((l) => !OPENS_LOWER.test(l.text));
  // A sentence left open above the box and going on below it runs round the whole box: then no line of the block is its.
  const round = above !== undefined && isProse(above) && leavesSentenceOpen(above) && below !== undefined && OPENS_LOWER.test(below);
  const head = !round && wordCount(first) >= MIN_HEAD_WORDS && leavesSentenceOpen(first) && /^\s*["“‘']?\p{L}/u.test(first) && !OPENS_LOWER.test(first) && below !== undefined && OPENS_LOWER.test(below) && boxLines(block.slice(1));
  const foot =
    !round &&
    OPENS_LOWER.test(last) &&
    wordCount(last) >= MIN_GLUED_WORDS &&
    above !== undefined &&
    (leavesSentenceOpen(above) || (/:\s*$/.test(above) && isProse(above))) &&
    boxLines(block.slice(0, -1));
  return { head, foot };
}

/**
 * The edit taking the box at block `b` out of the text, up to the next block, sparing the sentence glued to it
 * (sentenceThroughBox): glued to the box's head, the sentence closes up with its rest below into one line, as a web copy sets
 * a paragraph; glued to its foot, it closes up with the block above, unless that block ends on a colon (what the colon
 * introduces stands apart) or an earlier edit of the pass reaches past its end (`claimedUpTo`), when the box's lines alone go.
 */
export function boxEdit(blocks: readonly (readonly Line[])[], b: number, textLength: number, ruleId: string, reason: string, claimedUpTo = -1): Edit {
  const block = blocks[b]!;
  const end = b + 1 < blocks.length ? blocks[b + 1]![0]!.start : textLength;
  const { head, foot } = sentenceThroughBox(blocks, b);
  if (head) return { start: block[0]!.end, end, text: ' ', ruleId, reason: `${reason}; set into a sentence` };
  if (foot) {
    const above = blocks[b - 1]!.at(-1)!;
    const rest = block.at(-1)!;
    if (above.end >= claimedUpTo && !/:\s*$/.test(above.text)) return { start: above.end, end: rest.start, text: ' ', ruleId, reason: `${reason}; set into a sentence` };
    return { start: block[0]!.start, end: rest.start, text: '', ruleId, reason: `${reason}; set into a sentence` };
  }
  return { start: block[0]!.start, end, text: '', ruleId, reason };
}

/** A list item's bullet at a line's head, or after a heading the page ran on to the first item ("Damage and Costs• Two …"). */
const ITEM_BULLET_AT_HEAD = /^\s*[•▪◦·*–-]\s+(?=\S)/u;
const ITEM_BULLET_RUN_ON = /^[^•▪◦]*?\p{L}[)\].]?\s*[•▪◦]\s*(?=\p{Lu})/u;
/** Fewest items, and the words of the longest, of a list of the piece's sentences. */
const SENTENCE_LIST_ITEMS = 2;
const SENTENCE_LIST_LONGEST = 10;

/**
 * The block is a list of the piece's own sentences: two or more bulleted items, each ending its sentence with a stop, one
 * of them a sentence of some length; at most one line over them without a bullet (a heading or a date the list falls
 * under), which may be run on to the first item. An offer's list names what it gives in short phrases without a stop
 * ("• Free delivery", "• 12 issues a year"), and a list of links gives other pages' titles, which end on no stop: neither
 * reads as sentences. Evidence of the text's shape, not of its words: deleting rules consult it to keep such a list.
 */
export function isListOfSentences(block: readonly Line[]): boolean {
  let items = 0;
  let longest = 0;
  let over = 0;
  for (const [i, line] of block.entries()) {
    const t = line.text.trim();
    const bullet = ITEM_BULLET_AT_HEAD.exec(t) ?? (i === 0 ? ITEM_BULLET_RUN_ON.exec(t) : null);
    if (!bullet) {
      if (i > 0 || ++over > 1) return false;
      continue;
    }
    const item = t.slice(bullet[0].length);
    if (!/[.!?]["'”’)]?$/u.test(item) || !/\p{Ll}/u.test(item)) return false;
    items++;
    longest = Math.max(longest, wordCount(item));
  }
  return items >= SENTENCE_LIST_ITEMS && longest >= SENTENCE_LIST_LONGEST;
}

/** Most names joined on one signature line: "A. Lee (Chair) and B. Roe (Secretary)", "Hosken, Pender and Rowse". */
const MAX_JOINED_NAMES = 3;

/**
 * Each part of the line, split where "and" or "&" joins two names before a capital, passes `isName`: a signature of two
 * or three signers, or a firm's name of partners, under a letter's closing. Its "and" is the one word in lower case a
 * name under a closing may hold; a link's title joins lower-case words too.
 */
export function joinedNames(text: string, isName: (part: string) => boolean): boolean {
  const parts = text.trim().split(/\s+(?:and|&)\s+(?=\p{Lu})/u);
  return parts.length <= MAX_JOINED_NAMES && parts.every(isName);
}
