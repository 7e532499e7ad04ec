import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionEvidence, captionWording, isTitleCase, reasons, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { NUMBERED_HEADING, isAllCaps, isDateline, leadingSpace, lineWidths, neighbour } from './_pdf-lines.ts';
import { startsWithWordTail } from './pdf-caption-in-sentence.ts';
import { ARTICLES, PREPOSITIONS, ADVERBIAL_PREPOSITIONS, without, endsOnWord } from '../_function-words.ts';

/** Most words a caption broken over two lines runs to, both lines together. */
const MAX_WORDS = 20;
/** Share of the column each of the two lines stays under: a caption is set short of the text's measure. */
const SHORT = 0.85;
/** Words after which no sentence (and no caption) ends: the caption's first line goes on in its second. */
// It leaves out "for", "on", "or" and "but" ("or" and "but" are tested apart, below): as it was written, listed for the lead.
const OPEN_END = endsOnWord(ARTICLES, without(PREPOSITIONS, 'for'), without(ADVERBIAL_PREPOSITIONS, 'on'), ['as', 'and']);
/** Words a caption's second line does not end on either: a conjunction or a relative wanting its clause. */
const GOES_ON_END = endsOnWord(['or', 'but', 'that', 'which', 'who']);
/**
 * A second line that finishes the label in lower case and then gives its description after a
 * colon ("demolished: a rare survival", "in 1905: the view from the bridge"): the label was
 * broken wherever the measure fell, so the first line may end on any word ("… now").
 */
const LABEL_ENDS_BELOW = /^\p{Ll}[\p{L}\d\s'’-]*:\s+\p{Ll}/u;

/**
 * Two lines broken anywhere in a label stand apart from running text: no comma breaks the
 * caption's phrase, its description ends on a word a phrase can end on, and the text below does
 * not go straight on in lower case (as a sentence's next line does: "… says something true" /
 * "about the canal: that its work was slow, careful and" / "shared, …"), unless a blank line
 * sets the two apart.
 */
function labelStandsApart(lines: readonly Line[], i: number, first: string, second: string): boolean {
  if (/,/.test(`${first} ${second}`) || OPEN_END.test(second) || GOES_ON_END.test(second)) return false;
  const below = lines[i + 2];
  return below === undefined || isBlank(below) || !/^\s*["“‘(]?\p{Ll}/u.test(below.text);
}

/**
 * The wording that makes two short lines one caption: a label and its description after a colon
 * in lower case ("The high street before the fire:" / "note the crowd on the left"), which no
 * heading of a text is set as, or a caption's wording (picture or credit words, a picture dated)
 * in a line not set in title case as headings are.
 */
function twoLineCaption(first: string, second: string): Evidence | undefined {
  const joined = `${first} ${second}`;
  if (isTitleCase(joined)) return undefined;
  if (/:\s+\p{Ll}/u.test(joined) && wordCount(joined.slice(joined.indexOf(':') + 1)) >= 2) {
    const evidence = captionEvidence(joined);
    return { score: evidence.score + 1, findings: [...evidence.findings, { weight: 1, reason: 'a label and its description in lower case after a colon' }] };
  }
  return captionWording(joined);
}

/**
 * A picture caption broken over two short lines of a PDF extraction, the first opening with a
 * capital and ending where no caption ends (on a colon before its description, or on a word
 * such as "in" or "of"), or broken anywhere in a label the second line finishes before its
 * colon and description ("… now" / "demolished: a rare survival"), the second going on in lower case or with a number ("1905: the view
 * from the bridge") and ending without a stop. Two such lines are a wrapped heading as often
 * ("The coming of" / "the railway"), so the wording must be a caption's: a label and its
 * description after a colon, or picture words or a dated picture in a line not set in title
 * case. Set between two lines of one sentence, the caption goes and the sentence closes up;
 * elsewhere its two lines go.
 */
export const removeTwoLineCaption: Pass = {
  ruleId: 'pdf/caption-two-lines',
  run(text, ctx) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    let claimedUpTo = -1;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      if (line.start < claimedUpTo || isBlank(line) || isBlank(next)) continue;
      const first = line.text.trim();
      const second = next.text.trim();
      const labelGoesOn = !/[.,;:!?\-–—"”’)]$/.test(first) && LABEL_ENDS_BELOW.test(second) && labelStandsApart(lines, i, first, second);
      if (!/^["“‘']?\p{Lu}/u.test(first) || !(first.endsWith(':') || OPEN_END.test(first) || labelGoesOn)) continue;
      if (!/^["“‘(]?[\p{Ll}\d]/u.test(second) || /[.,;:!?\-–—"”’]$/.test(second)) continue;
      if (leadingSpace(line.text) !== leadingSpace(next.text) || wordCount(`${first} ${second}`) > MAX_WORDS) continue;
      // A second line may open on the picture's year ("1905: the view from the bridge"); a first line that is a dateline is a letter's.
      if (isDateline(first) || [first, second].some((t) => NUMBERED_HEADING.test(t) || isAllCaps(t) || /[.!?]["”’]?\s/.test(t))) continue;
      if (first.length > column[i]! * SHORT || second.length > column[i + 1]! * SHORT) continue;
      // Set flush between a finished sentence and a line going on in lower case, the two lines begin the sentence that
      // line finishes ("… built on." / "Most people pass them on the train without a" / "second look: a patchwork of
      // sheds" / "and bean rows, …"): a caption there would leave that line no start, unless it opens on the tail of a
      // word (a paragraph below that lost its drop cap).
      const flushAbove = lines[i - 1];
      const flushBelow = lines[i + 2];
      if (
        flushAbove !== undefined &&
        !isBlank(flushAbove) &&
        SENTENCE_END.test(flushAbove.text.trim()) &&
        flushBelow !== undefined &&
        !isBlank(flushBelow) &&
        /^\s*["“‘(]?\p{Ll}/u.test(flushBelow.text) &&
        !startsWithWordTail(flushBelow.text, ctx)
      )
        continue;
      const evidence = twoLineCaption(first, second);
      if (!evidence) continue;
      const above = neighbour(lines, i, -1);
      const below = neighbour(lines, i + 1, 1);
      // The caption interrupts a sentence that goes on below it: the sentence closes up.
      const inside =
        above !== undefined &&
        below !== undefined &&
        above.line.start >= claimedUpTo &&
        !SENTENCE_END.test(above.line.text.trim()) &&
        !/[:;]$/.test(above.line.text.trim()) &&
        /^\s*["“‘(]?[\p{Ll}\d]/u.test(below.line.text);
      edits.push(
        inside
          ? { start: above!.line.end, end: below!.line.start, text: '\n', ruleId: 'pdf/caption-two-lines', reason: `a caption over two short lines, set into a sentence; ${reasons(evidence)}` }
          : { start: line.start, end: Math.min(next.end + 1, text.length), text: '', ruleId: 'pdf/caption-two-lines', reason: `a caption over two short lines; ${reasons(evidence)}` },
      );
      claimedUpTo = inside ? below!.line.start : next.end + 1;
      i += 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim().replace(/\s*\n\s*/g, ' / ')}” from the text flow`,
};
