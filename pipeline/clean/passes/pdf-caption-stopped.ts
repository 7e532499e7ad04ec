import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionEvidence, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { lineWidths, neighbour } from './_pdf-lines.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { isCreditUnder, leavesOpen } from './pdf-caption-credited-line.ts';

/** Fewest and most words of a caption closed by a full stop: a phrase and its date, one sentence at most. */
const MIN_WORDS = 3;
const MAX_WORDS = 20;
/** Caption evidence the line's wording must bring: picture words, or a picture dated. */
const MIN_EVIDENCE = 2;
/** Share of the text's measure the line above fills: a line inside a paragraph, not a short last line. */
const FULL = 0.6;

/** Words a full stop follows without ending a sentence. */
const ABBREVIATION = /\b(?:[A-Za-z]|etc|viz|Mr|Mrs|Ms|Dr|St|Esq|Ltd|Bros|Co|Inc|Jr|Sr|ibid|vol|no|pp?|ch|fig|ca?|cf|al)\.$/;
/** A full stop inside the line that ends a sentence: the line holds more than one. */
const INNER_SENTENCE_END = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

/**
 * A picture caption closed by a full stop, set between two lines of one sentence of a PDF
 * extraction ("… in the back room of the club" / "Delegates at the conference, photographed
 * about 1872." / "where the branch still meets …"). The shape rules out a line of the text:
 * a line that ends its sentence with a full stop cannot be followed by the same sentence going
 * on in lower case, and the line above leaves its sentence open over it. The line must also be
 * worded as a caption (picture words, a picture dated), open on a capital, hold one sentence,
 * and end on no abbreviation; the line below must not be what a lost drop cap left of a new
 * paragraph's first word ("he boat"). A credit on the line under it goes with it. The sentence
 * closes up.
 */
export const removeStoppedCaptionInSentence: Pass = {
  ruleId: 'pdf/caption-stopped-in-sentence',
  run(text, ctx) {
    const lines = splitLines(text);
    const narrow = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line)) continue;
      const t = line.text.trim();
      const words = wordCount(t);
      if (words < MIN_WORDS || words > MAX_WORDS || !/^["“‘']?\p{Lu}/u.test(t) || !/\.["”’)]?$/.test(t) || /\.\.["”’)]?$|…$/.test(t)) continue;
      if (ABBREVIATION.test(t.replace(/["”’)]+$/, '')) || INNER_SENTENCE_END.test(t.replace(/\b(?:c|ca|St|Mr|Mrs|Dr|No)\.\s/g, ''))) continue;
      const evidence = captionEvidence(t);
      if (evidence.score < MIN_EVIDENCE) continue;
      let last: Line = line;
      const under = lines[line.index + 1];
      if (under !== undefined && !isBlank(under) && isCreditUnder(under.text)) last = under;
      const above = neighbour(lines, line.index, -1);
      const below = neighbour(lines, last.index, 1);
      if (!above || !below || above.line.start < claimedUpTo) continue;
      const measure = Math.max(narrow[above.line.index]!, wide[above.line.index]!);
      if (!leavesOpen(above.line.text) || above.line.text.trim().length < measure * FULL) continue;
      if (!/^\s*["“‘(]?\p{Ll}/u.test(below.line.text) || startsWithWordTail(below.line.text, ctx)) continue;
      edits.push({
        start: above.line.end,
        end: below.line.start,
        text: '\n',
        ruleId: 'pdf/caption-stopped-in-sentence',
        reason: `closed by a full stop between two lines of one sentence; ${reasons(evidence)}`,
      });
      claimedUpTo = below.line.start;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
