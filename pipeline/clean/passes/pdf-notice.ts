import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons, weigh, type Evidence } from '../_evidence.ts';
import { isBlank, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { endsSentence } from './_pdf-lines.ts';
import { contributorCredit, frontOf, noticeEvidence, wrappedOnto } from './_pdf-front.ts';

/** Evidence from which a line goes as a notice. */
const REMOVE = 3;
/** Content lines at the foot of the text looked at for a notice. */
const FOOT_REACH = 2;
/** The place's weight added to a line's wording. */
function placed(evidence: Evidence, reason: string): Evidence {
  return weigh([...evidence.findings, { weight: 1, reason }]);
}

/**
 * A line at the foot of the text set apart from it: the line above ends a sentence (or a blank
 * line stands between), so the line continues nothing.
 */
function standsApartAtFoot(lines: readonly Line[], line: Line): boolean {
  const above = previousContentLine(lines, line.index);
  return above === undefined || isBlank(lines[line.index - 1]) || endsSentence(above.text.trim());
}

/**
 * A printer's notice in a PDF extraction: rights and permissions, an edition or a reprint,
 * where it was first published or printed and for whom, a translation, a licence, a price, a
 * series and its number ("All rights reserved", "Printed for the Society, 1924", "_Not for
 * sale_", "Occasional Paper No. 4"). Its wording is weighed with its place: between the title
 * and the text, or on the last lines of the text, standing apart from the sentence before.
 * The same words in running text (an author's note on where the poems were first printed, a
 * "Note:" the author wrote) are a sentence of a paragraph, and stay.
 */
export const removePdfNotice: Pass = {
  ruleId: 'pdf/notice',
  run(text, ctx) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    const decide = (line: Line, evidence: Evidence, onto: readonly Line[] = []): void => {
      // A translator's or editor's credit stays unless the metadata gives the person it names.
      if (evidence.score >= REMOVE && contributorCredit(line.text, ctx) === 'not in the metadata') {
        ctx.keep(line.start, line.text.trim(), `a translator's or editor's credit the metadata does not give, may be wanted in the book`);
        return;
      }
      const last = onto[onto.length - 1] ?? line;
      if (evidence.score >= REMOVE) edits.push({ start: line.start, end: Math.min(last.end + 1, text.length), text: '', ruleId: 'pdf/notice', reason: reasons(evidence) });
      else if (evidence.findings.some((f) => f.weight > 1)) ctx.keep(line.start, line.text.trim(), reasons(evidence));
    };
    const front = frontOf(lines, ctx);
    let covered = -1;
    for (const { line, byline, notice } of front) {
      if (line.index <= covered) continue;
      if (notice.score <= 0 || notice.score <= byline.score) continue;
      const onto = wrappedOnto(lines, line);
      covered = onto[onto.length - 1]?.index ?? covered;
      const evidence = placed(notice, 'between the title and the text');
      decide(line, onto.length > 0 ? weigh([...evidence.findings, { weight: 0, reason: 'wrapped onto the line under it, its sentence closing that line' }]) : evidence, onto);
    }
    const reached = front.length > 0 ? front[front.length - 1]!.line.index : -1;
    const foot = lines.filter((line) => !isBlank(line) && line.index > reached).slice(-FOOT_REACH);
    for (const line of foot) {
      const notice = noticeEvidence(line.text);
      // A notice at the foot stands after the text's last sentence; the last lines of a wrapped paragraph do not.
      if (notice.score <= 0 || !standsApartAtFoot(lines, line)) continue;
      const next = lines[line.index + 1];
      if (next !== undefined && !isBlank(next) && /^\s*["“‘(]?\p{Ll}/u.test(next.text)) continue;
      decide(line, placed(notice, 'on the last lines of the text, apart from its sentences'));
    }
    return edits;
  },
  describe: (_edit, old) => `Removed notice “${old.trim()}”`,
};
