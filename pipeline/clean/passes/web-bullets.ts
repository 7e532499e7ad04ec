import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { isWhiteSpace } from '../_chars.ts';

const BULLET = '[•▪●◦]';
const ANY_BULLET = new RegExp(BULLET);
const BULLETS = new RegExp(BULLET, 'g');
const LIST_ITEM = new RegExp(`^[ \\t]*${BULLET}`);

/** `[ \t\u00a0]`: the spaces that may stand around a bullet. */
function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** `[\s•▪●◦]`: what a bullet glued to the text before it may not follow. */
function isSpaceOrBullet(code: number): boolean {
  return isWhiteSpace(code) || code === 0x2022 || code === 0x25aa || code === 0x25cf || code === 0x25e6;
}

/**
 * Bullet characters become Markdown list items. A bullet glued to the end of the previous
 * sentence ("countries.• Build") starts a new item on its own line.
 */
export const convertBullets: Pass = {
  ruleId: 'web/bullets',
  run(text) {
    const edits: Edit[] = [];
    // Both patterns below need a bullet; most texts have none, and the second would be tried at every offset.
    if (!ANY_BULLET.test(text)) return edits;
    for (const m of text.matchAll(new RegExp(`^[ \\t]*${BULLET}[ \\t\\u00a0]*`, 'gm'))) {
      edits.push({ start: m.index, end: m.index + m[0].length, text: '- ', ruleId: 'web/bullets' });
    }
    // Only after text that is not itself a bullet: "• • item" is one item with a stray bullet, not two.
    // Found from each bullet, with the spaces around it, rather than by a lookbehind tried at every offset.
    for (const bullet of text.matchAll(BULLETS)) {
      let start = bullet.index;
      while (start > 0 && isInlineSpace(text.charCodeAt(start - 1))) start--;
      if (start === 0 || isSpaceOrBullet(text.charCodeAt(start - 1))) continue;
      let end = bullet.index + 1;
      while (end < text.length && isInlineSpace(text.charCodeAt(end))) end++;
      if (end === text.length || isWhiteSpace(text.charCodeAt(end))) continue;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const inListItem = LIST_ITEM.test(text.slice(lineStart, start));
      edits.push({ start, end, text: inListItem ? '\n- ' : '\n\n- ', ruleId: 'web/bullets' });
    }
    return edits;
  },
};
