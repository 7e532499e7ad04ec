import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { numbersOn } from './pdf-page-furniture.ts';

/** Most words of a citation line at a page's foot. */
const MAX_WORDS = 40;
/** Fewest of the title's first words a line must hold when it cuts the title short ("Oratio in Honorem Doctoris…"). */
const MIN_TITLE_WORDS = 4;

/** A number at the line's end, a full stop or a bracket after it at most. */
const PAGE_AT_END = /\d[.)\]]?\s*$/u;

/** The line's words without its numbers: the page number changes from page to page. */
function wordsKey(text: string): string {
  return normaliseForComparison(text.replace(/\d+/g, ' '), false);
}


/** The line names the piece: its whole title, or the title's first words where the line cuts it short. */
function holdsTitle(key: string, titleKey: string): boolean {
  if (` ${key} `.includes(` ${titleKey} `)) return true;
  const words = titleKey.split(' ');
  if (words.length <= MIN_TITLE_WORDS) return false;
  return ` ${key} `.includes(` ${words.slice(0, MIN_TITLE_WORDS).join(' ')} `);
}

/**
 * A citation line at each page's foot in a PDF extraction ("Cite as: Ames, “The Mill Strike”,
 * Parish Papers 4 (2019), p. 7."): a line that names the piece's own title among other words and
 * stands at two pages or more with the same words and a different number each time, the page
 * counting on. The evidence is the repetition with a counter and the title inside it, not the
 * line's words; it ends on a full stop, which the running-head rules refuse. A sentence that
 * names the title says something new each time, or ends on a word, and stays.
 */
export const removeCitationFooter: Pass = {
  ruleId: 'pdf/citation-footer',
  run(text, ctx) {
    if (ctx.title === undefined) return [];
    const titleKey = normaliseForComparison(ctx.title.replace(/\d+/g, ' '), false);
    if (titleKey.split(' ').length < 2) return [];
    const lines = splitLines(text);
    const groups = new Map<string, Line[]>();
    for (const line of lines) {
      // The page's number closes the line ("p. 7.", "14:22").
      if (isBlank(line) || wordCount(line.text) > MAX_WORDS || !PAGE_AT_END.test(line.text)) continue;
      const key = wordsKey(line.text);
      // More than the title: the title alone is a running head's, which other rules weigh.
      if (key === titleKey || !holdsTitle(key, titleKey)) continue;
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    const edits: Edit[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // A counter: each line carries other numbers.
      if (new Set(group.map((l) => numbersOn(l.text))).size !== group.length) continue;
      for (const line of group) {
        edits.push({
          start: line.start,
          end: Math.min(line.end + 1, text.length),
          text: '',
          ruleId: 'pdf/citation-footer',
          reason: `names the title and stands ${group.length} times with the same words and another number each time: a citation at each page's foot`,
        });
      }
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a citation footer “${old.trim()}”`,
};
