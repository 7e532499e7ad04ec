import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { captionEvidence, reasons } from '../_evidence.ts';
import { isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { breakIsChosen, endsSentence, hasCaptionShape, leadingSpace, lineWidths } from './_pdf-lines.ts';

/** Share of the column a line must fill to be no paragraph's last line, as far as a line can tell. */
const FULL = 0.9;
/** Share of the column the line below must fill: running text, not a heading's second line or a list. */
const RUNNING = 0.85;
/** Caption evidence the line's wording must carry: picture or credit words, or a picture dated. */
const WORDING = 2;
/** Most words such a caption runs to. */
const MAX_WORDS = 12;

/**
 * A longer word capitalised after the first: a heading may be set in title case ("The Crossing
 * in 1899"). Captions are set in sentence case; one naming a place or a person is left too.
 */
function hasCapitalisedWord(text: string): boolean {
  return text.trim().split(/\s+/).slice(1).some((w) => /^["“‘']?\p{Lu}\p{L}{3,}/u.test(w));
}

/**
 * A picture caption set between two sentences of one paragraph of a PDF extraction, no blank
 * lines around it: the line above ends its sentence but fills the column, so the paragraph did
 * not end there (a paragraph's last line stops short, all but by chance); the line below fills
 * the column too and opens the next sentence; the line between stops short with room for the
 * next word, and its wording is a caption's (picture or credit words, a picture dated). A
 * heading could stand in such a place only after a paragraph whose last line happened to fill
 * the column, and a heading is rarely worded so; a line with a capitalised word after its first
 * (a heading in title case, or a caption naming a place) is never taken. Without the
 * wording the line stays (pdf/caption lists it as kept).
 */
export const removeCaptionAtSentenceEnd: Pass = {
  ruleId: 'pdf/caption-at-sentence-end',
  run(text) {
    const lines = splitLines(text);
    const { column } = lineWidths(lines);
    const edits: Edit[] = [];
    const fills = (line: Line, share: number): boolean => line.text.trim().length >= column[line.index]! * share;
    for (const line of lines) {
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      if (!above || !below || isBlank(line) || isBlank(above) || isBlank(below)) continue;
      const trimmed = line.text.trim();
      if (!hasCaptionShape(trimmed) || wordCount(trimmed) > MAX_WORDS || hasCapitalisedWord(trimmed)) continue;
      if (!endsSentence(above.text.trim()) || !fills(above, FULL) || leadingSpace(above.text) > leadingSpace(below.text)) continue;
      // The line below opens a sentence in a full line of running text.
      if (!/^\s*["“‘']?\p{Lu}\p{Ll}/u.test(below.text) || !fills(below, RUNNING) || leadingSpace(below.text) > 0) continue;
      if (!breakIsChosen(trimmed, below.text, column[line.index]!)) continue;
      const evidence = captionEvidence(trimmed);
      const worded = evidence.findings.some((f) => /picture or credit|dates a picture|ends on a year|credits a source/.test(f.reason));
      if (evidence.score < WORDING || !worded) continue;
      edits.push({
        start: line.start,
        end: line.end + 1,
        text: '',
        ruleId: 'pdf/caption-at-sentence-end',
        reason: `between two full lines of one paragraph, at a sentence's end; ${reasons(evidence)}`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed picture caption “${old.trim()}” from between two sentences`,
};
