import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import type { PassContext } from '../_context.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { ITEM_START, LIST_MARK, NUMBERED_HEADING, hasWideSpace, leadingSpace, lineWidths, neighbour } from './_pdf-lines.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { opensWithCommonWord, startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { isCreditUnder, leavesOpen } from './pdf-caption-credited-line.ts';

/** Fewest lines of a block with no picture's label (one such line is pdf-caption-stopped.ts's), and most lines of any. */
const MIN_LINES = 2;
const MAX_LINES = 6;
/** Most words of the block: a caption of a few sentences, not a paragraph's worth. */
const MAX_WORDS = 80;
/** Share of the text's measure the line above fills: a line inside a paragraph, not a heading or a short last line. */
const FULL = 0.8;
/** Share of the measure each of the block's lines but its last fills: prose wrapped on a measure, not verse or a list. */
const WRAPPED = 0.6;
/** Share of the measure the line below fills when it ends no sentence: a line of running text. */
const RUNNING = 0.6;

/** Words a full stop follows without ending a sentence: after one, the sentence may go on in lower case. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|etc|viz|Mr|Mrs|Ms|Dr|St|Esq|Ltd|Bros|Co|Inc|Jr|Sr|ibid|vol|nos?|pp?|ch|fig|ca?|cf|al|ed|eds|fol|ff|vs|approx|op|loc|cit)\.$/iu;
/** A stop inside a word ("a.m.", "e.g.", "U.S."): an abbreviation, however it ends. */
const DOTTED = /\p{L}\.\p{L}+\.$/u;

/** The line ends a sentence with a full stop after a word or a number, not an abbreviation, a quotation or an ellipsis. */
function endsOnFullStop(text: string): boolean {
  // A note's mark after the stop ("… the lower corner.(1)", "….[2]", "….³") belongs to the sentence it closes.
  const t = text.trim().replace(/(?<=\.)(?:\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴-⁹⁰]+)$/u, '');
  if (!/[\p{L}\p{N})]\.$/u.test(t) || /\.\.$/.test(t)) return false;
  return !ABBREVIATION.test(t) && !DOTTED.test(t);
}

/** Particles of names a sentence may open in lower case ("van Gogh", "de Valera"): no sign of a sentence going on. */
const NAME_PARTICLE = /^(?:van|von|de|da|di|du|del|della|der|den|ten|ter|la|le|d['’]|l['’])$/i;

/**
 * The line below takes up a sentence left open: it opens in lower case with a word (not a name's
 * particle), and is running text, or ends a sentence.
 */
function goesOnBelow(line: Line, measure: number): boolean {
  const t = line.text.trim();
  const word = /^["“‘(]?(\p{Ll}[\p{L}'’]*)/u.exec(t)?.[1];
  if (word === undefined || NAME_PARTICLE.test(word) || isStructured(line.text)) return false;
  return t.length >= measure * RUNNING || /[.!?]["”’)]?$/u.test(t);
}

/**
 * The line below may open a paragraph whose drop cap was lost: what the capital left of the
 * first word ("eld, or dyer's rocket"), or the words after a lost drop cap that was a whole word
 * of one letter ("want to talk tonight" for "I want to talk tonight"). The block above it may
 * then be a paragraph whose end was the sentence's, not a caption.
 */
function mayOpenParagraph(line: Line, ctx: PassContext): boolean {
  const t = line.text.trim();
  const word = /^["“‘(]?(\p{Ll}[\p{L}'’]*)/u.exec(t)?.[1];
  return word !== undefined && (startsWithWordTail(t, ctx) || mayFollowLostWord(word, ctx));
}

/** Auxiliaries and modals: after a lost one-letter drop cap they follow "I". */
const AFTER_I = new Set(['am', 'was', 'have', 'had', 'would', 'could', 'should', 'will', 'shall', 'do', 'did', 'must', 'may', 'might', 'can', 'cannot']);

/**
 * The word may be what a paragraph's first line kept after its drop cap, a whole word of one
 * letter ("I", "A"), was lost ("… I could say." / "want to talk tonight"): the document writes
 * "I want" or "a want" elsewhere, or the word is an auxiliary in a text that says "I". The
 * paragraph before then ended with its stop, and the line below starts a paragraph, not a sentence
 * going on (see pdf-lost-one-letter-word.ts, which puts the word back).
 */
function mayFollowLostWord(word: string, ctx: PassContext): boolean {
  if (ctx.vocabulary.pairCount('i', word) > 0 || (AFTER_I.has(word) && ctx.vocabulary.count('i') > 0)) return true;
  return !/^[aeiou]/.test(word) && ctx.vocabulary.pairCount('a', word) > 0;
}

/**
 * A picture's label and number opening a caption, in whatever tongue: a capitalised word or its
 * abbreviation, a figure's number (with a part, "6.7", "3b", or in roman numerals), then the
 * caption's capitalised words ("Fig. 3b The mill", "Abbildung 12 Der Hof", "Plate IV The weir").
 */
const FIGURE_LABEL = /^\p{Lu}\p{Ll}{0,11}\.?\s+(?:\d{1,3}(?:\.\d{1,2}|[a-z])?|[IVXLC]{1,6})\s+["“‘]?\p{Lu}/u;

/** A line the block must not hold: a list's item, a table's row, a heading's number, a Markdown heading. */
function isStructured(text: string): boolean {
  return ITEM_START.test(text) || LIST_MARK.test(text) || hasWideSpace(text.trim()) || NUMBERED_HEADING.test(text.trim()) || /^\s*#/.test(text);
}

/** The text's measure at a line, read widely, and the column a line of the paragraph fills. */
interface Measures {
  measure: (line: Line) => number;
  column: (line: Line) => number;
}

/** Where a block starts, and whether a picture's label and number open it. */
interface Start {
  first: Line;
  labelled: boolean;
}

/**
 * The first line of the block that ends at `end`: the nearest line above it (the block at most
 * six lines long, of wrapped prose: each line but the last filling the measure, all on one
 * indent) that opens with a picture's label and number, or opens on a capitalised common word
 * with a line after it going on in lower case (the block two lines at least); under a line of
 * running text that leaves its sentence open (no stop, colon or semicolon, no capitals; running
 * to the margin, or ending on a comma or a broken word).
 */
function blockStart(lines: readonly Line[], end: Line, below: Line, measures: Measures, claimedUpTo: number, ctx: PassContext): Start | undefined {
  const { measure, column } = measures;
  let words = 0;
  let goesOnInLowerCase = false;
  for (let k = 0; k < MAX_LINES; k++) {
    const line = lines[end.index - k];
    if (line === undefined || line.start < claimedUpTo || isBlank(line) || isStructured(line.text)) return undefined;
    const t = line.text.trim();
    words += wordCount(t);
    if (words > MAX_WORDS) return undefined;
    if (k > 0) {
      const next = lines[line.index + 1]!.text.trim();
      // A line inside the block fills the measure: prose wrapped, not verse or a list's short lines. A full stop before a
      // line going on in lower case is the shape this rule looks for, inside the block: the block is no one piece.
      if (t.length < measure(line) * WRAPPED || (endsOnFullStop(t) && /^\p{Ll}/u.test(next))) return undefined;
      if (/^\p{Ll}/u.test(next)) goesOnInLowerCase = true;
    }
    // A caption is set as one piece: its lines share one indent (the text's own, or one of their own).
    if (leadingSpace(line.text) !== leadingSpace(end.text)) return undefined;
    const labelled = FIGURE_LABEL.test(t);
    if (!labelled && !(k + 1 >= MIN_LINES && goesOnInLowerCase && /^\p{Lu}/u.test(t) && opensWithCommonWord(line.text, ctx))) continue;
    const above = neighbour(lines, line.index, -1);
    if (above === undefined || above.line.start < claimedUpTo) continue;
    const before = above.line.text.trim();
    if (!leavesOpen(before) || isStructured(above.line.text)) continue;
    // The paragraph's own measure: the longer of the line over the one above and the line below the block, both lines of
    // it; a document may set its paragraphs narrower than its widest column.
    const over = lines[above.line.index - 1];
    const paragraph = Math.max(over === undefined || isBlank(over) ? 0 : over.text.trim().length, below.text.trim().length);
    if (before.length >= Math.min(column(above.line), paragraph) * FULL || /[,\-\u00AD]$/.test(before)) return { first: line, labelled };
  }
  return undefined;
}

/**
 * A picture caption of a few sentences set between two lines of one sentence of a PDF
 * extraction, wrapped on the text's own measure, which the shorter-caption rules
 * (pdf-caption-in-sentence, pdf-caption-stopped) leave because it reads as running text
 * ("… whether we liked it" / "Fig. 11 Loaves cooling on racks, 1886. It has been" / "cropped at
 * the top." / "or not, did ours."). The shape is the evidence, not the wording: the line above
 * runs to the margin (the column's, or its own paragraph's where that is narrower) without ending
 * its sentence, the block ends a sentence with a full stop (a note's mark may follow it),
 * and the line below goes on in lower case, which no sentence after a full stop does; so the
 * block is no part of the sentence it stands in. The block opens with a picture's label and
 * number ("Fig. 11", "Abb. 4", "Plate IV"), or is two lines or more opening on a capitalised
 * common word and going on in lower case. A credit on the line under the block (in capitals, or
 * after a credit's label) goes with it; under a labelled block and its credit, the sentence may
 * go on with a name's capital. The sentence closes up over the block.
 *
 * Kept: a block opened or closed by a quotation mark (a quoted sentence may run on: '… she
 * wrote, "We are ruined." and signed it'); a block whose last stop follows an abbreviation
 * ("p.m.", "etc."); a block opening on "I" or a name, which the sentence above goes on with; a
 * block of lines that stop short of the measure or sit on different indents (verse quoted inside
 * a sentence, a list, a caption above lines of the text); a block holding a list's item, a
 * table's row or a heading's number; under a block with no label, a line below that may open a
 * paragraph whose drop cap was lost ("eld, or dyer's rocket", or "want to talk" where the text
 * writes "I want"), since the block may then be a paragraph whose stop was lost above; a short
 * line above (a heading) or a short line below that ends no sentence.
 */
export const removeStoppedCaptionBlock: Pass = {
  ruleId: 'pdf/caption-stopped-block',
  run(text, ctx) {
    const lines = splitLines(text);
    const narrow = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    // The text's measure, read widely (a caption's lines or a paragraph left unwrapped nearby may widen it), and the narrower
    // of the two readings, against which a line of the paragraph runs to the margin.
    const measure = (line: Line): number => Math.max(narrow[line.index]!, wide[line.index]!);
    const column = (line: Line): number => Math.min(narrow[line.index]!, wide[line.index]!);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const end of lines) {
      if (end.start < claimedUpTo || isBlank(end) || !endsOnFullStop(end.text) || isStructured(end.text)) continue;
      let last: Line = end;
      const credit = lines[end.index + 1];
      const credited = credit !== undefined && !isBlank(credit) && isCreditUnder(credit.text);
      if (credited) last = credit;
      const below = neighbour(lines, last.index, 1)?.line;
      if (below === undefined) continue;
      // The line below goes on with a sentence in lower case; or, under a block with a picture's label and a credit, with
      // a capital (a name the sentence goes on with: "… a few words of" / caption / credit / "English, learnt in the army").
      const lowerBelow = goesOnBelow(below, measure(below));
      if (!lowerBelow && !(credited && /^["“‘(]?\p{Lu}\p{Ll}/u.test(below.text.trim()))) continue;
      // The block's first line: the nearest above that opens apart from the sentence, so that a line of the text which
      // happens to end open above a caption is not taken with it.
      const start = blockStart(lines, end, below, { measure, column }, claimedUpTo, ctx);
      if (start === undefined || (!lowerBelow && !start.labelled)) continue;
      // A block with no picture's label may be a paragraph whose stop was lost above, before a paragraph whose drop cap was lost.
      if (!start.labelled && mayOpenParagraph(below, ctx)) continue;
      const { first } = start;
      const above = neighbour(lines, first.index, -1)!.line;
      edits.push({
        start: above.end,
        end: below.start,
        text: '\n',
        ruleId: 'pdf/caption-stopped-block',
        reason: `${last.index - first.index + 1} lines closed by a full stop between two lines of one sentence`,
      });
      claimedUpTo = below.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed caption block “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
