import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isStrongProse, reasons, weigh, type Evidence } from '../_evidence.ts';
import { SENTENCE_END, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { startsLowercase } from './_pdf-lines.ts';
import { MAX_IMPRINT_WORDS, mastheadEvidence } from './_pdf-imprint.ts';

/** Content lines over the title looked at: a masthead or a stamp runs to three or four. */
const MAST_REACH = 5;
/** Most words of a title under a masthead. */
const MAX_TITLE_WORDS = 16;
/** Most characters of a masthead's line or a title's. */
const MAX_LINE_CHARACTERS = 240;
/** Evidence from which a line goes. */
const REMOVE = 3;

/** Where the title stands among the first content lines (on one line or wrapped over two), or -1. */
function titleAt(content: readonly Line[], titleKey: string): number {
  const key = (text: string): string => normaliseForComparison(text, false);
  for (let k = 0; k < content.length; k++) {
    if (key(content[k]!.text) === titleKey) return k;
    if (content[k + 1] && key(`${content[k]!.text} ${content[k + 1]!.text}`) === titleKey) return k;
  }
  return -1;
}

/**
 * A periodical's masthead or an archive's scan stamp over a piece's title in a PDF extraction:
 * the paper's name, its volume, issue and date, "digitised by" a library, an archive's
 * reference for the original. With the title known, the lines over it are weighed with that
 * place; a line there with nothing of a masthead's sense (an epigraph, a dedication) stays and
 * is listed. Without the title, only lines at the very top that hold a masthead's sense go, and
 * a periodical's name only over a line that goes too; the first line without it is the title.
 */
export const removeMasthead: Pass = {
  ruleId: 'pdf/masthead',
  run(text, ctx) {
    const lines = splitLines(text);
    // A masthead's lines are short: a long line ends the top, and no pattern is tried over it.
    const content: Line[] = [];
    for (const line of lines) {
      if (isBlank(line)) continue;
      if (line.text.length > MAX_LINE_CHARACTERS || content.length >= MAST_REACH + 2) break;
      content.push(line);
    }
    const edits: Edit[] = [];
    const titleKey = ctx.title === undefined ? undefined : normaliseForComparison(ctx.title, false);
    const at = titleKey === undefined ? -1 : titleAt(content, titleKey);
    const remove = (line: Line, evidence: Evidence): void => {
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', ruleId: 'pdf/masthead', reason: reasons(evidence) });
    };
    if (at > 0) {
      for (const line of content.slice(0, at)) {
        const evidence = weigh([...mastheadEvidence(line.text).findings, { weight: 1, reason: "over the piece's title" }]);
        if (evidence.score >= REMOVE && wordCount(line.text) <= MAX_IMPRINT_WORDS) remove(line, evidence);
        else ctx.keep(line.start, line.text.trim(), `over the title; ${reasons(evidence)}`);
      }
      return edits;
    }
    if (at === 0) return edits;
    // No title to go by: the top lines that hold a masthead's sense, a name going only with the line under it.
    const top = content.slice(0, MAST_REACH).map((line) => ({ line, evidence: mastheadEvidence(line.text) }));
    let end = 0;
    // A line of a masthead's own sense (an issue, a date, a reference, a scan's words), not only a name that a title may carry too.
    const own = (k: number): boolean => top[k] !== undefined && top[k]!.evidence.findings.some((f) => f.weight >= 2 && !/periodical/.test(f.reason));
    const goes = (k: number): boolean => {
      const { line, evidence } = top[k]!;
      if (wordCount(line.text) > MAX_IMPRINT_WORDS) return false;
      if (evidence.score >= REMOVE && own(k)) return true;
      // A periodical's name over its issue or date line; an archive's reference under the stamp it belongs to.
      return evidence.score >= REMOVE - 1 && ((own(k + 1) && top[k + 1]!.evidence.score >= REMOVE) || (own(k) && k > 0));
    };
    while (end < top.length && goes(end)) end++;
    // The title stands under the masthead, short and unstopped: a walk that took every line, or stops at running text (a diary's first entry under its date), counts for nothing.
    const title = top[end]?.line.text.trim();
    if (end === 0 || title === undefined || wordCount(title) > MAX_TITLE_WORDS || SENTENCE_END.test(title) || isStrongProse(title) || startsLowercase(title)) return edits;
    for (const { line, evidence } of top.slice(0, end)) remove(line, weigh([...evidence.findings, { weight: 0, reason: 'at the top, over the title' }]));
    return edits;
  },
  describe: (_edit, old) => `Removed masthead or scan stamp “${old.trim()}”`,
};
