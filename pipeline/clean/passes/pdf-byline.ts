import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons } from '../_evidence.ts';
import { isBlank, splitLines } from '../_lines.ts';
import { contributorCredit, frontOf } from './_pdf-front.ts';

/** Evidence from which a line under the title goes as a byline. */
const REMOVE = 3;

/**
 * A pamphlet's byline under its title in a PDF extraction: who wrote, edited or gave the piece
 * ("A lecture by Jane Smith", "Edited and introduced by J. Smith", "Jane Smith, M.A.", "HALIFAX,
 * 3 May 1921 —"). Decided by wording and place together: only the lines between the title and
 * the text are looked at, and only those whose byline evidence outweighs their notice evidence
 * (a notice is pdf/notice's). A line with some evidence but too little (a bare place and date,
 * which a letter or an interview opens on) stays, noted as kept.
 */
export const removePdfByline: Pass = {
  ruleId: 'pdf/byline',
  run(text, ctx) {
    const edits: Edit[] = [];
    const lines = splitLines(text);
    for (const { line, byline, notice } of frontOf(lines, ctx)) {
      if (byline.score <= 0 || byline.score < notice.score) continue;
      // A translator's or editor's credit stays unless the metadata gives the person it names.
      const credit = contributorCredit(line.text, ctx);
      if (credit === 'not in the metadata') {
        ctx.keep(line.start, line.text.trim(), `under the title; a translator's or editor's credit the metadata does not give, may be wanted in the book`);
        // Kept, it is set apart as a line of its own, not run into the title above it or the text below.
        const above = lines[line.index - 1];
        if (above !== undefined && !isBlank(above)) edits.push({ start: line.start, end: line.start, text: '\n', ruleId: 'pdf/byline', reason: "a translator's or editor's credit set apart from the title" });
        const below = lines[line.index + 1];
        if (below !== undefined && !isBlank(below)) edits.push({ start: line.end + 1, end: line.end + 1, text: '\n', ruleId: 'pdf/byline', reason: "a translator's or editor's credit set apart from the text" });
        continue;
      }
      if (byline.score < REMOVE) {
        ctx.keep(line.start, line.text.trim(), `under the title; ${reasons(byline)}`);
        continue;
      }
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/byline', reason: `under the title; ${reasons(byline)}` });
    }
    return edits;
  },
  describe: (_edit, old) => (old === '' ? "Set a translator's or editor's credit apart under the title" : `Removed byline “${old.trim()}” under the title`),
};
