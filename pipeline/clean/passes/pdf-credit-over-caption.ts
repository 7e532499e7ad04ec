import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { ITEM_START, NUMBERED_HEADING, isAllCaps, isMarkedBlock, lineWidths, neighbour } from './_pdf-lines.ts';
import { isLabelledCreditLine } from './_pdf-credit-tail.ts';
import { isPdfCredit, oneSentence } from './pdf-caption-credit.ts';

/** Most lines of the caption under its credit. */
const MAX_CAPTION_LINES = 2;
/** Most words of one line of the caption. */
const MAX_LINE_WORDS = 16;
/** Share of the column a caption's line stays under: a line of the paragraph fills it. */
const SHORT = 0.8;
/** Fewest words of a caption's first line. */
const MIN_CAPTION_WORDS = 2;
/** Fewest words of the lines around the block for them to be running text. */
const PROSE_WORDS = 5;

/** The line leaves its sentence open: no stop, colon or semicolon at its end, no heading or marked block. */
function leavesOpen(text: string): boolean {
  const t = text.trim();
  return t !== '' && !SENTENCE_END.test(t) && !/[:;]$/.test(t) && !isMarkedBlock(t) && !isAllCaps(t);
}

/** A caption's first line: a capital or a pointer to the picture opens it. */
function opensCaption(text: string): boolean {
  return /^\s*["“‘'(]?[▲△▴↑⬆◀▶►←→▸]?\s*[\p{Lu}\p{N}]/u.test(text);
}

/** A line the caption may hold: short of the column, a caption's words at most, no heading, list item or marked block. */
function couldBeCaptionLine(line: Line, column: number): boolean {
  const t = line.text.trim();
  return t.length < column * SHORT && wordCount(t) <= MAX_LINE_WORDS && !NUMBERED_HEADING.test(t) && !ITEM_START.test(t) && !isMarkedBlock(t) && !/[:;,]$/.test(t);
}

/**
 * A picture's credit set over its caption instead of under it, the two dropped into a sentence
 * of a PDF extraction ("… a coal depot" / "Photo: Ann Lee" / "▸ Women at the cannery" /
 * "queueing for their pay" / "and a savings bank …"). The credit line is the evidence: a credit
 * as the caption rules read one, or a label closed by a colon in any language and a name,
 * nothing else on the line ("Bildnachweis: Borough Archive"). The caption is the line or two
 * under it, short of the column, opening on a capital or a pointer, one sentence at most. The
 * place makes it sure: the text above leaves its sentence open, full across the column, and the
 * line under the caption goes on with that sentence in lower case. Credit and caption go and the
 * sentence closes up. A credit over a line that opens a paragraph is left to the caption rules.
 */
export const removeCreditOverCaption: Pass = {
  ruleId: 'pdf/credit-over-caption',
  run(text) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const credit of lines) {
      if (isBlank(credit) || credit.start < claimedUpTo) continue;
      const t = credit.text.trim();
      if (!isLabelledCreditLine(t) && !(isPdfCredit(t) && !/^sources?\s*:/i.test(t))) continue;
      const above = neighbour(lines, credit.index, -1);
      if (!above || above.line.start < claimedUpTo || wordCount(above.line.text) < PROSE_WORDS || !leavesOpen(above.line.text)) continue;
      // The line above is running text: it fills the column, as a caption's line does not.
      if (above.line.text.trim().length < column[above.line.index]! * SHORT) continue;
      const first = lines[credit.index + 1];
      // A letter alone under the credit is a lost drop cap, its paragraph going on below: no caption.
      if (first === undefined || isBlank(first) || !opensCaption(first.text) || wordCount(first.text) < MIN_CAPTION_WORDS) continue;
      // The widest caption first: its lines short, one sentence, the line after it going on in lower case.
      for (let n = MAX_CAPTION_LINES; n >= 1; n--) {
        const caption = lines.slice(credit.index + 1, credit.index + 1 + n);
        if (caption.length < n || caption.some((l) => isBlank(l) || !couldBeCaptionLine(l, column[l.index]!))) continue;
        if (caption.slice(0, -1).some((l) => SENTENCE_END.test(l.text.trim()))) continue;
        if (!oneSentence(caption.map((l) => l.text.trim()).join(' '))) continue;
        const below = neighbour(lines, caption[caption.length - 1]!.index, 1);
        if (!below || wordCount(below.line.text) < PROSE_WORDS || !/^\s*["“‘(]?\p{Ll}/u.test(below.line.text)) continue;
        // Past a blank line, a short line under the caption may end a paragraph whose successor lost its drop cap.
        if (n > 1 && below.blank) continue;
        // The sentence goes on in a line of the text: across the column, or its paragraph's last; a short line going on is
        // more of the caption (a second sentence that the caption's one-sentence test left out).
        const after = lines[below.line.index + 1];
        const endsParagraph = SENTENCE_END.test(below.line.text.trim()) && (after === undefined || isBlank(after));
        if (below.line.text.trim().length < column[below.line.index]! * SHORT && !endsParagraph) continue;
        edits.push({ start: above.line.end, end: below.line.start, text: '\n', ruleId: 'pdf/credit-over-caption', reason: 'a credit set over its caption, the two in a sentence' });
        claimedUpTo = below.line.start;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture credit and caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
