import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons } from '../_evidence.ts';
import { splitLines } from '../_lines.ts';
import { frontOf } from './_pdf-front.ts';

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
    for (const { line, byline, notice } of frontOf(splitLines(text), ctx)) {
      if (byline.score <= 0 || byline.score < notice.score) continue;
      if (byline.score < REMOVE) {
        ctx.keep(line.start, line.text.trim(), `under the title; ${reasons(byline)}`);
        continue;
      }
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/byline', reason: `under the title; ${reasons(byline)}` });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed byline “${old.trim()}” under the title`,
};
