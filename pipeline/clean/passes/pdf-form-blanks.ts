import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';

/** Most words of a blank's label ("Signed", "Name (block capitals)", "Ref. no."). */
const MAX_LABEL_WORDS = 4;
/** Most words of a form's other lines: a box's heading ("For office use only"), a tick box's line. */
const MAX_OTHER_WORDS = 8;
/** Longest line weighed: a form's line is short, and the pattern is not run over a paragraph's. */
const MAX_LINE_LENGTH = 160;
/** Most lines of one block of a form. */
const MAX_BLOCK_LINES = 8;

/** A blank to fill in: underscores, an ellipsis's dots or full stops in a row. */
const BLANK = /_{4,}|…{3,}|\.{6,}/u;
/** A line of labels and blanks only: "Signed ______   Date ____", "Podpis: ……………". */
const FILL_IN = new RegExp(String.raw`^\s*(?:[^_…]*?[\p{L}\p{N})][.:]?\s*(?:${BLANK.source})\s*)+$`, 'u');
/** A tick box opening the line: "☐ tick if you would like a receipt". */
const TICK_BOX = /^\s*[☐□☑☒▢]\s*\S/u;

/** The line is a blank with its label: every label short, nothing but labels and blanks. */
function isFillIn(text: string): boolean {
  if (text.length > MAX_LINE_LENGTH || !BLANK.test(text) || !FILL_IN.test(text)) return false;
  return text.split(new RegExp(BLANK.source, 'gu')).every((label) => wordCount(label) <= MAX_LABEL_WORDS);
}

/**
 * A form's blanks after the text in a PDF extraction: a signature and a date to fill in, an
 * "office use" box, a tick box, printed under the last paragraph of a reply slip or a
 * membership form. Each block between blank lines goes when it is made of such lines (a label
 * and a blank of underscores or dots; a tick box; a short line without a sentence's end among
 * them, the box's heading), at least half of them blanks, and nothing but such blocks follows it
 * to the end. The evidence is the blank, a machine's shape, not the label's words; a sentence
 * with a blank in it, a form inside the text, and a block of short lines with no blank stay.
 */
export const removeFormBlanks: Pass = {
  ruleId: 'pdf/form-blanks',
  run(text, _ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let k = lines.length - 1;
    let taken: Line[][] = [];
    for (;;) {
      while (k >= 0 && isBlank(lines[k])) k--;
      const block: Line[] = [];
      while (k >= 0 && !isBlank(lines[k]) && block.length <= MAX_BLOCK_LINES) block.unshift(lines[k--]!);
      if (block.length === 0 || block.length > MAX_BLOCK_LINES) break;
      // A block with lines over it that no blank line parts from it is not the whole block.
      if (k >= 0 && !isBlank(lines[k])) break;
      const blanks = block.filter((l) => isFillIn(l.text) || TICK_BOX.test(l.text)).length;
      const others = block.filter((l) => !isFillIn(l.text) && !TICK_BOX.test(l.text));
      if (blanks === 0 || blanks * 2 < block.length) break;
      if (!others.every((l) => wordCount(l.text) <= MAX_OTHER_WORDS && !SENTENCE_END.test(l.text.trim()))) break;
      taken.unshift(block);
      // Text stays over the form.
      if (k < 0) {
        taken = [];
        break;
      }
    }
    for (const block of taken) {
      const first = block[0]!;
      const last = block.at(-1)!;
      edits.push({
        start: first.start,
        end: last.end,
        text: '',
        ruleId: 'pdf/form-blanks',
        reason: `a form's blanks after the text (${block.length} lines)`,
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a form's blanks (${old.split('\n').filter((l) => l.trim()).length} lines)`,
};
