import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { median, splitLines, wordCount } from '../_lines.ts';
import { PAGE_NUMBER_LINE, hasWideSpace } from './_pdf-lines.ts';

/** A body line, a wide space (three spaces or more, or a tab), then a few words to its end. */
const GLOSSED_LINE = /^(\s*\S(?:.*?\S)?)( {3,}|\t+)(\S(?:.*\S)?)\s*$/u;
/** Most words of a gloss in the margin ("Tolls raised", "A.D. 1861"), and its most characters. */
const MAX_GLOSS_WORDS = 4;
const MAX_GLOSS_LENGTH = 32;
/** Fewest words of the body part: a line of running prose. */
const MIN_BODY_WORDS = 6;
/** The body part reaches most of the measure; the whole line runs past it. */
const SHORT_OF_MEASURE = 0.6;
const PAST_MEASURE = 1.1;
/** Fewest glossed lines in a document: one alone may be a table's stray cell. */
const MIN_GLOSSES = 2;

/**
 * A marginal gloss (a shoulder note in an old book's margin: "Tolls raised", "A.D. 1861") that a
 * PDF's text layer sets at the end of the body line it stands beside, past a wide space. The
 * gloss goes and the line keeps its prose. Decided by shape: the body part a line of prose (six
 * words or more, no wide space in it, so a table's row stays), the whole line past the measure
 * of the document's prose (a justified line spread by wide spaces ends within it), the gloss one to four words and no
 * page number (running heads with their folio are another rule's), and two such lines at least in
 * the document.
 */
export const removeMarginGloss: Pass = {
  ruleId: 'pdf/margin-gloss',
  run(text) {
    if (!hasWideSpace(text)) return [];
    const lines = splitLines(text);
    // The measure: the usual length of a line of prose with no wide space in it.
    const measure = median(lines.filter((l) => !hasWideSpace(l.text) && wordCount(l.text) >= MIN_BODY_WORDS).map((l) => l.text.trim().length));
    if (measure === 0) return [];
    const edits: Edit[] = [];
    for (const line of lines) {
      const m = GLOSSED_LINE.exec(line.text);
      if (!m) continue;
      const [, body, gap, gloss] = m as unknown as [string, string, string, string];
      // A wide space inside the body part: the line is a table's row, not prose with a note beside it.
      if (hasWideSpace(body) || wordCount(body) < MIN_BODY_WORDS) continue;
      // A gloss stands past the measure; words a justified line spread with wide spaces end within it.
      if (body.trim().length < SHORT_OF_MEASURE * measure || line.text.trim().length <= PAST_MEASURE * measure) continue;
      if (wordCount(gloss) > MAX_GLOSS_WORDS || gloss.length > MAX_GLOSS_LENGTH || PAGE_NUMBER_LINE.test(gloss)) continue;
      const start = line.start + body.length;
      edits.push({ start, end: line.end, text: '', ruleId: 'pdf/margin-gloss', reason: `“${gloss}” set in the margin beside a line of prose (${gap.length} spaces)` });
    }
    return edits.length >= MIN_GLOSSES ? edits : [];
  },
  describe: (_edit, old) => `Removed a gloss set in the margin (“${old.trim().slice(0, 40)}”)`,
};
