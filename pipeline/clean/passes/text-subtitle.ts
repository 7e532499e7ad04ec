import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, normaliseForComparison, splitLines, wordCount, type Line } from '../_lines.ts';
import { isProse } from './_web-lines.ts';

/** Words of the piece's first paragraph: the subtitle stands before it. */
const MIN_PROSE_WORDS = 12;
/** Content lines from the top a subtitle may stand on (under a masthead, a title, a byline). */
const REACH = 8;

/**
 * The subtitle the front matter gives is set under the title in both editions, so a line of the
 * raw text that repeats it before the first paragraph goes: alone, wrapped over two lines, set
 * as a heading, or on the title's own line after it ("The Price of Bread: A Winter in the Lower
 * Town"). A line that only resembles it stays, and so does one after the text has begun.
 */
export const removeRepeatedSubtitle: Pass = {
  ruleId: 'text/subtitle',
  run(text, ctx) {
    if (ctx.subtitle === undefined) return [];
    const subtitle = normaliseForComparison(ctx.subtitle);
    if (subtitle === '') return [];
    const whole = ctx.title === undefined ? undefined : normaliseForComparison(`${ctx.title} ${ctx.subtitle}`);
    const matches = (value: string): boolean => value === subtitle || value === whole;
    const lines = splitLines(text);
    const content: Line[] = [];
    for (const line of lines) {
      if (isBlank(line)) continue;
      if (content.length >= REACH || (isProse(line.text) && wordCount(line.text) >= MIN_PROSE_WORDS)) break;
      content.push(line);
    }
    for (let k = 0; k < content.length; k++) {
      const line = content[k]!;
      if (matches(normaliseForComparison(line.text))) return [{ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'text/subtitle' }];
      // Wrapped over two lines, the second directly under the first.
      const next = content[k + 1];
      if (next !== undefined && next.index === line.index + 1 && matches(normaliseForComparison(`${line.text} ${next.text}`)))
        return [{ start: line.start, end: endWithFollowingBlanks(lines, next.index, text.length), text: '', ruleId: 'text/subtitle' }];
    }
    return [];
  },
  describe: (_edit, old) => `Removed subtitle “${old.trim().replace(/\s*\n\s*/g, ' ')}”, which the front matter gives`,
};
