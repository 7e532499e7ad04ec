import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines, wordCount } from '../_lines.ts';
import { isProse, sameText } from './_web-lines.ts';

/** Words of the piece's first paragraph: the title stands before it. */
const MIN_PROSE_WORDS = 12;

/**
 * The title is rendered from metadata, so a line that repeats it before the first paragraph
 * goes: the page's first line, or a line under the site's menus and search box, which later
 * passes remove.
 */
export const removeRepeatedTitle: Pass = {
  ruleId: 'web/title',
  run(text, ctx) {
    const lines = splitLines(text);
    for (const line of lines) {
      if (isBlank(line)) continue;
      if (sameText(line.text, ctx.title)) return [{ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'web/title' }];
      if (isProse(line.text) && wordCount(line.text) >= MIN_PROSE_WORDS) break;
    }
    return [];
  },
};
