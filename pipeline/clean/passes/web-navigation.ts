import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines } from '../_lines.ts';
import { isProse, isTitleLike, sameText } from './_web-lines.ts';

/** Fewer title-like lines than this before the first paragraph is a title and a standfirst, not a menu. */
const MIN_NAVIGATION_LINES = 5;

/**
 * A site menu or list of other articles: many short title-like lines before the first real
 * paragraph. The last of them stays: it is the piece's own title or first heading
 * (web/title removes it when it repeats the title). Nothing after the piece's title is menu.
 */
export const removeNavigation: Pass = {
  ruleId: 'web/navigation',
  run(text, ctx) {
    const lines = splitLines(text);
    const firstProse = lines.findIndex((line) => isProse(line.text));
    if (firstProse === -1) return [];
    const opening = lines.slice(0, firstProse).filter((line) => !isBlank(line));
    // What follows the piece's own title (a standfirst, a first heading, a dateline) belongs to the piece.
    let titleAt = -1;
    opening.forEach((line, i) => {
      if (sameText(line.text, ctx.title)) titleAt = i;
    });
    const before = titleAt === -1 ? opening : opening.slice(0, titleAt + 1);
    const titleLike = before.filter((line) => isTitleLike(line.text)).length;
    if (before.length < MIN_NAVIGATION_LINES || titleLike < before.length * 0.6) return [];
    const edits: Edit[] = [];
    for (const line of before.slice(0, -1)) {
      edits.push({ start: line.start, end: endWithFollowingBlanks(lines, line.index, text.length), text: '', ruleId: 'web/navigation' });
    }
    return edits;
  },
};
