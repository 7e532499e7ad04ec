import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { ITEM_START, NUMBERED_HEADING, isAllCaps, lineWidths, neighbour, rhymesAcross } from './_pdf-lines.ts';
import { wideMeasure } from './_pdf-measure.ts';
import { opensWithCommonWord, startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { creditAtEnd, leavesOpen } from './pdf-caption-credited-line.ts';

/** Most lines and words of the block: a caption of a sentence or two over two or three lines, its credit closing it. */
const MAX_LINES = 3;
const MIN_WORDS = 4;
const MAX_WORDS = 36;
/** Share of the text's measure the line above fills: a line inside a paragraph, not a short last line. */
const FULL = 0.6;
/** Share of the local column the line above fills: a line inside a paragraph, across its measure. */
const FULL_NARROW = 0.8;

/** Words a full stop follows without ending a sentence. */
const ABBREVIATION = /\b(?:[A-Za-z]|etc|viz|Mr|Mrs|Ms|Dr|St|Esq|Ltd|Bros|Co|Inc|Jr|Sr|ibid|vol|no|pp?|ch|fig|ca?|cf|al)\.$/;

/** The block closes: a full stop (no abbreviation's, no ellipsis), or a picture credit at its end. */
function closes(text: string): boolean {
  const t = text.trim().replace(/["”’)]+$/, '');
  if (creditAtEnd(text) !== undefined) return true;
  return /[.!?]$/.test(t) && !/\.\.$|…$/.test(t) && !ABBREVIATION.test(t);
}

/** A line the block may hold: no heading, numbered or list item, line in capitals, or quotation left open. */
function couldBeBlockLine(text: string): boolean {
  const t = text.trim();
  if (!t || /^#/.test(t) || NUMBERED_HEADING.test(t) || ITEM_START.test(text) || isAllCaps(t, 4)) return false;
  return (t.split('"').length - 1) % 2 === 0 && t.split('“').length === t.split('”').length;
}

/**
 * Lines closed by a full stop (or by a picture credit) set between two halves of one sentence
 * of a PDF extraction, over one line or up to three, a sentence or two: a caption ("… by way of
 * Alexandria and" / "The depot after the fire. The building came down in 1931." / "at least one
 * donkey"). Whatever the words, the shape rules out a part of the text: the line above runs
 * across the measure and leaves its sentence open, the block opens on a capitalised common word
 * (no name the sentence could go on with) and ends its own sentence, and the line below takes
 * the first sentence up in lower case; a sentence closed by a full stop is not taken up in
 * lower case. The block stands apart from the line above by a blank line, or sits inside the
 * paragraph with no blank line on either side (a paragraph that ends under a blank line has
 * only lost its drop cap below). A line below opening on what a lost drop cap left is no
 * evidence anywhere: a new paragraph may start there under no blank line. Lines that rhyme around it are a stanza's; headings, list items, lines in
 * capitals and open quotations stay. The block goes and the sentence closes up.
 */
export const removeClosedCaptionInSentence: Pass = {
  ruleId: 'pdf/caption-closed-in-sentence',
  run(text, ctx) {
    const lines = splitLines(text);
    const narrow = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (const line of lines) {
      if (line.start < claimedUpTo || isBlank(line)) continue;
      const above = neighbour(lines, line.index, -1);
      if (above === undefined || above.line.start < claimedUpTo) continue;
      // Against the page's wide measure: a stanza's lines are set short of it, however long they run against each other.
      const length = above.line.text.trim().length;
      if (!leavesOpen(above.line.text) || length < wide[above.line.index]! * FULL || length < narrow[above.line.index]! * FULL_NARROW) continue;
      if (!/^["“‘']?\p{Lu}\p{Ll}/u.test(line.text.trim()) || !opensWithCommonWord(line.text, ctx, false)) continue;
      const block: Line[] = [];
      for (let k = 0; k < MAX_LINES; k++) {
        const candidate = lines[line.index + k];
        if (candidate === undefined || isBlank(candidate) || !couldBeBlockLine(candidate.text)) break;
        block.push(candidate);
        const words = wordCount(block.map((l) => l.text).join(' '));
        if (words > MAX_WORDS) break;
        if (words < MIN_WORDS || !closes(candidate.text)) continue;
        const below = neighbour(lines, candidate.index, 1);
        if (below === undefined || !/^\s*["“‘(]?\p{Ll}/u.test(below.line.text)) break;
        // Set apart below only: the last line of a paragraph, and a new one under it that lost its drop cap.
        if (below.blank && !above.blank) break;
        // What a lost drop cap left opens a new paragraph, blank line or none ("… asked to borrow" / "The Mill Yard, 1911." /
        // "he plates were returned"): the block may be the sentence's end.
        if (startsWithWordTail(below.line.text, ctx)) break;
        if (rhymesAcross(above.line, below.line)) {
          ctx.keep(line.start, line.text.trim(), 'lines closed by a stop between two lines that rhyme: a stanza, kept');
          break;
        }
        edits.push({
          start: above.line.end,
          end: below.line.start,
          text: '\n',
          ruleId: 'pdf/caption-closed-in-sentence',
          reason: 'closed by a full stop between two halves of one sentence, which goes on in lower case',
        });
        claimedUpTo = below.line.start;
        break;
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the middle of a sentence`,
};
