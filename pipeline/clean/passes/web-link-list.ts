import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount } from '../_lines.ts';
import { isStrongProse } from '../_evidence.ts';
import { linkListRuns } from './_web-link-list.ts';
import { isTitleLike } from './_web-lines.ts';

/** Most words of a list's heading ("Most read", "More from this section") or of a button under it ("See all", "Load more"). */
const MAX_HEAD_WORDS = 5;

/**
 * A site's list of other articles after the piece, recognised by its layout: entries of a
 * headline with a meta line under most of them (a date, a byline, a reading time, a comment
 * count) laid out alike, four or more, with no paragraph of the piece after them; or such a
 * list set in the flow of the text, when most entries carry a byline, reading time or comment
 * count (dates alone there may be the text's own chronology). The list's
 * short heading above it and a short button under it go with it. Entries without meta lines
 * (a headline and a sentence, a number and a headline) may be the piece's own list (a report's
 * recommendations, a reading list): they stay, noted as "kept, may be furniture".
 */
export const removeLinkList: Pass = {
  ruleId: 'web/link-list',
  run(text, ctx) {
    const lines = splitLines(text);
    const content = lines.filter((line) => !isBlank(line));
    const runs = linkListRuns(content);
    if (runs.length === 0) return [];
    const inRun = new Set<number>();
    for (const run of runs) for (let i = run.first; i <= run.last; i++) inRun.add(i);
    // The piece's last paragraph: a list counts only below it.
    let lastProse = -1;
    content.forEach((line, i) => {
      if (!inRun.has(i) && isStrongProse(line.text)) lastProse = i;
    });
    const edits: Edit[] = [];
    const remove = (from: number, to: number, reason: string): void => {
      const next = lines[content[to]!.index + 1];
      edits.push({ start: content[from]!.start, end: next ? next.start : text.length, text: '', ruleId: 'web/link-list', reason });
    };
    const isShortLabel = (i: number): boolean => {
      const t = content[i]?.text.trim() ?? '';
      return !inRun.has(i) && wordCount(t) <= MAX_HEAD_WORDS && isTitleLike(t) && !SENTENCE_END.test(t);
    };
    for (const run of runs) {
      // Within the text, only a list whose entries carry a byline, a reading time or a comment count: a chronology's dates stay.
      if (run.first <= lastProse && run.withSiteMeta * 2 < run.entries) continue;
      if (run.withMeta * 2 < run.entries) {
        ctx.keep(content[run.first]!.start, content[run.first]!.text, `after the text, ${run.reason}, but few entries carry a date, byline or reading time`);
        continue;
      }
      // A heading and a button go with a list after the text; in the flow, the line above may be the text's own heading.
      const atTail = run.first > lastProse;
      const first = atTail && isShortLabel(run.first - 1) ? run.first - 1 : run.first;
      const last = atTail && isShortLabel(run.last + 1) && (content[run.last + 2] === undefined || !isShortLabel(run.last + 2)) ? run.last + 1 : run.last;
      remove(first, last, run.reason);
    }
    return edits;
  },
  describe: (edit, old) => `Removed a list of other articles after the text: ${edit.reason ?? ''} (“${old.trim().split('\n')[0]!.slice(0, 60)}”)`,
};
