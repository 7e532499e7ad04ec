import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, splitLines } from '../_lines.ts';
import { endsSentence } from './_pdf-lines.ts';

/** Labels a printed page numbers its pictures, maps and boxed panels with, short and long, in a few languages. */
const LABEL = '(?:fig(?:ure)?s?\\.?|illus(?:tration)?s?\\.?|ill\\.|plates?|pl\\.|photo(?:graph)?s?|maps?|diagrams?|charts?|box(?:es)?|panels?|abb\\.?|abbildung|bild|figura|fot\\.)';
/** The number: figures, a letter after them, or roman numerals. */
const NUMBER = '(?:\\d{1,3}[a-z]?|[ivxlc]{1,7})';
/**
 * Where the picture stands, as a page says it beside the number: "(facing page)", "(overleaf)",
 * "opposite", "(see p. 12)", "on page 4", "left", "below".
 */
const PLACE = '(?:(?:see\\s+)?(?:facing|opposite|overleaf|over|above|below|left|right|top|bottom)(?:\\s+(?:page|p\\.)(?:\\s*\\d{1,4})?)?|(?:see\\s+|on\\s+)?(?:page|p\\.)\\s*\\d{1,4})';
/**
 * A line naming a picture, map or box by its label and number and nothing else, the place of the
 * picture perhaps after it in brackets or after a comma ("Illus. 7 (facing page)", "BOX 2", "Plate
 * IV, opposite"). No sentence, no heading of the text reads so: its words are the page's own.
 */
const FIGURE_NUMBER = new RegExp(`^\\s*[\\[(]?${LABEL}\\s*${NUMBER}[\\])]?(?:\\s*[,:—–-]?\\s*(?:\\(${PLACE}\\)|\\[${PLACE}\\]|${PLACE}))?\\s*[.:]?\\s*$`, 'iu');

/**
 * A picture's, a map's or a boxed panel's number left on a line of its own in a PDF extraction,
 * once the captions and credits round it are judged: "Illus. 7 (facing page)", "BOX 1", "Fig. 3".
 * The label is positive evidence; the text never sets a line of a label and a number alone. A
 * sentence that names a figure ("as Fig. 3 shows") runs on past it and stays, and so does a label
 * under a line that ends no sentence: the sentence may end on it.
 */
export const removeFigureNumber: Pass = {
  ruleId: 'pdf/figure-number',
  run(text) {
    const edits: Edit[] = [];
    const lines = splitLines(text);
    for (const line of lines) {
      if (isBlank(line) || !FIGURE_NUMBER.test(line.text)) continue;
      // Under a line that ends no sentence, the label may be the sentence's last words ("… as the plan shows in / Fig. 3.").
      const above = lines[line.index - 1];
      if (above !== undefined && !isBlank(above) && !endsSentence(above.text.trim())) continue;
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/figure-number', reason: "a picture's, map's or box's label and number on a line of its own" });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed figure number “${old.trim()}”`,
};
