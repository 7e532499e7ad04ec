import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines, type Line } from '../_lines.ts';
import { LIST_MARK, endsSentence, isAllCaps, lineWidths } from './_pdf-lines.ts';
import { wideMeasure } from './_pdf-measure.ts';

/** Share of the column a paragraph's line must fill to be no paragraph's last line. */
const FULL = 0.85;
/** Share of the column a caption's line stays under: it is set on a narrower measure beside the text. */
const NARROW = 0.75;
/** Lines either side of a line among which its paragraph's own measure is taken. */
const NEIGHBOURHOOD = 3;
/** Caption lines interleaved with the paragraph's before the shape counts: one short line alone is a paragraph's end. */
const MIN_CAPTION_LINES = 2;

/**
 * The line goes on from the one above: its first word is in lower case (or the line above broke a word). A list item's
 * mark ("(b) junior members") opens an item of its own, whatever its case.
 */
function goesOn(above: string, below: string): boolean {
  const top = above.trim();
  return !endsSentence(top) && !/[:;]$/.test(top) && !LIST_MARK.test(below) && (/^\s*["“‘(]?\p{Ll}/u.test(below) || /[-\u00AD]$/.test(top));
}

/**
 * A caption set beside the text, which an extraction reads one line of it after each line of
 * the paragraph: full lines of the column, each going on from the one before it in lower case,
 * with a short line between every two of them, and the short lines going on among themselves
 * (none but the last closes a sentence, each after the first opens in lower case). A paragraph
 * never has a short line inside it whose next line carries its sentence on, twice over; a
 * stanza's lines do not open in lower case one after another. At least two such short lines;
 * they go, and the paragraph's lines close up.
 */
export const removeCaptionBeside: Pass = {
  ruleId: 'pdf/caption-beside',
  run(text) {
    const lines = splitLines(text);
    const local = lineWidths(lines).column;
    const wide = wideMeasure(lines);
    // The narrow neighbourhood of lineWidths is crowded by the caption's own short lines: the wide measure still sees the text's.
    const column = local.map((c, k) => Math.max(c, wide[k]!));
    const edits: Edit[] = [];
    // A paragraph set on a narrower measure than the page's widest (another section set wider) fills its own: the
    // longest of the lines about it, the caption's short lines among them.
    const ownMeasure = (index: number): number => {
      let most = 0;
      for (let k = Math.max(0, index - NEIGHBOURHOOD); k <= Math.min(lines.length - 1, index + NEIGHBOURHOOD); k++) most = Math.max(most, lines[k]!.text.trim().length);
      return most;
    };
    const full = (line: Line | undefined): line is Line =>
      line !== undefined && !isBlank(line) && line.text.trim().length >= Math.min(column[line.index]!, ownMeasure(line.index)) * FULL;
    const short = (line: Line | undefined): line is Line =>
      line !== undefined && !isBlank(line) && line.text.trim().length <= column[line.index]! * NARROW && !isAllCaps(line.text) && !/^#/.test(line.text.trim());
    let i = 0;
    while (i < lines.length) {
      const first = lines[i];
      if (!full(first)) {
        i++;
        continue;
      }
      // Pairs (caption line, paragraph line) after the first full line.
      const captions: Line[] = [];
      let text0 = first;
      /** The longest of the paragraph's lines met so far: the paragraph's own measure. */
      let measure = 0;
      let k = i + 1;
      for (;;) {
        const caption = lines[k];
        const next = lines[k + 1];
        if (!short(caption) || next === undefined || isBlank(next) || !goesOn(text0.text, next.text)) break;
        // Under a word broken at the line's end, a line opening in lower case finishes that word when the line below it
        // opens in a capital ("… ferry col-" / "our”, though few could say why." / "The work …"): it is the paragraph's.
        if (/[-\u00AD]$/.test(text0.text.trim()) && /^\s*\p{Ll}/u.test(caption.text) && !/^\s*["“‘(]?\p{Ll}/u.test(next.text)) break;
        // Clearly shorter than the paragraph's lines on either side of it, not merely short of the column.
        const around = Math.min(text0.text.trim().length, next.text.trim().length);
        if (caption.text.trim().length > around * NARROW) break;
        const previous = captions[captions.length - 1];
        if (previous && (endsSentence(previous.text.trim()) || !/^\s*\p{Ll}/u.test(caption.text))) break;
        captions.push(caption);
        measure = Math.max(measure, text0.text.trim().length);
        // The paragraph's line under the caption line: full, unless it is the paragraph's last. A paragraph set on a
        // narrower measure than the page around it (a ragged right margin) fills its own measure, not the page's.
        const fillsOwnMeasure = next.text.trim().length >= measure * FULL;
        if (!full(next) && !fillsOwnMeasure) break;
        text0 = next;
        k += 2;
      }
      if (captions.length < MIN_CAPTION_LINES) {
        i++;
        continue;
      }
      for (const caption of captions) {
        edits.push({
          start: caption.start,
          end: caption.end + 1,
          text: '',
          ruleId: 'pdf/caption-beside',
          reason: `a caption set beside the text: ${captions.length} short lines, each between two lines of one paragraph that go on from each other, reading on among themselves`,
        });
      }
      i = captions[captions.length - 1]!.index + 1;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed line “${old.trim()}” of a caption set beside the text`,
};
