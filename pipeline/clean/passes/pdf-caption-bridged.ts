import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { captionEvidence, captionWording, reasons, weigh } from '../_evidence.ts';
import { SENTENCE_END, isBlank, nextContentLine, splitLines, wordCount, type Line } from '../_lines.ts';
import { ITEM_START, NUMBERED_HEADING, breakIsChosenInType, isAllCaps, lineWidths, namesRunAcross, rhymesAcross, typeWidth } from './_pdf-lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { isLabelledCreditLine, markedCreditAt } from './_pdf-credit-tail.ts';
import { ARTICLES, POSSESSIVES, DEMONSTRATIVES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, COORDINATORS, FINITE_BE, AUXILIARIES, oneOf } from '../_function-words.ts';

/** Most lines of the block: a caption wrapped over two or three lines, its label or number, its credit. */
const MAX_LINES = 4;
/** Most words of the block; more is a passage of text. */
const MAX_WORDS = 40;
/** Lines of the paragraph above and below the sentence's two halves that its measure is taken over. */
const MEASURE_REACH = 2;
/** A line this much wider than the column measured over the page is two lines run together: it says nothing of the measure. */
const OVERLONG = 1.3;
/** Share of the paragraph's measure a line must leave room in for the next word to have stopped short by choice. */
const ROOM = 0.95;
/** Type width past the paragraph's measure from which a line is wider than any line the typesetter set there. */
const WIDER = 1.06;
/** Share of the column the line above fills, at the least: a line inside a paragraph, not a heading or a short last line. */
const FULL = 0.85;
/** Share of the measure the line below fills, at the least, when it does not end its sentence: running text. */
const RUNNING = 0.6;
/** Caption evidence the block's wording must bring, the whole block or one line of it: picture or credit words, a picture dated. */
const WORDED = 2;

/** Ends a sentence or a clause that stands alone: nothing of the sentence can follow below. */
const CLOSED = /[.!?:;…]["'”’)\]]*\s*$/u;
/** Words no sentence, caption or credit ends on: an article, a preposition wanting its object, a conjunction, a verb wanting more. */
export const OPEN_END = new RegExp(String.raw`(?:^|\s)${oneOf(ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, ['into'], COORDINATORS, ['nor', 'that'], POSSESSIVES, ['whose'], DEMONSTRATIVES, FINITE_BE, AUXILIARIES, ['which', 'who'])}$`, 'i');
/**
 * A figure's number at the end of a caption's line, in brackets or after a mark, abbreviated as
 * the languages a caption is set in abbreviate it ("[ill. 18]", "· pl. III", "(fig. 4)").
 */
const FIGURE_TAIL = /(?:[[(](?:ill|fig|pl|plate|abb|afb|ryc|obr|tav|lám|bild)\.?\s*(?:\d{1,3}[a-z]?|[ivxlc]{1,6})[\])]|\s[·|]\s*(?:ill|fig|pl|plate|abb|afb|ryc|obr|tav|lám)\.?\s*(?:\d{1,3}[a-z]?|[ivxlc]{1,6}))$/iu;
/**
 * A name after a mark at the end of a line, as a credit follows its caption ("… at dawn · Harbour
 * Trust", "… the crane has gone | Anna Berg"): a middle dot or a bar (a dash may open an aside of
 * the text), then a capitalised word and up to five more, capitalised or short joining words
 * ("de", "della", "&"), no stop.
 */
const NAMED_TAIL = /\s[·|]\s+(?=\p{Lu})(?:[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]{1,5}|&)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]{1,5}|&)){0,5}$/u;
/** Auxiliaries and modals: a line opening on one may have lost a one-letter "I" drop cap above. */
const AFTER_I = /^(?:am|was|have|had|would|could|should|will|shall|do|did|must|may|might|can|cannot)\b/;

/**
 * The measure in the book face of the paragraph around one half of the sentence: the widest of
 * that line and the lines next to it away from the block (up from the line above, down from the
 * line below), leaving out lines run together (clearly wider than the column measured over the
 * page), unless all are.
 */
function measureFrom(lines: readonly Line[], typeColumn: readonly number[], from: Line, step: 1 | -1): number {
  const widths: number[] = [];
  for (let k = 0; k <= MEASURE_REACH; k++) {
    const l = lines[from.index + k * step];
    if (l === undefined || isBlank(l)) break;
    widths.push(typeWidth(l.text.trim()));
  }
  const fitting = widths.filter((w) => w <= OVERLONG * typeColumn[from.index]!);
  return Math.max(...(fitting.length > 0 ? fitting : widths));
}

/**
 * A block of one to four lines set between the two halves of one sentence of a PDF extraction,
 * which no line of the paragraph could be: a picture's caption with its label, number or credit,
 * wrapped or not. The line above runs to the margin (the first word of the line below would not
 * have fitted on it) and leaves its sentence open; the line below takes the sentence up in lower
 * case (not with what a lost drop cap left of a paragraph's first word) and is running text. The
 * block opens with no lower-case letter, holds no heading's number, list item or lone capital,
 * is not all in capitals, and every line of it is out of the paragraph's measure, measured in the
 * book face: it stops short with room for the next line's first word, or runs wider than any line
 * around. And it is worded as a caption: picture or credit words, a picture dated, a credit or a
 * figure's number after a mark at a line's end (see FIGURE_TAIL, NAMED_TAIL and _pdf-credit-tail).
 * Place and measure alone do not tell it from a heading over a paragraph whose drop cap was lost,
 * nor a wide line from two of the text's run together. The block goes and the sentence closes
 * up; blank lines around it go with it. It catches what the one-line and short-block rules
 * (pdf/caption-in-sentence, pdf/caption-between-halves) leave: blocks of several lines with a
 * stop or a blank line inside, lines wider than the text, a line below that ends the paragraph.
 */
export const removeBridgedCaption: Pass = {
  ruleId: 'pdf/caption-bridged',
  run(text, ctx) {
    const lines = splitLines(text);
    const { typeColumn } = lineWidths(lines, () => false, true);
    const edits: Edit[] = [];
    const content = lines.filter((l) => !isBlank(l));
    let claimedUpTo = -1;
    for (let a = 1; a < content.length - 2; a++) {
      const above = content[a]!;
      if (above.start < claimedUpTo) continue;
      const before = above.text.trim();
      if (CLOSED.test(before) || /^#/.test(before) || NUMBERED_HEADING.test(before) || isAllCaps(before, 4)) continue;
      for (let n = 1; n <= MAX_LINES && a + n + 1 < content.length; n++) {
        const block = content.slice(a + 1, a + 1 + n);
        const below = content[a + 1 + n]!;
        const after = below.text.trim();
        if (!/^["“‘(]?\p{Ll}/u.test(after)) continue;
        if (!judge(lines, typeColumn, above, block, below, ctx, edits)) continue;
        claimedUpTo = below.start;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from between the two halves of a sentence`,
};

/** Whether the block between `above` and `below` is a caption bridged by the sentence; pushes its removal when it is. */
function judge(lines: readonly Line[], typeColumn: readonly number[], above: Line, block: readonly Line[], below: Line, ctx: PassContext, edits: Edit[]): boolean {
  const before = above.text.trim();
  const after = below.text.trim();
  const texts = block.map((l) => l.text.trim());
  const joined = texts.join(' ');
  if (wordCount(joined) > MAX_WORDS) return false;
  // The block opens on no lower-case letter (a line of the sentence would), and holds nothing that heads or lists.
  if (/^["“‘(]?\p{Ll}/u.test(texts[0]!)) return false;
  if (texts.some((t) => /^#/.test(t) || NUMBERED_HEADING.test(t) || ITEM_START.test(t) || /^["“‘]?\p{Lu}$/u.test(t))) return false;
  if (texts.every((t) => isAllCaps(t, 2))) return false;
  // A line ending on a comma or a semicolon goes on below: a verse line's or a list's, never a caption's end.
  if (texts.some((t) => /[,;]["”’)]?$/.test(t))) return false;
  // The block's last line ending on a word no sentence ends on goes on below: a line of the sentence, no caption. Nor
  // does one that closes a sentence inside and opens another it does not close ("… frozen over. The building"): the
  // caption goes on in the line below.
  const last = texts[texts.length - 1]!;
  if (OPEN_END.test(last) || (/\p{Ll}[.!?]["”’)]?\s+["“‘(]?\p{Lu}\p{Ll}/u.test(last) && !SENTENCE_END.test(last))) return false;
  // A page break may fall between the halves, each on a measure of its own: a line of the block stops short only
  // where it stops short of both, so that a paragraph's first line on the narrower page is no caption.
  const upper = measureFrom(lines, typeColumn, above, -1);
  const lower = measureFrom(lines, typeColumn, below, 1);
  // The line below alone, a paragraph's short last line, gives no measure of its own: the one above is the paragraph's.
  const measure = lower < RUNNING * upper && SENTENCE_END.test(after) ? upper : Math.min(upper, lower);
  // The line above was broken by the margin: the first word below would not have fitted on it, within the wider of
  // the two halves' measures, and it fills most of that. Standing first under a blank line it may be a heading over a
  // paragraph that lost its stop: there it must fill most of the column measured over the page too.
  const local = Math.max(upper, lower);
  const column = Math.max(local, typeColumn[above.index]!, typeColumn[below.index]!);
  if (breakIsChosenInType(before, after, local, 1) || typeWidth(before) < FULL * local) return false;
  const first = above.index === 0 || isBlank(lines[above.index - 1]);
  if (first && typeWidth(before) < FULL * column) return false;
  // Either half run together with the next line by the extraction: the lines here are set on no one measure to judge by.
  if (typeWidth(before) > WIDER * column || typeWidth(after) > WIDER * column) return false;
  // The line below is running text, or ends the sentence and its paragraph: a short line that more lower-case text
  // follows is a caption's own last line.
  if (typeWidth(after) < RUNNING * measure) {
    // Past a blank line too: a pull quote's or side column's last line may stand over the sentence it interrupted.
    const under = nextContentLine(lines, below.index);
    if (!SENTENCE_END.test(after) || (under !== undefined && /^\s*["“‘(]?\p{Ll}/u.test(under.text))) return false;
  }
  if (rhymesAcross(above, below)) return false;
  // A list of names wrapped across the block's edges is the sentence's own lines.
  if (namesRunAcross(lines[block[0]!.index - 1], block, lines[block[block.length - 1]!.index + 1])) return false;
  let wide = false;
  for (let k = 0; k < texts.length; k++) {
    const next = k + 1 < texts.length ? texts[k + 1]! : after;
    const width = typeWidth(texts[k]!);
    // Wider than any line the page holds, measured over the page: a narrow paragraph's measure says nothing of that.
    if (width > WIDER * column) {
      // A line opening in lower case goes on from the one above: a caption's second line is set on its measure, not wider.
      if (k > 0 && /^["“‘(]?\p{Ll}/u.test(texts[k]!)) return false;
      wide = true;
    }
    else if (!breakIsChosenInType(texts[k]!, next, measure, ROOM)) return false;
  }
  // A line of the block that opens in lower case and ends on a word no caption ends on, with a capitalised line under
  // it in the block, goes on from a sentence above it and into one past the block: a line of the text, set between a
  // caption and its credit by the extraction ("We / Drawing the kiln … / have been unable to discover whether this was /
  // Photo: … / intended."). A caption's wrapped line ending so would go on in lower case below.
  if (texts.some((t, k) => k > 0 && k + 1 < texts.length && /^["“‘(]?\p{Ll}/u.test(t) && OPEN_END.test(t) && /^["“‘(]?\p{Lu}/u.test(texts[k + 1]!))) return false;
  // A line of the block opening in lower case after a blank line, or on what a lost drop cap left, opens a paragraph.
  if (block.some((l, k) => k > 0 && /^["“‘(]?\p{Ll}/u.test(texts[k]!) && (isBlank(lines[l.index - 1]) || startsWithWordTail(texts[k]!, ctx)))) return false;
  // What a lost drop cap left opens a paragraph under a heading; a word broken above is finished below.
  const hyphenated = /[-\u00AD]$/.test(before);
  if (!hyphenated && (startsWithWordTail(after, ctx) || AFTER_I.test(after))) return false;
  // A word the document has after "I" or "a" may have lost a one-letter drop cap: a new paragraph's "I want", not the sentence going on.
  const word = /^["“‘(]?(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  if (!hyphenated && (ctx.vocabulary.pairCount('i', word) > 0 || (!/^[aeiou]/.test(word) && ctx.vocabulary.pairCount('a', word) > 0))) return false;
  const evidence = captionEvidence(joined);
  const lineEvidence = texts.map((t) => captionEvidence(t)).reduce((best, e) => (e.score > best.score ? e : best), evidence);
  const tail = texts.find((t) => markedCreditAt(t) !== undefined || isLabelledCreditLine(t) || FIGURE_TAIL.test(t) || NAMED_TAIL.test(t));
  const worded = captionWording(joined) ?? (lineEvidence.score >= WORDED ? lineEvidence : undefined) ?? (tail !== undefined ? weigh([{ weight: WORDED, reason: 'a credit or figure number at a line’s end' }]) : undefined);
  // Place and measure alone do not tell the block from a heading over a paragraph whose drop cap was lost to a word
  // ("This" read as "his") after a sentence whose stop was lost, nor a wide line from two of the text's run together
  // (the seed's long PDF extraction has three such between two halves of a sentence): the block must be worded as a
  // caption. An unworded block stays, without a note, which would list text as a suspect. (A first word that is a
  // common word capitalised, or every line clearly short, were tried as evidence enough: they removed more captions
  // on the debug splits and cost true words on rounds 15-19.)
  if (!worded) return false;
  const why = [wide ? 'wider than the text' : 'stops short of the paragraph’s measure', reasons(worded), block.length > 1 && `${block.length} lines`].filter(Boolean);
  edits.push({ start: above.end, end: below.start, text: '\n', ruleId: 'pdf/caption-bridged', reason: `between two halves of one sentence; ${why.join('; ')}` });
  return true;
}
