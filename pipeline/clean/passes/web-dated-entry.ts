import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, splitBlocks, splitLines, type Line } from '../_lines.ts';
import { isDateLine, isProse } from './_web-lines.ts';

/** Fewest dated entries before the dates are the document's own headings: one or two are a dateline or a letter's date. */
const MIN_ENTRIES = 3;

/** A heading the cleaner has marked. */
function isMarkedHeading(block: readonly Line[] | undefined): boolean {
  return block !== undefined && /^#{1,6}\s/.test(block[0]!.text);
}

/**
 * A diary's or an annal's entries, each opened by its date standing alone: a date line set
 * apart, after a finished paragraph (or at the top, under the title), over a paragraph of prose.
 * Where the document repeats that shape three times or more, the dates are its headings. A date
 * set under a heading (a dated section or letter) is that section's dateline, so a document that
 * sets any date so keeps all its dates as they are, and so does one with too few.
 */
export const markDatedEntries: Pass = {
  ruleId: 'web/dated-entry',
  run(text) {
    const blocks = splitBlocks(splitLines(text));
    const entries: Line[] = [];
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.length !== 1 || !isDateLine(block[0]!.text)) continue;
      const before = blocks[b - 1];
      // A date under a heading (not the title) dates that section: the document's dates are not its headings.
      if (b > 1 && isMarkedHeading(before)) return [];
      const after = blocks[b + 1];
      if (!after || !isProse(after[0]!.text)) continue;
      // After a finished paragraph; under the first block (the title) an entry may open the text.
      if (b > 1 && !SENTENCE_END.test(before!.at(-1)!.text.trim())) continue;
      entries.push(block[0]!);
    }
    if (entries.length < MIN_ENTRIES) return [];
    return entries.map((line): Edit => ({ start: line.start, end: line.start, text: '## ', ruleId: 'web/dated-entry', reason: 'a date opening one of the entries' }));
  },
};
